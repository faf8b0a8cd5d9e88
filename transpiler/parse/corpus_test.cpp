// This file implements the corpus tests: the parser must accept every Go
// file of the Go 1.19 distribution (GOROOT/src outside testdata), and every
// runnable/compilable program of GOROOT/test. For errorcheck tests of
// GOROOT/test, every error we report must be expected by an `// ERROR`
// comment on its line whose pattern matches our message. The tests skip
// (GTEST_SKIP) if the Go distribution is not installed.

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "parse/parser.h"
#include "parse/verify.h"

namespace gocxx::parse {
namespace {

namespace fs = std::filesystem;

const char* goroot() {
  const char* env = std::getenv("GOCXX_GOROOT");
  return env != nullptr ? env : "/usr/share/go-1.19";
}

std::vector<std::string> go_files(const fs::path& dir, bool skip_testdata) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (skip_testdata && it->is_directory() && it->path().filename() == "testdata") {
      it.disable_recursion_pending();
    } else if (it->is_regular_file() && it->path().extension() == ".go") {
      files.push_back(it->path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

struct Parsed {
  std::vector<std::pair<uint32_t, std::string>> errors;  // line, message
  uint32_t lines = 0;
  double seconds = 0;
  std::string text;
  std::string invalid;  // an AST invariant violation (ast::verify), if any
};

Parsed parse_path(const std::string& path) {
  base::SourceManager sources;
  base::Diagnostics diags(sources);
  ast::Arena arena;
  // Named by its base name, as when gc runs in the test's directory (errors
  // quoting positions, e.g. "label L already defined at x.go:3:1", depend on it).
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  const base::SourceFile* file = sources.add_buffer(fs::path(path).filename().string(), buf.str());
  Parsed out;
  auto start = std::chrono::steady_clock::now();
  ast::File* tree = parse_file(*file, diags, arena);
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  out.invalid = ast::verify(tree);
  out.lines = file->line_count();
  for (const base::Diagnostic* d : diags.sorted()) {
    out.errors.emplace_back(sources.location(d->pos).line, d->message);
  }
  out.text = std::string(file->text());
  return out;
}

TEST(Corpus, GoRootSrcParsesWithoutErrors) {
  fs::path src = fs::path(goroot()) / "src";
  if (!fs::is_directory(src)) GTEST_SKIP() << src << " does not exist";
  std::vector<std::string> files = go_files(src, true);
  uint64_t lines = 0;
  double seconds = 0;
  int failures = 0;
  for (const std::string& path : files) {
    Parsed p = parse_path(path);
    EXPECT_EQ(p.invalid, "") << path;
    lines += p.lines;
    seconds += p.seconds;
    if (!p.errors.empty()) {
      failures++;
      ADD_FAILURE() << path << ":" << p.errors[0].first << ": " << p.errors[0].second;
    }
  }
  std::printf("GOROOT/src: %zu files, %d with errors, %llu lines in %.2f s (%.0f lines/s)\n",
              files.size(), failures, static_cast<unsigned long long>(lines), seconds,
              lines / seconds);
  EXPECT_GT(files.size(), 1000u);
}

// The action of a GOROOT/test file: the first word of its first comment
// line that is not a build constraint ("run", "compile", "errorcheck", ...).
std::string test_action(const std::string& text) {
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    if (line.starts_with("//go:build") || line.starts_with("// +build")) continue;
    if (!line.starts_with("// ")) return "";
    std::string word = line.substr(3);
    return word.substr(0, word.find_first_of(" \t\r"));
  }
  return "";
}

// The patterns of the `// ERROR "..."` comments on `line` (1-based), or on
// any line if `line` is 0.
std::vector<std::string> error_patterns(const std::string& text, uint32_t line) {
  std::vector<std::string> out;
  if (line == 0) {
    std::istringstream in(text);
    std::string l;
    while (std::getline(in, l)) {
      std::vector<std::string> more = error_patterns(l + "\n", 1);
      if (l.find("ERROR ") != std::string::npos) out.insert(out.end(), more.begin(), more.end());
    }
    return out;
  }
  size_t start = 0;
  for (uint32_t l = 1; l < line && start != std::string::npos; l++) {
    start = text.find('\n', start);
    if (start != std::string::npos) start++;
  }
  if (start == std::string::npos) return out;
  std::string_view rest(text);
  rest = rest.substr(start, text.find('\n', start) - start);
  size_t at = rest.find("ERROR ");
  if (at == std::string_view::npos) return out;
  rest.remove_prefix(at + 6);
  // One or more quoted patterns: "..." or `...`.
  for (;;) {
    while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
    if (rest.empty() || (rest[0] != '"' && rest[0] != '`')) break;
    char q = rest[0];
    std::string pat;
    size_t i = 1;
    // Like Go's test runner, take the text between the quotes verbatim.
    for (; i < rest.size() && rest[i] != q; i++) pat += rest[i];
    out.push_back(pat);
    if (i >= rest.size()) break;
    rest.remove_prefix(i + 1);
  }
  if (out.empty()) out.push_back("");  // ERROR without a pattern: accept anything
  return out;
}

// Expands the test runner's LINE, LINE+n and LINE-n in an ERROR pattern to
// "file.go:N", as Go's test/run.go does.
std::string expand_line(const std::string& pattern, const std::string& file, uint32_t line) {
  static const std::regex kLine("LINE(([+-])([0-9]+))?");
  std::string out;
  auto begin = std::sregex_iterator(pattern.begin(), pattern.end(), kLine);
  size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    int n = static_cast<int>(line);
    if (m[1].matched) n += (m[2] == "+" ? 1 : -1) * std::stoi(m[3]);
    out += pattern.substr(last, static_cast<size_t>(m.position()) - last);
    out += file + ":" + std::to_string(n);
    last = static_cast<size_t>(m.position() + m.length());
  }
  return out + pattern.substr(last);
}

bool matches(const std::string& pattern, const std::string& message) {
  try {
    return std::regex_search(message, std::regex(pattern));
  } catch (const std::regex_error&) {
    return true;  // a Go regexp std::regex cannot read: do not count against us
  }
}

TEST(Corpus, GoRootTestPrograms) {
  fs::path dir = fs::path(goroot()) / "test";
  if (!fs::is_directory(dir)) GTEST_SKIP() << dir << " does not exist";
  int considered = 0, clean = 0, expected_errors = 0, failures = 0;
  for (const std::string& path : go_files(dir, false)) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    std::string action = test_action(buf.str());
    bool errorcheck = action.starts_with("errorcheck") && action != "errorcheckdir" &&
                      action != "errorcheckoutput";
    if (action != "run" && action != "compile" && !errorcheck) continue;
    considered++;
    Parsed p = parse_path(path);
    EXPECT_EQ(p.invalid, "") << path;
    if (p.errors.empty()) {
      clean++;
      continue;
    }
    // Every error we report must be announced by a matching ERROR comment
    // on its line. Files with //line directives (which gocxx ignores)
    // renumber their lines: there any matching ERROR comment will do.
    bool line_directives =
        p.text.find("//line ") != std::string::npos || p.text.find("/*line ") != std::string::npos;
    bool all_expected = errorcheck;
    std::string unexpected = p.errors[0].second;
    uint32_t unexpected_line = p.errors[0].first;
    for (const auto& error : p.errors) {
      // (not a structured binding: clang 14 cannot capture those in lambdas)
      uint32_t line = error.first;
      const std::string& message = error.second;
      if (!all_expected) break;
      unexpected = message;
      unexpected_line = line;
      std::vector<std::string> patterns = error_patterns(p.text, line_directives ? 0 : line);
      std::string base = fs::path(path).filename().string();
      all_expected = std::any_of(patterns.begin(), patterns.end(), [&](const std::string& pat) {
        return matches(expand_line(pat, base, line), message);
      });
    }
    if (all_expected) {
      expected_errors++;
    } else {
      failures++;
      ADD_FAILURE() << path << ":" << unexpected_line << ": " << unexpected;
    }
  }
  std::printf(
      "GOROOT/test: %d run/compile/errorcheck files: %d parse without errors, %d report only "
      "expected errors, %d fail\n",
      considered, clean, expected_errors, failures);
  EXPECT_GT(considered, 1000);
}

}  // namespace
}  // namespace gocxx::parse
