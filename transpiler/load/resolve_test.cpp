// Tests of import path resolution, internal visibility and patterns
// (resolve.h, patterns.h) on a temporary tree: a main module with packages,
// a nested module, a replaced sibling module and a vendor directory.

#include "load/resolve.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "load/patterns.h"

namespace gocxx::load {
namespace {

namespace fs = std::filesystem;

class Resolve : public ::testing::Test {
 protected:
  void SetUp() override {
    top_ = fs::temp_directory_path() / ("gocxx_resolve_test_" + std::to_string(getpid()));
    fs::remove_all(top_);
    write("std/fmt/print.go", "package fmt\n");
    write("m/go.mod",
          "module example.com/m\n\ngo 1.19\n\nrequire example.com/lib v0.0.0\n\n"
          "replace example.com/lib => ../lib\nreplace example.com/loose => ../loose\n");
    write("m/main.go", "package main\n");
    write("m/util/u.go", "package util\n");
    write("m/a/internal/x/x.go", "package x\n");
    write("m/only_windows/w_windows.go", "package w\n");
    write("m/testdata/t.go", "package t\n");
    write("m/nested/go.mod", "module example.com/nested\n");
    write("m/nested/n.go", "package nested\n");
    write("lib/go.mod", "module example.com/lib\n");
    write("lib/sub/s.go", "package sub\n");
    write("loose/go.mod", "module example.com/loose\n");
    write("loose/l.go", "package loose\n");
  }
  void TearDown() override { fs::remove_all(top_); }
  void write(const std::string& name, const std::string& text) {
    fs::create_directories((top_ / name).parent_path());
    std::ofstream(top_ / name) << text;
  }
  Resolver::Found resolve(const std::string& path) {
    MainModule m;
    std::string err;
    EXPECT_TRUE(find_main_module((top_ / "m" / "util").string(), &m, &err));
    EXPECT_EQ(err, "");
    main_ = m;
    return Resolver((top_ / "std").string(), &main_).resolve(path);
  }
  fs::path top_;
  MainModule main_;
};

TEST_F(Resolve, StdMainModuleAndReplace) {
  Resolver::Found f = resolve("fmt");
  EXPECT_TRUE(f.is_std);
  EXPECT_EQ(f.dir, (top_ / "std/fmt").string());
  EXPECT_EQ(resolve("example.com/m/util").dir, (top_ / "m/util").string());
  EXPECT_EQ(resolve("example.com/m").dir, (top_ / "m").string());
  EXPECT_EQ(resolve("example.com/lib/sub").dir, (top_ / "lib/sub").string());
  EXPECT_FALSE(main_.vendor);
}

TEST_F(Resolve, NotFoundTexts) {
  EXPECT_EQ(resolve("nosuch/pkg").error,
            "package nosuch/pkg is not in GOROOT (" + (top_ / "std/nosuch/pkg").string() + ")");
  EXPECT_EQ(
      resolve("example.com/x").error,
      "no required module provides package example.com/x; to add it:\n\tgo get example.com/x");
  // A directory of another module is not part of the main module.
  EXPECT_EQ(resolve("example.com/m/nested").error,
            "no required module provides package example.com/m/nested; to add it:\n"
            "\tgo get example.com/m/nested");
  EXPECT_EQ(resolve("example.com/loose").error,
            "module example.com/loose provides package example.com/loose and is replaced but not "
            "required; to add it:\n\tgo get example.com/loose");
  write("std/example.org/bundled/b.go", "package bundled\n");
  EXPECT_EQ(resolve("example.org/bundled").dir, (top_ / "std/example.org/bundled").string());
  Resolver none((top_ / "std").string(), nullptr);
  EXPECT_EQ(none.resolve("example.com/x").error,
            "no required module provides package example.com/x: go.mod file not found in current "
            "directory or any parent directory; see 'go help modules'");
}

TEST_F(Resolve, Vendor) {
  write("m/vendor/modules.txt", "# example.com/v v1.0.0\n## explicit\nexample.com/v\n");
  write("m/vendor/example.com/v/v.go", "package v\n");
  // go.mod's requirements and replacements must match modules.txt.
  MainModule bad;
  std::string err;
  EXPECT_TRUE(find_main_module((top_ / "m").string(), &bad, &err));
  EXPECT_EQ(err.substr(0, err.find('\n')),
            "go: inconsistent vendoring in " + (top_ / "m").string() + ":");
  EXPECT_NE(
      err.find("\texample.com/lib@v0.0.0: is explicitly required in go.mod, but not marked as "
               "explicit in vendor/modules.txt\n"),
      std::string::npos);
  write("m/go.mod", "module example.com/m\n\ngo 1.19\n\nrequire example.com/v v1.0.0\n");
  EXPECT_EQ(resolve("example.com/v").dir, (top_ / "m/vendor/example.com/v").string());
  EXPECT_TRUE(main_.vendor);
  EXPECT_EQ(resolve("example.com/w").error,
            "cannot find package \".\" in:\n\t" + (top_ / "m/vendor/example.com/w").string());
  // Before go 1.14 vendor/ is not used by default.
  write("m/go.mod", "module example.com/m\n\ngo 1.9\n");
  EXPECT_EQ(
      resolve("example.com/v").error,
      "no required module provides package example.com/v; to add it:\n\tgo get example.com/v");
  EXPECT_FALSE(main_.vendor);
}

TEST_F(Resolve, GoModErrors) {
  write("bad/go.mod", "module example.com/bad\nbogus\n");
  MainModule m;
  std::string err;
  EXPECT_TRUE(find_main_module((top_ / "bad").string(), &m, &err));
  EXPECT_EQ(err, "go: errors parsing go.mod:\n" + (top_ / "bad/go.mod").string() +
                     ":2: unknown directive: bogus");
}

TEST(Internal, Visibility) {
  EXPECT_TRUE(internal_allowed("example.com/m/a", false, "example.com/m/a/internal/x"));
  EXPECT_TRUE(internal_allowed("example.com/m/a/b", false, "example.com/m/a/internal/x"));
  EXPECT_FALSE(internal_allowed("example.com/m/c", false, "example.com/m/a/internal/x"));
  EXPECT_FALSE(internal_allowed("example.com/m/ab", false, "example.com/m/a/internal/x"));
  EXPECT_TRUE(internal_allowed("example.com/m", false, "example.com/m/internal"));
  EXPECT_FALSE(internal_allowed("example.com/other", false, "example.com/m/internal/y"));
  EXPECT_TRUE(internal_allowed("example.com/m/c", false, "example.com/m/internals/x"));
  // The standard library's internal packages are its own.
  EXPECT_TRUE(internal_allowed("os", true, "internal/oserror"));
  EXPECT_FALSE(internal_allowed("example.com/m", false, "internal/oserror"));
}

TEST_F(Resolve, Patterns) {
  resolve("fmt");
  Resolver r((top_ / "std").string(), &main_);
  std::string err;
  fs::path cwd = fs::current_path();
  fs::current_path(top_ / "m");
  std::vector<PatternMatch> all = match_pattern("./...", r, BuildContext{}, &err);
  fs::current_path(cwd);
  EXPECT_EQ(err, "");
  std::vector<std::string> paths;
  for (const PatternMatch& pm : all) paths.push_back(pm.import_path);
  // Not testdata/, not the nested module, not a directory whose files are
  // all excluded.
  EXPECT_EQ(paths, std::vector<std::string>(
                       {"example.com/m", "example.com/m/a/internal/x", "example.com/m/util"}));
  std::vector<PatternMatch> sub = match_pattern("example.com/m/a/...", r, BuildContext{}, &err);
  ASSERT_EQ(sub.size(), 1u);
  EXPECT_EQ(sub[0].dir, (top_ / "m/a/internal/x").string());
  EXPECT_EQ(match_pattern("example.com/lib/sub", r, BuildContext{}, &err).at(0).dir,
            (top_ / "lib/sub").string());
}

}  // namespace
}  // namespace gocxx::load
