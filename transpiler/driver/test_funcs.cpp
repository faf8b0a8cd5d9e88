// This file implements the discovery of test functions in _test.go files and
// the generated test main package (test_funcs.h), after cmd/go's
// internal/load/test.go and go/doc's example.go.

#include "driver/test_funcs.h"

#include <cctype>
#include <cstdio>
#include <string_view>

#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "parse/ast.h"
#include "parse/parser.h"

namespace gocxx::driver {

namespace {

// cmd/go's isTest: name is prefix followed by nothing or by a non-lowercase
// letter (TestFoo, Test_foo, Test; not Testfoo).
bool is_test_name(std::string_view name, std::string_view prefix) {
  if (!name.starts_with(prefix)) return false;
  if (name.size() == prefix.size()) return true;
  unsigned char c = static_cast<unsigned char>(name[prefix.size()]);
  return !(c >= 'a' && c <= 'z');  // gocxx: non-ASCII lowercase initials count as upper
}

// cmd/go's isTestFunc: func(x *testing.<arg>) (or *<arg> with a dot import),
// without results.
bool is_test_func(const ast::FuncDecl* fn, std::string_view arg) {
  if (!fn->type->results.empty() || fn->type->params.size() != 1) return false;
  auto* ptr = ast::dyn_cast<ast::StarExpr>(fn->type->params[0]->type);
  if (ptr == nullptr) return false;
  if (auto* id = ast::dyn_cast<ast::Ident>(ptr->x)) return id->name == arg;
  if (auto* sel = ast::dyn_cast<ast::SelectorExpr>(ptr->x)) return sel->sel->name == arg;
  return false;
}

// A comment in a function body: its text with markers, and the number of
// newlines between it and the comment before it (-1: code came between).
struct Comment {
  std::string_view text;
  int gap;
};

// The comments of Go source text, skipping string, raw string and rune
// literals.
std::vector<Comment> comments_in(std::string_view s) {
  std::vector<Comment> out;
  int newlines = 0;
  bool code = true;  // tokens since the last comment
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '\n') {
      ++newlines;
      ++i;
    } else if (c == ' ' || c == '\t' || c == '\r') {
      ++i;
    } else if (c == '/' && i + 1 < s.size() && (s[i + 1] == '/' || s[i + 1] == '*')) {
      size_t end = s[i + 1] == '/' ? s.find('\n', i) : s.find("*/", i + 2);
      end = end == std::string_view::npos ? s.size() : (s[i + 1] == '/' ? end : end + 2);
      out.push_back({s.substr(i, end - i), code ? -1 : newlines});
      code = false;
      newlines = 0;
      i = end;
    } else if (c == '"' || c == '\'' || c == '`') {
      size_t k = i + 1;
      while (k < s.size() && s[k] != c) k += (c != '`' && s[k] == '\\') ? 2 : 1;
      i = k + 1;
      code = true;
    } else {
      ++i;
      code = true;
    }
  }
  return out;
}

// go/ast's isDirective: a //-comment "//line " or "//x:y" without a space.
bool is_directive(std::string_view c) {
  if (c.starts_with("line ")) return true;
  size_t colon = c.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 >= c.size()) return false;
  for (size_t k = 0; k < colon; ++k)
    if (!std::islower(static_cast<unsigned char>(c[k])) &&
        !std::isdigit(static_cast<unsigned char>(c[k])))
      return false;
  char next = c[colon + 1];
  return next >= 'a' && next <= 'z';
}

// go/ast's CommentGroup.Text: markers removed, trailing blanks stripped,
// leading blank lines dropped, runs of blank lines collapsed, one final
// newline.
std::string group_text(const std::vector<std::string_view>& group) {
  std::vector<std::string> lines;
  for (std::string_view c : group) {
    if (c[1] == '/') {
      c.remove_prefix(2);
      if (!c.empty() && c[0] == ' ')
        c.remove_prefix(1);
      else if (!c.empty() && is_directive(c))
        continue;
    } else {
      c = c.substr(2, c.size() >= 4 ? c.size() - 4 : 0);
    }
    size_t start = 0;
    while (true) {
      size_t nl = c.find('\n', start);
      std::string_view l =
          c.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
      while (!l.empty() && std::isspace(static_cast<unsigned char>(l.back()))) l.remove_suffix(1);
      lines.emplace_back(l);
      if (nl == std::string_view::npos) break;
      start = nl + 1;
    }
  }
  std::vector<std::string> kept;
  for (std::string& l : lines)
    if (!l.empty() || (!kept.empty() && !kept.back().empty())) kept.push_back(std::move(l));
  if (!kept.empty() && !kept.back().empty()) kept.emplace_back();
  std::string text;
  for (size_t k = 0; k < kept.size(); ++k) text += (k ? "\n" : "") + kept[k];
  return text;
}

// Whether text starts (after blanks) with "output:" or "unordered output:" in
// any case (go/doc's outputPrefix); *rest is what follows.
bool output_prefix(std::string_view text, std::string_view* rest, bool* unordered) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text[0]))) text.remove_prefix(1);
  auto starts_ci = [&](std::string_view p) {
    if (text.size() < p.size()) return false;
    for (size_t k = 0; k < p.size(); ++k)
      if (std::tolower(static_cast<unsigned char>(text[k])) != p[k]) return false;
    return true;
  };
  *unordered = starts_ci("unordered output:");
  if (*unordered) {
    *rest = text.substr(17);
    return true;
  }
  if (!starts_ci("output:")) return false;
  *rest = text.substr(7);
  return true;
}

// A Go interpreted string literal for s (fmt's %q for the bytes that matter).
std::string go_quote(std::string_view s) {
  std::string out = "\"";
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += ch;
        }
    }
  }
  return out + "\"";
}

}  // namespace

