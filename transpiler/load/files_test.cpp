// Tests of file selection (files.h, context.h): go/build's shouldBuild,
// goodOSArchFile and the sorting of a directory's files.

#include "load/files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace gocxx::load {
namespace {

namespace fs = std::filesystem;

bool builds(std::string_view text, std::string* err = nullptr) {
  std::string e;
  bool b = should_build(text, BuildContext{}, &e);
  if (err)
    *err = e;
  else
    EXPECT_EQ(e, "") << text;
  return b;
}

TEST(Files, GoBuildLine) {
  EXPECT_TRUE(builds("//go:build linux && amd64\n\npackage p\n"));
  EXPECT_FALSE(builds("//go:build !linux\n\npackage p\n"));
  EXPECT_FALSE(builds("//go:build ignore\n\npackage main\n"));
  EXPECT_TRUE(builds("//go:build unix && gc && go1.19 && !go1.20\npackage p\n"));
  EXPECT_FALSE(builds("//go:build cgo\n\npackage p\n"));
  // After the package clause it is not a constraint.
  EXPECT_TRUE(builds("package p\n//go:build ignore\n"));
  // A //go:build line wins over // +build lines.
  EXPECT_TRUE(builds("//go:build linux\n// +build windows\n\npackage p\n"));
  // In a /* */ comment it does not count.
  EXPECT_TRUE(builds("/*\n//go:build ignore\n*/\n\npackage p\n"));
}

TEST(Files, GoBuildErrors) {
  std::string err;
  EXPECT_FALSE(builds("//go:build (linux\n\npackage p\n", &err));
  EXPECT_EQ(err, "parsing //go:build line: missing close paren");
  EXPECT_FALSE(builds("//go:build linux\n//go:build amd64\n\npackage p\n", &err));
  EXPECT_EQ(err, "multiple //go:build comments");
}

TEST(Files, PlusBuildLines) {
  EXPECT_FALSE(builds("// +build ignore\n\npackage p\n"));
  EXPECT_TRUE(builds("// +build linux darwin\n\npackage p\n"));
  // Several lines are ANDed.
  EXPECT_FALSE(builds("// +build linux\n// +build 386\n\npackage p\n"));
  // Without a blank line before the package clause, the line is ignored.
  EXPECT_TRUE(builds("// +build ignore\npackage p\n"));
  EXPECT_FALSE(builds("// Copyright\n\n// +build windows\n\n// Package p.\npackage p\n"));
}

TEST(Files, OsArchSuffixes) {
  BuildContext ctx;
  EXPECT_TRUE(ctx.good_os_arch_file("x_linux.go"));
  EXPECT_FALSE(ctx.good_os_arch_file("x_windows.go"));
  EXPECT_FALSE(ctx.good_os_arch_file("x_arm64.go"));
  EXPECT_TRUE(ctx.good_os_arch_file("x_linux_amd64.go"));
  EXPECT_FALSE(ctx.good_os_arch_file("x_linux_386.go"));
  EXPECT_FALSE(ctx.good_os_arch_file("x_darwin_amd64_test.go"));
  EXPECT_TRUE(ctx.good_os_arch_file("windows.go"));  // no '_': not tagged
  EXPECT_TRUE(ctx.good_os_arch_file("x_unknownos.go"));
  EXPECT_FALSE(ctx.good_os_arch_file("x_zos.go"));
  EXPECT_FALSE(ctx.good_os_arch_file("x_loong64.go"));
}

TEST(Files, Header) {
  FileHeader h =
      read_header("// c\n/* d */ package  p // x\n\nimport (\n\t\"fmt\"\n\tc \"C\"\n)\n");
  EXPECT_EQ(h.package, "p");
  EXPECT_TRUE(h.imports_c);
  h = read_header("package q; import \"fmt\"; import \"C\"\nfunc f() {}\n");
  EXPECT_EQ(h.package, "q");
  EXPECT_TRUE(h.imports_c);
  EXPECT_FALSE(read_header("package r\nimport \"fmt\"\nvar C = \"C\"\n").imports_c);
  EXPECT_EQ(read_header("func f() {}\n").package, "");
}

class ScanDir : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("gocxx_load_test_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name) << text;
  }
  std::vector<std::string> names(const std::vector<std::string>& paths) {
    std::vector<std::string> out;
    for (const std::string& p : paths) out.push_back(fs::path(p).filename().string());
    return out;
  }
  fs::path dir_;
};

TEST_F(ScanDir, SortsFilesByRole) {
  write("a.go", "package p\n");
  write("a_windows.go", "package p\n");
  write("b_test.go", "package p\n");
  write("c_test.go", "package p_test\n");
  write("_d.go", "package p\n");
  write(".e.go", "package p\n");
  write("f.go", "// +build ignore\n\npackage main\n");
  write("g.go", "package p\n\nimport \"C\"\n");
  write("doc.go", "package documentation\n");
  PackageFiles pf = scan_package_dir(dir_.string(), BuildContext{}, true);
  EXPECT_EQ(pf.error, "");
  EXPECT_EQ(pf.name, "p");
  EXPECT_EQ(names(pf.go_files), std::vector<std::string>({"a.go"}));
  EXPECT_EQ(names(pf.test_go_files), std::vector<std::string>({"b_test.go"}));
  EXPECT_EQ(names(pf.xtest_go_files), std::vector<std::string>({"c_test.go"}));
  EXPECT_EQ(pf.ignored_files.size(), 6u);
  PackageFiles no_tests = scan_package_dir(dir_.string(), BuildContext{}, false);
  EXPECT_TRUE(no_tests.test_go_files.empty());
  EXPECT_TRUE(no_tests.xtest_go_files.empty());
}

TEST_F(ScanDir, ErrorsAsTheGoCommandSaysThem) {
  EXPECT_EQ(scan_package_dir(dir_.string(), BuildContext{}, false).error,
            "no Go files in " + dir_.string());
  write("a_windows.go", "package p\n");
  EXPECT_EQ(scan_package_dir(dir_.string(), BuildContext{}, false).error,
            "build constraints exclude all Go files in " + dir_.string());
  write("x_test.go", "package p\n");
  EXPECT_EQ(scan_package_dir(dir_.string(), BuildContext{}, false).error,
            "no non-test Go files in " + dir_.string());
  write("a.go", "package p\n");
  write("b.go", "package q\n");
  EXPECT_EQ(scan_package_dir(dir_.string(), BuildContext{}, false).error,
            "found packages p (a.go) and q (b.go) in " + dir_.string());
  write("b.go", "//go:build linux &\n\npackage p\n");
  EXPECT_EQ(scan_package_dir(dir_.string(), BuildContext{}, false).error,
            "b.go: parsing //go:build line: invalid syntax at &");
}

}  // namespace
}  // namespace gocxx::load
