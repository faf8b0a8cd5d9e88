// Tests of go.mod and modules.txt reading (gomod.h), with the go command's
// error texts (checked against go 1.19 on the same inputs).

#include "load/gomod.h"

#include <gtest/gtest.h>

namespace gocxx::load {
namespace {

TEST(GoMod, Directives) {
  ModFile m;
  std::vector<std::string> errors;
  EXPECT_TRUE(parse_go_mod(
      "go.mod",
      "module \"example.com/m\" // the module\n\ngo 1.19\n"
      "require (\n\tfoo.com/x v1.0.0 // indirect\n\t\"bar.com/y\" v1.2.3\n)\n"
      "exclude foo.com/x v0.1.0\nretract v1.0.0\n"
      "replace foo.com/x v1.0.0 => ../x\nreplace (\n\tbar.com/y => baz.com/y v1.0.0\n)\n",
      &m, &errors));
  EXPECT_EQ(errors, std::vector<std::string>{});
  EXPECT_EQ(m.module, "example.com/m");
  EXPECT_EQ(m.go_version, "1.19");
  ASSERT_EQ(m.requirements.size(), 2u);
  EXPECT_EQ(m.requirements[1].path, "bar.com/y");
  EXPECT_EQ(m.requirements[1].line, 6);
  ASSERT_EQ(m.replaces.size(), 2u);
  EXPECT_TRUE(m.replacement("foo.com/x")->local());
  EXPECT_EQ(m.replacement("foo.com/x")->new_path, "../x");
  EXPECT_FALSE(m.replacement("bar.com/y")->local());
  EXPECT_TRUE(m.required("foo.com/x"));
  EXPECT_EQ(m.replacement("other.com/z"), nullptr);
}

std::vector<std::string> errors_of(std::string_view text) {
  ModFile m;
  std::vector<std::string> errors;
  parse_go_mod("/d/go.mod", text, &m, &errors);
  return errors;
}

TEST(GoMod, Errors) {
  EXPECT_EQ(errors_of("module example.com/m\ngo 1.19\nrequire foo bogus x\nbogus x\n"),
            std::vector<std::string>({"/d/go.mod:3: usage: require module/path v1.2.3",
                                      "/d/go.mod:4: unknown directive: bogus"}));
  EXPECT_EQ(errors_of("module example.com/m\ngo 1.19 x\n"),
            std::vector<std::string>({"/d/go.mod:2: go directive expects exactly one argument"}));
  EXPECT_EQ(
      errors_of("module example.com/m\ngo abc\n"),
      std::vector<std::string>({"/d/go.mod:2: invalid go version 'abc': must match format 1.23"}));
  EXPECT_EQ(errors_of("module a\nmodule b\n"),
            std::vector<std::string>({"/d/go.mod:2: repeated module statement"}));
  EXPECT_EQ(errors_of("module m\ngo 1.19\nreplace a => \n"),
            std::vector<std::string>(
                {"/d/go.mod:3: usage: replace module/path [v1.2.3] => other/module v1.4\n"
                 "\t or replace module/path [v1.2.3] => ../local/directory"}));
  EXPECT_EQ(errors_of("module m\ngo 1.19\n\"require\" x\n"),
            std::vector<std::string>({"/d/go.mod:3: unknown directive: \"require\""}));
  EXPECT_EQ(
      errors_of("module m\ngo 1.19\nreplace a => b\n"),
      std::vector<std::string>(
          {"/d/go.mod:3: replacement module without version must be directory path (rooted or "
           "starting with ./ or ../)"}));
  // A syntax error is reported alone.
  EXPECT_EQ(errors_of("module m\ngo 1.19\nreplace a => b\nrequire (\n"),
            std::vector<std::string>(
                {"/d/go.mod:5: syntax error (unterminated block started at /d/go.mod:4:1)"}));
}

TEST(GoMod, ModulesTxt) {
  VendorList v = parse_modules_txt(
      "# example.com/v v1.0.0\n## explicit\nexample.com/v\nexample.com/v/sub\n"
      "# example.com/w v0.1.0 => ../w\n## explicit; go 1.19\nexample.com/w\n"
      "# example.com/t v0.2.0\n");
  ASSERT_EQ(v.modules.size(), 3u);
  EXPECT_EQ(v.modules[0].path, "example.com/v");
  EXPECT_EQ(v.modules[0].version, "v1.0.0");
  EXPECT_TRUE(v.modules[0].explicit_);
  EXPECT_FALSE(v.modules[0].replaced);
  EXPECT_TRUE(v.modules[1].replaced);
  EXPECT_FALSE(v.modules[2].explicit_);
  EXPECT_FALSE(v.modules[2].has_packages);
  EXPECT_EQ(v.packages,
            std::vector<std::string>({"example.com/v", "example.com/v/sub", "example.com/w"}));
}

TEST(GoMod, VendorConsistency) {
  ModFile m;
  std::vector<std::string> errors;
  ASSERT_TRUE(
      parse_go_mod("go.mod", "module m\ngo 1.19\nrequire example.com/vend v1.2.0\n", &m, &errors));
  EXPECT_TRUE(
      vendor_inconsistencies(
          m, parse_modules_txt("# example.com/vend v1.2.0\n## explicit\nexample.com/vend/c\n"))
          .empty());
  // The texts of go 1.19 for the same files.
  EXPECT_EQ(vendor_inconsistencies(
                m, parse_modules_txt("# example.com/vend v1.2.0\nexample.com/vend/c\n")),
            std::vector<std::string>(
                {"example.com/vend@v1.2.0: is explicitly required in go.mod, but not "
                 "marked as explicit in vendor/modules.txt"}));
  EXPECT_EQ(
      vendor_inconsistencies(
          m, parse_modules_txt("# example.com/vend v1.1.0\n## explicit\nexample.com/vend/c\n")),
      std::vector<std::string>({"example.com/vend@v1.2.0: is explicitly required in go.mod, but "
                                "not marked as explicit in "
                                "vendor/modules.txt",
                                "example.com/vend@v1.1.0: is marked as explicit in "
                                "vendor/modules.txt, but not explicitly "
                                "required in go.mod"}));
}

}  // namespace
}  // namespace gocxx::load