bool example_output(std::string_view body, std::string* output, bool* unordered) {
  std::vector<Comment> comments = comments_in(body);
  if (comments.empty()) return false;
  // The last comment group: comments on adjacent lines with nothing between.
  size_t first = comments.size() - 1;
  while (first > 0 && comments[first].gap >= 0 && comments[first].gap <= 1) --first;
  std::vector<std::string_view> group;
  for (size_t k = first; k < comments.size(); ++k) group.push_back(comments[k].text);
  std::string text = group_text(group);
  std::string_view rest;
  if (!output_prefix(text, &rest, unordered)) return false;
  // Strip zero or more spaces followed by \n or a single space.
  while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
  if (!rest.empty() && rest[0] == '\n') rest.remove_prefix(1);
  *output = std::string(rest);
  return true;
}

void scan_test_file(const std::string& path, const std::string& package, TestFuncs* funcs) {
  base::SourceManager sources;
  base::Diagnostics diags(sources);  // syntax errors are the loader's to report
  std::string err;
  const base::SourceFile* sf = sources.add_file(path, &err);
  if (sf == nullptr) return;
  ast::Arena arena;
  ast::File* file = parse::parse_file(*sf, diags, arena);
  for (ast::Decl* d : file->decls) {
    auto* fn = ast::dyn_cast<ast::FuncDecl>(d);
    if (fn == nullptr || fn->recv != nullptr || fn->name == nullptr || fn->type == nullptr)
      continue;
    std::string name(fn->name->name);
    auto check = [&](std::string_view arg) {
      if (is_test_func(fn, arg)) return true;
      base::Location loc = sources.location(fn->func_pos);
      std::string lower(arg);
      lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
      funcs->errors.push_back(path + ":" + std::to_string(loc.line) + ":" +
                              std::to_string(loc.column) + ": wrong signature for " + name +
                              ", must be: func " + name + "(" + lower + " *testing." +
                              std::string(arg) + ")");
      return false;
    };
    if (name == "TestMain") {
      if (is_test_func(fn, "T")) {
        funcs->tests.push_back({package, name, "", false});
      } else if (check("M")) {
        if (funcs->has_test_main) funcs->errors.push_back("multiple definitions of TestMain");
        funcs->has_test_main = true;
        funcs->test_main = {package, name, "", false};
      }
    } else if (is_test_name(name, "Test")) {
      if (check("T")) funcs->tests.push_back({package, name, "", false});
    } else if (is_test_name(name, "Benchmark")) {
      if (check("B")) funcs->benchmarks.push_back({package, name, "", false});
    } else if (is_test_name(name, "Fuzz")) {
      if (check("F")) funcs->fuzz_targets.push_back({package, name, "", false});
    } else if (is_test_name(name, "Example") && fn->type->params.empty() &&
               fn->type->results.empty() && fn->body != nullptr) {
      uint32_t from = sf->offset_of(fn->body->pos), to = sf->offset_of(fn->body->rbrace);
      TestFunc ex{package, name, "", false};
      // Examples without an output comment are compiled, not run.
      if (from < to &&
          example_output(sf->text().substr(from + 1, to - from - 1), &ex.output, &ex.unordered))
        funcs->examples.push_back(ex);
    }
  }
}

std::string testmain_source(const TestFuncs& funcs, const std::string& import_path, bool with_test,
                            bool with_xtest) {
  auto uses = [&](const std::string& pkg) {
    for (const auto* list : {&funcs.tests, &funcs.benchmarks, &funcs.fuzz_targets, &funcs.examples})
      for (const TestFunc& f : *list)
        if (f.package == pkg) return true;
    return funcs.has_test_main && funcs.test_main.package == pkg;
  };
  std::string s =
      "// Code generated by 'gocxx test'. DO NOT EDIT.\n\npackage main\n\nimport (\n\t\"os\"\n";
  s += "\t\"testing\"\n\t\"testing/internal/testdeps\"\n";
  if (with_test)
    s += std::string("\t") + (uses("_test") ? "_test" : "_") + " " + go_quote(import_path) + "\n";
  if (with_xtest)
    s += std::string("\t") + (uses("_xtest") ? "_xtest" : "_") + " " +
         go_quote(import_path + "_test") + "\n";
  s += ")\n";
  auto table = [&](const char* var, const char* type, const std::vector<TestFunc>& list,
                   bool example) {
    s += std::string("\nvar ") + var + " = []testing." + type + "{\n";
    for (const TestFunc& f : list) {
      s += "\t{" + go_quote(f.name) + ", " + f.package + "." + f.name;
      if (example) s += ", " + go_quote(f.output) + ", " + (f.unordered ? "true" : "false");
      s += "},\n";
    }
    s += "}\n";
  };
  table("tests", "InternalTest", funcs.tests, false);
  table("benchmarks", "InternalBenchmark", funcs.benchmarks, false);
  table("fuzzTargets", "InternalFuzzTarget", funcs.fuzz_targets, false);
  table("examples", "InternalExample", funcs.examples, true);
  s += "\nfunc init() {\n\ttestdeps.ImportPath = " + go_quote(import_path) + "\n}\n";
  s += "\nfunc main() {\n\tm := testing.MainStart(testdeps.TestDeps{}, tests, benchmarks, "
       "fuzzTargets, examples)\n";
  if (funcs.has_test_main) {
    s += "\t" + funcs.test_main.package + "." + funcs.test_main.name + "(m)\n";
    s += "\tos.Exit(testdeps.ExitCode())\n";
  } else {
    s += "\tos.Exit(m.Run())\n";
  }
  return s + "}\n";
}

}  // namespace gocxx::driver
