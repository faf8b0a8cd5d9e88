// This file implements go.mod and vendor/modules.txt reading (gomod.h),
// after golang.org/x/mod/modfile (read.go's lexer, rule.go's directives) as
// the Go 1.19 go command uses it, with its error texts.

#include "load/gomod.h"

#include <cctype>

namespace gocxx::load {

namespace {

struct Token {
  std::string text;  // unquoted for strings
  std::string raw;   // as written
  int line = 0;
  int col = 0;
};

// One logical line of go.mod: its tokens, or a block's opening/closing.
struct Line {
  std::vector<Token> tokens;
  int line = 0;
};

// Splits go.mod into lines of tokens: words, "quoted" and `raw` strings,
// '(' ')' and "=>"; `//` comments run to the end of the line.
std::vector<Line> tokenize(std::string_view text) {
  std::vector<Line> lines;
  int line = 1;
  size_t line_start = 0;
  Line cur;
  auto flush = [&] {
    if (!cur.tokens.empty()) lines.push_back(std::move(cur));
    cur = Line{};
  };
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == '\n') {
      flush();
      line++;
      line_start = ++i;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') {
      i++;
      continue;
    }
    if (text.compare(i, 2, "//") == 0) {
      while (i < text.size() && text[i] != '\n') i++;
      continue;
    }
    Token t;
    t.line = line;
    t.col = static_cast<int>(i - line_start) + 1;
    size_t start = i;
    if (c == '"' || c == '`') {
      i++;
      while (i < text.size() && text[i] != c && text[i] != '\n') {
        if (c == '"' && text[i] == '\\' && i + 1 < text.size()) {
          t.text += text[i + 1];
          i += 2;
          continue;
        }
        t.text += text[i++];
      }
      if (i < text.size() && text[i] == c) i++;
    } else if (c == '(' || c == ')') {
      i++;
      t.text = std::string(1, c);
    } else if (text.compare(i, 2, "=>") == 0) {
      i += 2;
      t.text = "=>";
    } else {
      while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])) &&
             text[i] != '(' && text[i] != ')' && text.compare(i, 2, "//") != 0 &&
             text.compare(i, 2, "=>") != 0)
        i++;
      t.text = std::string(text.substr(start, i - start));
    }
    t.raw = std::string(text.substr(start, i - start));
    if (cur.tokens.empty()) cur.line = line;
    cur.tokens.push_back(std::move(t));
  }
  flush();
  return lines;
}

bool local_path(std::string_view p) {
  return p == "." || p == ".." || p.rfind("./", 0) == 0 || p.rfind("../", 0) == 0 ||
         p.rfind("/", 0) == 0;
}

