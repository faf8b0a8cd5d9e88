// This file implements the package loader: the main package from the
// command line and its imports, each parsed and checked once, in dependency
// order. Which directory an import path names and which of its files make
// up the package is load/'s business (the go command's rules).

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "check/checker.h"
#include "load/files.h"
#include "load/resolve.h"
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

// Reports an error whose text may run over several lines (the go
// command's "...; to add it:\n\tgo get x"): the first is the message, the
// others follow it.
void report_lines(base::Diagnostics& diags, Pos pos, const std::string& text) {
  size_t nl = text.find('\n');
  auto b = diags.error(pos, text.substr(0, nl));
  while (nl != std::string::npos) {
    size_t next = text.find('\n', nl + 1);
    b.note(text.substr(nl + 1, next == std::string::npos ? std::string::npos : next - nl - 1));
    nl = next;
  }
}

}  // namespace

std::string Loader::go_path(const Package* pkg) const {
  // Only the root package can be package main (the go command refuses to
  // import one), and it is being checked while its imports load.
  return pkg->path == "main" ? prog_.main_import_path : pkg->path;
}

void Loader::register_package(const std::string& path, Package* pkg) {
  if (pkg == nullptr) {
    in_progress_.insert(path);
    return;
  }
  in_progress_.erase(path);
  loaded_[path] = pkg;
}

bool Loader::parse_files(const std::vector<std::string>& paths, Pos pos,
                         std::vector<ast::File*>* out) {
  size_t errors_before = syntax_errors(diags_);
  for (const std::string& f : paths) {
    std::string err;
    const base::SourceFile* sf = prog_.sources.add_file(f, &err);
    if (sf == nullptr) {
      diags_.error(pos, err);
      continue;
    }
    parse::ParseOptions opts;
    opts.strict = config_.strict;
    out->push_back(parse::parse_file(*sf, diags_, prog_.arena, opts));
  }
  return syntax_errors(diags_) == errors_before;
}

Package* Loader::import(const std::string& path, Pos pos, const Package* importer) {
  // Checked on every import, not only the first (the go command reports
  // each importer).
  bool generated_main = config_.test_main && importer != nullptr && importer->path == "main";
  if (importer != nullptr && !generated_main &&
      !load::internal_allowed(go_path(importer), importer->is_std, path)) {
    diags_.error(pos, "use of internal package " + path + " not allowed");
    return nullptr;
  }
  if (auto it = loaded_.find(path); it != loaded_.end()) return it->second;
  if (in_progress_.count(path) != 0) {
    diags_.error(pos, "import cycle not allowed");
    return nullptr;
  }
  // A package given by its files (gocxx test: the package under test with its _test.go
  // files, its external test package) is not looked up.
  for (const GivenPackage& g : config_.given) {
    if (g.path != path) continue;
    std::vector<ast::File*> files;
    if (!parse_files(g.files, pos, &files)) {
      loaded_[path] = nullptr;
      return nullptr;
    }
    in_progress_.insert(path);
    Package* pkg = check_files(path, std::move(files), false);
    in_progress_.erase(path);
    loaded_[path] = pkg;
    return pkg;
  }
  load::Resolver::Found found = resolver_.resolve(path);
  if (found.dir.empty()) {
    report_lines(diags_, pos, found.error);
    loaded_[path] = nullptr;
    return nullptr;
  }
  load::PackageFiles pf = load::scan_package_dir(found.dir, config_.build, false);
  // Positions in the module's packages print as the go command prints them:
  // relative to the working directory when that is shorter.
  if (!found.is_std) {
    for (std::string& f : pf.go_files) f = load::short_path(f);
  }
  std::vector<ast::File*> files;
  if (!pf.error.empty() || !parse_files(pf.go_files, pos, &files)) {
    if (!pf.error.empty()) report_lines(diags_, pos, pf.error);
    loaded_[path] = nullptr;
    return nullptr;
  }
  in_progress_.insert(path);
  Package* pkg = check_files(path, std::move(files), found.is_std);
  in_progress_.erase(path);
  loaded_[path] = pkg;
  return pkg;
}

