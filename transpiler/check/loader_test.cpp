// Tests of the package loader over a module on disk (loader.cpp with
// load/): imports inside the module, and with Config::tests the package's
// _test.go files and its external test package, which gocxx test builds.

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "check/check.h"

namespace gocxx::check {
namespace {

namespace fs = std::filesystem;

class LoaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("gocxx_loader_test_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    write("go.mod", "module example.com/xt\n\ngo 1.19\n");
    write("q/q.go", "package q\n\nconst Q = 2\n");
    write("p/p.go", "package p\n\nimport \"example.com/xt/q\"\n\nfunc F() int { return q.Q }\n");
    write("p/in_test.go", "package p\n\nfunc helper() int { return F() + 1 }\n");
    write("p/ex_test.go", "package p_test\n\nimport \"example.com/xt/p\"\n\nvar X = p.F()\n");
  }
  void TearDown() override { fs::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) {
    fs::create_directories((dir_ / name).parent_path());
    std::ofstream(dir_ / name) << text;
  }
  std::unique_ptr<Program> load(bool tests) {
    Config config;
    config.tests = tests;
    std::vector<std::string> args{(dir_ / "p").string()};
    return load_program(args, config, sources_, diags_);
  }
  fs::path dir_;
  base::SourceManager sources_;
  base::Diagnostics diags_{sources_};
};

TEST_F(LoaderTest, LibraryKeepsItsImportPath) {
  auto prog = load(false);
  EXPECT_FALSE(diags_.has_errors());
  ASSERT_NE(prog->main, nullptr);
  EXPECT_EQ(prog->main->path, "example.com/xt/p");
  EXPECT_EQ(prog->main_import_path, "example.com/xt/p");
  EXPECT_EQ(prog->main->files.size(), 1u);
  EXPECT_EQ(prog->xtest, nullptr);
  // q was found in the module and checked before p.
  ASSERT_EQ(prog->packages.size(), 2u);
  EXPECT_EQ(prog->packages[0]->path, "example.com/xt/q");
}

TEST_F(LoaderTest, TestFilesAndExternalTestPackage) {
  auto prog = load(true);
  EXPECT_FALSE(diags_.has_errors());
  ASSERT_NE(prog->main, nullptr);
  EXPECT_EQ(prog->main->files.size(), 2u);  // p.go and in_test.go
  EXPECT_NE(prog->main->scope->lookup("helper"), nullptr);
  ASSERT_NE(prog->xtest, nullptr);
  EXPECT_EQ(prog->xtest->path, "example.com/xt/p_test");
  EXPECT_EQ(prog->xtest->name, "p_test");
  // p_test imports the package with its tests, not a second copy.
  ASSERT_EQ(prog->xtest->imports.size(), 1u);
  EXPECT_EQ(prog->xtest->imports[0], prog->main);
  EXPECT_EQ(prog->packages.back(), prog->xtest);
}

}  // namespace
}  // namespace gocxx::check