// "1.23" (modfile's GoVersionRE: ^([1-9][0-9]*)\.(0|[1-9][0-9]*)$).
bool valid_go_version(std::string_view v) {
  size_t dot = v.find('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 == v.size()) return false;
  std::string_view major = v.substr(0, dot), minor = v.substr(dot + 1);
  auto digits = [](std::string_view s) {
    return s.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (!digits(major) || !digits(minor) || major[0] == '0') return false;
  return minor == "0" || minor[0] != '0';
}

class ModParser {
 public:
  ModParser(std::string_view file, ModFile* mod, std::vector<std::string>* errors)
      : file_(file), mod_(mod), errors_(errors) {}

  void directive(const std::string& verb, const std::string& raw_verb,
                 const std::vector<Token>& args, int line) {
    auto usage = [&](const std::string& text) { error(line, "usage: " + text); };
    if (verb == "module") {
      if (seen_module_) return error(line, "repeated module statement");
      seen_module_ = true;
      if (args.size() != 1) return usage("module module/path");
      mod_->module = args[0].text;
    } else if (verb == "go") {
      if (seen_go_) return error(line, "repeated go statement");
      seen_go_ = true;
      if (args.size() != 1) return error(line, "go directive expects exactly one argument");
      if (!valid_go_version(args[0].text))
        return error(line, "invalid go version '" + args[0].text + "': must match format 1.23");
      mod_->go_version = args[0].text;
    } else if (verb == "require" || verb == "exclude") {
      if (args.size() != 2) return usage(verb + " module/path v1.2.3");
      if (args[1].text.empty() || args[1].text[0] != 'v')
        return error(line, verb + " " + args[0].text + ": version \"" + args[1].text +
                               "\" invalid: must be of the form v1.2.3");
      if (verb == "require") mod_->requirements.push_back({args[0].text, args[1].text, line});
    } else if (verb == "replace") {
      replace(args, line);
    } else if (verb == "retract") {
      if (args.empty()) usage("retract v1.2.3 or retract [v1.2.3, v1.2.4]");
    } else {
      error(line, "unknown directive: " + raw_verb);
    }
  }

  void error(int line, const std::string& msg) {
    errors_->push_back(std::string(file_) + ":" + std::to_string(line) + ": " + msg);
  }

 private:
  // replace old [v] => new [v]
  void replace(const std::vector<Token>& args, int line) {
    size_t arrow = 2;
    if (args.size() >= 2 && args[1].text == "=>") arrow = 1;
    if (args.size() < arrow + 2 || args.size() > arrow + 3 || args[arrow].text != "=>") {
      return error(line,
                   "usage: replace module/path [v1.2.3] => other/module v1.4\n"
                   "\t or replace module/path [v1.2.3] => ../local/directory");
    }
    ModReplace r;
    r.line = line;
    r.old_path = args[0].text;
    if (arrow == 2) r.old_version = args[1].text;
    r.new_path = args[arrow + 1].text;
    if (args.size() == arrow + 3) r.new_version = args[arrow + 2].text;
    if (r.new_version.empty() && !local_path(r.new_path))
      return error(line,
                   "replacement module without version must be directory path (rooted or starting "
                   "with ./ or ../)");
    if (!r.new_version.empty() && local_path(r.new_path))
      return error(line,
                   "replacement module directory path \"" + r.new_path + "\" cannot have version");
    mod_->replaces.push_back(std::move(r));
  }

  std::string_view file_;
  ModFile* mod_;
  std::vector<std::string>* errors_;
  bool seen_module_ = false, seen_go_ = false;
};

}  // namespace

bool ModReplace::local() const { return local_path(new_path); }

const ModReplace* ModFile::replacement(std::string_view path) const {
  // A replacement of one version yields to none; the last of each wins.
  const ModReplace* any = nullptr;
  for (const ModReplace& r : replaces) {
    if (r.old_path == path) any = &r;
  }
  return any;
}

bool ModFile::required(std::string_view path) const {
  for (const ModRequire& r : requirements) {
    if (r.path == path) return true;
  }
  return false;
}

bool parse_go_mod(std::string_view file, std::string_view text, ModFile* mod,
                  std::vector<std::string>* errors) {
  size_t before = errors->size();
  ModParser p(file, mod, errors);
  std::vector<Line> lines = tokenize(text);
  auto opens_block = [](const Line& ln) {
    return ln.tokens.size() >= 2 && ln.tokens.back().raw == "(";
  };
  auto closes_block = [](const Line& ln) {
    return ln.tokens.size() == 1 && ln.tokens[0].raw == ")";
  };
  // A syntax error is the only error reported (the file is not parsed).
  for (size_t i = 0; i < lines.size(); i++) {
    if (!opens_block(lines[i])) continue;
    size_t j = i + 1;
    while (j < lines.size() && !closes_block(lines[j])) j++;
    if (j == lines.size()) {
      // At the end of input: the line after the last newline.
      int last = 1;
      for (char c : text) last += c == '\n';
      p.error(last, "syntax error (unterminated block started at " + std::string(file) + ":" +
                        std::to_string(lines[i].line) + ":" +
                        std::to_string(lines[i].tokens[0].col) + ")");
      return false;
    }
    i = j;
  }
  for (size_t i = 0; i < lines.size(); i++) {
    const Line& ln = lines[i];
    const Token& verb = ln.tokens[0];
    std::string name = verb.raw[0] == '"' || verb.raw[0] == '`' ? "" : verb.text;
    if (!opens_block(ln)) {
      p.directive(name, verb.raw, std::vector<Token>(ln.tokens.begin() + 1, ln.tokens.end()),
                  ln.line);
      continue;
    }
    // verb ( NEWLINE lines... ) : each line holds the verb's arguments.
    for (i++; !closes_block(lines[i]); i++)
      p.directive(name, verb.raw, lines[i].tokens, lines[i].line);
  }
  return errors->size() == before;
}

VendorList parse_modules_txt(std::string_view text) {
  VendorList v;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line =
        text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    if (line.empty()) continue;
    if (line.rfind("## ", 0) == 0) {
      // Annotations separated by ';' ("## explicit; go 1.19").
      if (!v.modules.empty() && line.find("explicit") != std::string_view::npos)
        v.modules.back().explicit_ = true;
      continue;
    }
    if (line.rfind("# ", 0) == 0) {
      line.remove_prefix(2);
      VendorModule m;
      size_t sp = line.find(' ');
      m.path = std::string(line.substr(0, sp));
      if (sp != std::string_view::npos) {
        std::string_view rest = line.substr(sp + 1);
        if (rest.rfind("=> ", 0) != 0) m.version = std::string(rest.substr(0, rest.find(' ')));
        m.replaced = rest.find("=>") != std::string_view::npos;
      }
      v.modules.push_back(std::move(m));
      continue;
    }
    if (!v.modules.empty()) v.modules.back().has_packages = true;
    v.packages.emplace_back(line);
  }
  return v;
}

std::vector<std::string> vendor_inconsistencies(const ModFile& mod, const VendorList& vendor) {
  std::vector<std::string> out;
  auto find = [&](std::string_view path, std::string_view version) -> const VendorModule* {
    for (const VendorModule& m : vendor.modules) {
      if (m.path == path && (version.empty() || m.version == version || m.version.empty()))
        return &m;
    }
    return nullptr;
  };
  for (const ModRequire& r : mod.requirements) {
    const VendorModule* m = find(r.path, r.version);
    if (m == nullptr || !m->explicit_)
      out.push_back(
          r.path + "@" + r.version +
          ": is explicitly required in go.mod, but not marked as explicit in vendor/modules.txt");
  }
  for (const ModReplace& r : mod.replaces) {
    const VendorModule* m = find(r.old_path, r.old_version);
    if (m == nullptr || !m->replaced) {
      out.push_back(r.old_path + (r.old_version.empty() ? "" : "@" + r.old_version) +
                    ": is replaced in go.mod, but not marked as replaced in vendor/modules.txt");
    }
  }
  for (const VendorModule& m : vendor.modules) {
    bool required = false;
    for (const ModRequire& r : mod.requirements)
      required |= r.path == m.path && r.version == m.version;
    if (m.explicit_ && m.has_packages && !required)
      out.push_back(
          m.path + "@" + m.version +
          ": is marked as explicit in vendor/modules.txt, but not explicitly required in go.mod");
  }
  return out;
}

}  // namespace gocxx::load
