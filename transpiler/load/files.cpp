// This file implements the selection of a package's files (files.h), after
// go/build's Context.Import, shouldBuild and parseFileHeader of Go 1.19.

#include "load/files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>

#include "load/constraint.h"

namespace gocxx::load {

namespace fs = std::filesystem;

namespace {

std::string_view trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

bool starts_with(std::string_view s, std::string_view p) { return s.rfind(p, 0) == 0; }

// The leading comments of a file (parseFileHeader): the text up to the last
// blank line before the first non-comment text (where // +build lines may
// be) and the //go:build line among the comments, if any.
struct Header {
  std::string_view plus_build_region;
  std::optional<std::string_view> go_build;
  bool multiple_go_build = false;
};

Header parse_file_header(std::string_view content) {
  Header h;
  size_t end = 0, pos = 0;
  bool ended = false, in_slash_star = false;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    size_t next = nl == std::string_view::npos ? content.size() : nl + 1;
    std::string_view line =
        trim(content.substr(pos, (nl == std::string_view::npos ? content.size() : nl) - pos));
    pos = next;
    if (line.empty() && !ended) {
      end = pos;
      continue;
    }
    if (!starts_with(line, "//")) ended = true;
    if (!in_slash_star && split_go_build(line)) {
      if (h.go_build) {
        h.multiple_go_build = true;
        return h;
      }
      h.go_build = line;
    }
    // Skip the comments on this line; stop at the first other text.
    bool text = false;
    while (!line.empty()) {
      if (in_slash_star) {
        size_t close = line.find("*/");
        if (close == std::string_view::npos) break;
        in_slash_star = false;
        line = trim(line.substr(close + 2));
        continue;
      }
      if (starts_with(line, "//")) break;
      if (starts_with(line, "/*")) {
        in_slash_star = true;
        line = trim(line.substr(2));
        continue;
      }
      text = true;
      break;
    }
    if (text) break;
  }
  h.plus_build_region = content.substr(0, end);
  return h;
}

// A tiny Go tokenizer for the package clause and imports: identifiers,
// string literals and single punctuation characters, skipping comments.
class HeaderLexer {
 public:
  explicit HeaderLexer(std::string_view s) : s_(s) {}
  // The next token ("" at the end); newlines are white space here.
  std::string_view next() {
    for (;;) {
      while (i_ < s_.size() &&
             (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r'))
        i_++;
      if (s_.compare(i_, 2, "//") == 0) {
        size_t nl = s_.find('\n', i_);
        i_ = nl == std::string_view::npos ? s_.size() : nl;
        continue;
      }
      if (s_.compare(i_, 2, "/*") == 0) {
        size_t close = s_.find("*/", i_ + 2);
        i_ = close == std::string_view::npos ? s_.size() : close + 2;
        continue;
      }
      break;
    }
    if (i_ >= s_.size()) return {};
    size_t start = i_;
    char c = s_[i_];
    if (c == '"' || c == '`') {
      size_t close = i_ + 1;
      while (close < s_.size() && s_[close] != c && s_[close] != '\n')
        close += (c == '"' && s_[close] == '\\') ? 2 : 1;
      i_ = std::min(close + 1, s_.size());
      return s_.substr(start, i_ - start);
    }
    auto ident = [](char ch) {
      return ch == '_' || std::isalnum(static_cast<unsigned char>(ch)) || (ch & 0x80);
    };
    if (ident(c)) {
      while (i_ < s_.size() && ident(s_[i_])) i_++;
      return s_.substr(start, i_ - start);
    }
    i_++;
    return s_.substr(start, 1);
  }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

bool is_ident(std::string_view t) {
  return !t.empty() &&
         (t[0] == '_' || std::isalpha(static_cast<unsigned char>(t[0])) || (t[0] & 0x80));
}

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

bool should_build(std::string_view content, const BuildContext& ctx, std::string* err) {
  Header h = parse_file_header(content);
  if (h.multiple_go_build) {
    *err = "multiple //go:build comments";
    return false;
  }
  auto ok = [&](std::string_view tag) { return ctx.match_tag(tag); };
  if (h.go_build) {
    std::string perr;
    auto x = parse_go_build_expr(*split_go_build(*h.go_build), &perr);
    if (!x) {
      *err = "parsing //go:build line: " + perr;
      return false;
    }
    return x->eval(ok);
  }
  // Every // +build line must hold (they are ANDed).
  bool build = true;
  std::string_view p = h.plus_build_region;
  while (!p.empty()) {
    size_t nl = p.find('\n');
    std::string_view line = trim(p.substr(0, nl));
    p = nl == std::string_view::npos ? std::string_view() : p.substr(nl + 1);
    if (!starts_with(line, "//") || line.find("+build") == std::string_view::npos) continue;
    if (auto text = split_plus_build(line)) {
      if (!parse_plus_build_expr(*text)->eval(ok)) build = false;
    }
  }
  return build;
}

FileHeader read_header(std::string_view content) {
  FileHeader h;
  HeaderLexer lex(content);
  if (lex.next() != "package") return h;
  std::string_view name = lex.next();
  if (!is_ident(name)) return h;
  h.package = std::string(name);
  std::string_view t = lex.next();
  if (t == ";") t = lex.next();
  // import "x" | import name "x" | import ( [name] "x" ; ... )
  while (t == "import") {
    t = lex.next();
    bool group = t == "(";
    if (group) t = lex.next();
    while (!t.empty()) {
      if (group && t == ")") break;
      if (is_ident(t) || t == "." || t == "_") t = lex.next();
      if (t == "\"C\"" || t == "`C`") h.imports_c = true;
      t = lex.next();
      if (t == ";") t = lex.next();
      if (!group) break;
    }
    if (group) t = lex.next();
    if (t == ";") t = lex.next();
  }
  return h;
}

std::string short_path(const std::string& path) {
  std::error_code ec;
  fs::path rel = fs::path(path).lexically_relative(fs::current_path(ec));
  if (ec || rel.empty()) return path;
  std::string r = rel.string();
  return r.size() < path.size() ? r : path;
}

PackageFiles scan_package_dir(const std::string& dir, const BuildContext& ctx, bool tests) {
  PackageFiles pf;
  pf.dir = dir;
  std::vector<std::string> names;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!ends_with(name, ".go") || !it->is_regular_file(ec)) continue;
    names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  bool any_go = false, any_test_only = false;
  std::string first_name, first_file;
  for (const std::string& name : names) {
    // dir/name as the go command shows it: "main.go", not "./main.go".
    std::string path = (fs::path(dir) / name).lexically_normal().string();
    if (name[0] == '_' || name[0] == '.') {
      pf.ignored_files.push_back(path);
      continue;
    }
    any_go = true;
    bool is_test = ends_with(name, "_test.go");
    std::string text;
    if (!ctx.good_os_arch_file(name) || !read_file(path, &text)) {
      pf.ignored_files.push_back(path);
      continue;
    }
    std::string err;
    bool build = should_build(text, ctx, &err);
    if (!err.empty()) {
      if (pf.error.empty()) pf.error = name + ": " + err;
      continue;
    }
    FileHeader h = read_header(text);
    if (!build || h.package == "documentation" || (h.imports_c && !ctx.cgo_enabled)) {
      pf.ignored_files.push_back(path);
      continue;
    }
    if (is_test && !tests) {
      any_test_only = true;
      pf.ignored_files.push_back(path);
      continue;
    }
    std::string pkg = h.package;
    bool xtest = is_test && ends_with(pkg, "_test");
    if (xtest) pkg.resize(pkg.size() - 5);
    if (!pkg.empty()) {
      if (first_name.empty()) {
        first_name = pkg;
        first_file = name;
      } else if (pkg != first_name && pf.error.empty()) {
        pf.error = "found packages " + first_name + " (" + first_file + ") and " + pkg + " (" +
                   name + ") in " + dir;
      }
    }
    (xtest ? pf.xtest_go_files : is_test ? pf.test_go_files : pf.go_files).push_back(path);
  }
  pf.name = first_name;
  if (!pf.error.empty()) return pf;
  if (!any_go) {
    pf.error = "no Go files in " + dir;
  } else if (pf.go_files.empty() && pf.test_go_files.empty() && pf.xtest_go_files.empty()) {
    pf.error = any_test_only ? "no non-test Go files in " + dir
                             : "build constraints exclude all Go files in " + dir;
  }
  return pf;
}

}  // namespace gocxx::load