Package* Loader::check_files(const std::string& path, std::vector<ast::File*> files, bool is_std) {
  // The package's name is that of its first file not named _ (types2's
  // initFiles: `package _` is an error, and such a file is kept).
  std::string name;
  for (ast::File* f : files) {
    if (f->package_name != nullptr && (name.empty() || name == "_"))
      name = std::string(f->package_name->name);
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
      diags_.error(f->package_name->pos,
                   "package " + std::string(fname) + "; expected package " + std::string(pname));
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

// What the command line named: the root package's files and where it lives.
struct Root {
  std::vector<const base::SourceFile*> files;
  std::vector<std::string> test_files, xtest_files;  // with Config::tests
  std::string dir;                                   // "" for check_files
};

// Checks the root package (and with Config::tests its external test
// package) with imports resolved from the module around root.dir.
std::unique_ptr<Program> run(const Root& root, const Config& config, base::SourceManager& sources,
                             base::Diagnostics& diags) {
  auto prog = std::make_unique<Program>(sources);
  load::MainModule module;
  bool in_module = false;
  // go.mod is looked for from the main package's directory, or from Config::module_dir
  // (gocxx test: the generated main lives in the cache, the package under test does not).
  std::string module_from = config.module_dir.empty() ? root.dir : config.module_dir;
  if (!module_from.empty()) {
    std::string err;
    in_module = load::find_main_module(module_from, &module, &err);
    if (!err.empty()) {
      report_lines(diags, Pos(), err);
      return prog;
    }
  }
  load::Resolver resolver(config.std_root, in_module ? &module : nullptr);
  Loader loader(*prog, config, diags, resolver);
  prog->main_import_path = in_module ? resolver.dir_import_path(root.dir) : "";
  if (prog->main_import_path.empty()) prog->main_import_path = "command-line-arguments";
  std::vector<ast::File*> files;
  size_t errors_before = syntax_errors(diags);
  for (const base::SourceFile* sf : root.files) {
    parse::ParseOptions opts;
    opts.strict = config.strict;
    files.push_back(parse::parse_file(*sf, diags, prog->arena, opts));
  }
  bool parsed = loader.parse_files(root.test_files, Pos(), &files);
  // Like gc, a package with syntax errors is not type-checked.
  if (!parsed || syntax_errors(diags) > errors_before) return prog;
  // A package main is "main" to the compiler; any other keeps its path.
  bool is_main = false;
  for (ast::File* f : files) {
    if (f->package_name != nullptr && f->package_name->name == "main") is_main = true;
  }
  std::string path = is_main || root.dir.empty() ? "main" : prog->main_import_path;
  // In progress while it is checked, so that an import of it is a cycle.
  loader.register_package(prog->main_import_path, nullptr);
  prog->main = loader.check_files(path, std::move(files), false);
  loader.register_package(prog->main_import_path, prog->main);
  if (!root.xtest_files.empty()) {
    std::vector<ast::File*> xfiles;
    if (!loader.parse_files(root.xtest_files, Pos(), &xfiles)) return prog;
    prog->xtest = loader.check_files(prog->main_import_path + "_test", std::move(xfiles), false);
  }
  return prog;
}

}  // namespace

std::unique_ptr<Program> load_program(std::span<const std::string> args, const Config& config,
                                      base::SourceManager& sources, base::Diagnostics& diags) {
  std::vector<std::string> paths;
  Root root;
  std::error_code ec;
  bool from_dir = args.size() == 1 && fs::is_directory(args[0], ec);
  if (from_dir) {
    root.dir = args[0];
    load::PackageFiles pf = load::scan_package_dir(root.dir, config.build, config.tests);
    if (!pf.error.empty()) {
      report_lines(diags, Pos(), pf.error);
      return std::make_unique<Program>(sources);
    }
    paths = pf.go_files;
    root.test_files = pf.test_go_files;
    root.xtest_files = pf.xtest_go_files;
  } else {
    for (const std::string& a : args) {
      if (fs::is_directory(a, ec)) {
        diags.error(Pos(), "named files must be .go files: " + a);
        continue;
      }
      paths.push_back(a);
    }
    if (!paths.empty()) root.dir = fs::path(paths[0]).parent_path().string();
    if (root.dir.empty()) root.dir = ".";
  }
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
    root.files.push_back(sf);
  }
  if (diags.has_errors() && root.files.empty()) return std::make_unique<Program>(sources);
  return run(root, config, sources, diags);
}

std::unique_ptr<Program> check_files(std::span<const base::SourceFile* const> files,
                                     const Config& config, base::SourceManager& sources,
                                     base::Diagnostics& diags) {
  Root root;
  root.files.assign(files.begin(), files.end());
  return run(root, config, sources, diags);
}

}  // namespace gocxx::check
