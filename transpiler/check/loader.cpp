// This file implements the package loader: the main package from the
// command line, imports from the bundled standard library (Go source under
// runtime/std) or from the module of the main package (found through
// go.mod), each parsed and checked once, in dependency order.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "check/checker.h"
#include "parse/parser.h"

namespace gocxx::check {

namespace fs = std::filesystem;

namespace {

// gc type-checks a package despite errors from the parser unless one of
// them is a "syntax error: ..." (base.SyntaxErrors in cmd/compile).
size_t syntax_errors(const base::Diagnostics& diags) {
  size_t n = 0;
  for (const base::Diagnostic* d : diags.sorted()) {
    if (d->message.rfind("syntax error", 0) == 0) ++n;
  }
  return n;
}

// Whether a file's build constraints exclude it on linux/amd64 under gc
// (only the forms the standard library subset and tests use: `ignore`,
// other GOOS/GOARCH names, and negations).
bool excluded_by_build_tags(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    std::string_view line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (line.substr(0, 7) == "package") return false;
    if (line.substr(0, 10) == "//go:build") {
      std::string_view expr = line.substr(10);
      if (expr.find("ignore") != std::string_view::npos) return true;
      for (std::string_view bad : {"windows", "darwin", "plan9", "js", "wasm", "freebsd", "openbsd",
                                   "netbsd", "solaris", "aix", "386", "arm", "cgo"}) {
        size_t at = expr.find(bad);
        if (at != std::string_view::npos && (at == 0 || expr[at - 1] != '!') && expr.find("||") == std::string_view::npos) {
          // A positive requirement for another platform.
          char next = at + bad.size() < expr.size() ? expr[at + bad.size()] : ' ';
          if (!std::isalnum(static_cast<unsigned char>(next)) && next != '_') return true;
        }
      }
    }
    if (end == std::string_view::npos) break;
    pos = end + 1;
  }
  return false;
}

// Whether a NUL byte comes before the file's first declaration after its
// imports: the go command reads that header of every file before gc runs
// and stops with "unexpected NUL in input" (go/build's readGoInfo), so a
// binary file passed as Go source gets that line, not gc's errors with the
// file's bytes echoed. A NUL further down is gc's "invalid NUL character".
bool nul_in_header(std::string_view text) {
  size_t nul = text.find('\0');
  if (nul == std::string_view::npos) return false;
  for (std::string_view kw : {"\nfunc", "\ntype", "\nvar", "\nconst"}) {
    size_t at = text.find(kw);
    if (at != std::string_view::npos && at < nul) return false;
  }
  return true;
}

std::vector<std::string> go_files_in(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& p = it->path();
    std::string name = p.filename().string();
    if (!it->is_regular_file(ec) || p.extension() != ".go") continue;
    if (name.size() > 8 && name.substr(name.size() - 8) == "_test.go") continue;
    if (name[0] == '_' || name[0] == '.') continue;
    files.push_back(p.string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Finds go.mod at or above dir; returns its directory and module path.
bool find_module(const fs::path& dir, std::string* root, std::string* module) {
  std::error_code ec;
  fs::path d = fs::absolute(dir, ec);
  while (!d.empty()) {
    fs::path mod = d / "go.mod";
    if (fs::is_regular_file(mod, ec)) {
      std::ifstream in(mod);
      std::string line;
      while (std::getline(in, line)) {
        std::istringstream ls(line);
        std::string word, path;
        if (ls >> word >> path && word == "module") {
          if (path.size() >= 2 && path.front() == '"') path = path.substr(1, path.size() - 2);
          *root = d.string();
          *module = path;
          return true;
        }
      }
      return false;
    }
    if (d == d.parent_path()) break;
    d = d.parent_path();
  }
  return false;
}

}  // namespace

std::string Loader::find_dir(const std::string& path, bool* is_std) {
  std::error_code ec;
  *is_std = false;
  if (!module_path.empty() && (path == module_path || path.rfind(module_path + "/", 0) == 0)) {
    fs::path dir = fs::path(module_root) / path.substr(module_path.size());
    if (fs::is_directory(dir, ec)) return dir.string();
  }
  fs::path dir = fs::path(config_.std_root) / path;
  if (!config_.std_root.empty() && fs::is_directory(dir, ec)) {
    *is_std = true;
    return dir.string();
  }
  return "";
}

Package* Loader::import(const std::string& path, Pos pos) {
  if (auto it = loaded_.find(path); it != loaded_.end()) return it->second;
  if (in_progress_.count(path) != 0) {
    diags_.error(pos, "import cycle not allowed");
    return nullptr;
  }
  bool is_std = false;
  const GivenPackage* given = nullptr;
  for (const GivenPackage& g : config_.given)
    if (g.path == path) given = &g;
  std::string dir = given != nullptr ? path : find_dir(path, &is_std);
  if (dir.empty()) {
    std::string where = (fs::path(config_.std_root) / path).string();
    diags_.error(pos, "package " + path + " is not in std (" + where + ")");
    loaded_[path] = nullptr;
    return nullptr;
  }
  std::vector<ast::File*> files;
  size_t errors_before = syntax_errors(diags_);
  for (const std::string& f : given != nullptr ? given->files : go_files_in(dir)) {
    std::string err;
    const base::SourceFile* sf = prog_.sources.add_file(f, &err);
    if (sf == nullptr) {
      diags_.error(pos, err);
      continue;
    }
    if (excluded_by_build_tags(sf->text())) continue;
    parse::ParseOptions opts;
    opts.strict = config_.strict;
    files.push_back(parse::parse_file(*sf, diags_, prog_.arena, opts));
  }
  if (syntax_errors(diags_) > errors_before) {
    loaded_[path] = nullptr;
    return nullptr;
  }
  if (files.empty()) {
    diags_.error(pos, "no Go files in " + dir);
    loaded_[path] = nullptr;
    return nullptr;
  }
  in_progress_.insert(path);
  Package* pkg = check_files(path, std::move(files), is_std);
  in_progress_.erase(path);
  loaded_[path] = pkg;
  return pkg;
}

Package* Loader::check_files(const std::string& path, std::vector<ast::File*> files, bool is_std) {
  // The package's name is that of its first file not named _ (types2's
  // initFiles: `package _` is an error, and such a file is kept).
  std::string name;
  for (ast::File* f : files) {
    if (f->package_name != nullptr && (name.empty() || name == "_")) name = std::string(f->package_name->name);
  }
  Package* pkg = prog_.objects.make_package(path, name);
  pkg->is_std = is_std;
  pkg->scope = prog_.objects.make_scope(prog_.universe, "package");
  // All files must belong to the same package.
  std::string_view pname;
  for (ast::File* f : files) {
    if (f->package_name == nullptr) continue;
    std::string_view fname = f->package_name->name;
    if (pname.empty()) {
      if (fname != "_") {
        pname = fname;
      } else {
        diags_.error(f->package_name->pos, "invalid package name _");
      }
    } else if (fname != pname) {
      diags_.error(f->package_name->pos, "package " + std::string(fname) + "; expected package " +
                                             std::string(pname));
      continue;
    }
    pkg->files.push_back(f);
  }
  Checker checker(prog_, pkg, diags_, config_, this);
  checker.check_package();
  prog_.packages.push_back(pkg);
  return pkg;
}

namespace {

std::unique_ptr<Program> run(std::vector<const base::SourceFile*> sources_in, const Config& config,
                             base::SourceManager& sources, base::Diagnostics& diags, const std::string& dir) {
  auto prog = std::make_unique<Program>(sources);
  Loader loader(*prog, config, diags);
  if (!config.module_dir.empty())
    find_module(config.module_dir, &loader.module_root, &loader.module_path);
  else if (!dir.empty())
    find_module(dir, &loader.module_root, &loader.module_path);
  std::vector<ast::File*> files;
  size_t errors_before = syntax_errors(diags);
  for (const base::SourceFile* sf : sources_in) {
    parse::ParseOptions opts;
    opts.strict = config.strict;
    files.push_back(parse::parse_file(*sf, diags, prog->arena, opts));
  }
  // Like gc, a package with syntax errors is not type-checked.
  if (syntax_errors(diags) > errors_before) return prog;
  std::string path = "main";
  prog->main = loader.check_files(path, std::move(files), false);
  return prog;
}

}  // namespace

std::unique_ptr<Program> load_program(std::span<const std::string> args, const Config& config,
                                      base::SourceManager& sources, base::Diagnostics& diags) {
  std::vector<std::string> paths;
  std::string dir;
  std::error_code ec;
  if (args.size() == 1 && fs::is_directory(args[0], ec)) {
    dir = args[0];
    paths = go_files_in(dir);
    if (paths.empty()) diags.error(Pos(), "no Go files in " + dir);
  } else {
    for (const std::string& a : args) {
      if (fs::is_directory(a, ec)) {
        diags.error(Pos(), "named files must be .go files: " + a);
        continue;
      }
      paths.push_back(a);
    }
    if (!paths.empty()) dir = fs::path(paths[0]).parent_path().string();
    if (dir.empty()) dir = ".";
  }
  std::vector<const base::SourceFile*> files;
  bool from_dir = args.size() == 1 && fs::is_directory(args[0], ec);
  for (const std::string& p : paths) {
    std::string err;
    const base::SourceFile* sf = sources.add_file(p, &err);
    if (sf == nullptr) {
      diags.error(Pos(), err);
      continue;
    }
    if (nul_in_header(sf->text())) {
      diags.error(Pos(), "reading " + p + ": unexpected NUL in input");
      continue;
    }
    // Files named on the command line are used as given (as go build does).
    if (from_dir && excluded_by_build_tags(sf->text())) continue;
    files.push_back(sf);
  }
  if (from_dir && files.empty() && !diags.has_errors()) diags.error(Pos(), "no Go files in " + dir);
  // go build: all files of a directory must be one package.
  if (from_dir) {
    std::string first_name, first_file;
    for (const base::SourceFile* sf : files) {
      std::string_view t = sf->text();
      size_t p = t.find("\npackage ");
      if (t.rfind("package ", 0) == 0) p = 0; else if (p != std::string_view::npos) ++p;
      if (p == std::string_view::npos) continue;
      size_t start = p + 8, end = start;
      while (end < t.size() && (std::isalnum(static_cast<unsigned char>(t[end])) || t[end] == '_')) ++end;
      std::string name(t.substr(start, end - start));
      std::string base_name = fs::path(std::string(sf->name())).filename().string();
      if (first_name.empty()) {
        first_name = name;
        first_file = base_name;
      } else if (name != first_name) {
        diags.error(Pos(), "found packages " + first_name + " (" + first_file + ") and " + name + " (" +
                               base_name + ") in " + dir);
        return std::make_unique<Program>(sources);
      }
    }
  }
  if (diags.has_errors() && files.empty()) return std::make_unique<Program>(sources);
  return run(std::move(files), config, sources, diags, dir);
}

std::unique_ptr<Program> check_files(std::span<const base::SourceFile* const> files, const Config& config,
                                     base::SourceManager& sources, base::Diagnostics& diags) {
  return run(std::vector<const base::SourceFile*>(files.begin(), files.end()), config, sources, diags, "");
}

}  // namespace gocxx::check
