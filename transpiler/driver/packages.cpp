// This file implements the package arguments of the build commands
// (packages.h) on top of load/'s patterns and import path resolution.

#include "driver/packages.h"

#include <cstdio>
#include <filesystem>

#include "driver/driver.h"
#include "load/files.h"
#include "load/patterns.h"
#include "load/resolve.h"

namespace gocxx::driver {

namespace fs = std::filesystem;

namespace {

bool is_go_file(const std::string& a) {
  return a.size() > 3 && a.compare(a.size() - 3, 3, ".go") == 0;
}

}  // namespace

bool expand_packages(const std::vector<std::string>& args, const std::vector<std::string>& tags,
                     std::vector<PackageArg>* out) {
  std::error_code ec;
  if (!args.empty() && is_go_file(args[0])) {
    PackageArg p;
    p.inputs = args;
    p.is_main = true;
    out->push_back(p);
    return true;
  }
  load::MainModule module;
  std::string mod_error;
  bool in_module = load::find_main_module(".", &module, &mod_error);
  load::Resolver resolver(std_root(), in_module && mod_error.empty() ? &module : nullptr);
  load::BuildContext ctx;
  ctx.build_tags = tags;
  bool ok = true;
  for (const std::string& a : args) {
    // A directory given as such stays as written (outside any module too).
    bool plain_dir = a.find("...") == std::string::npos && fs::is_directory(a, ec);
    std::vector<load::PatternMatch> matches;
    if (plain_dir) {
      load::MainModule m;
      std::string err;
      bool has_mod = load::find_main_module(a, &m, &err);
      load::Resolver r(std_root(), has_mod ? &m : nullptr);
      matches.push_back({a, r.dir_import_path(a)});
    } else {
      if (!mod_error.empty() && !load::is_local_pattern(a)) {
        std::fprintf(stderr, "%s\n", mod_error.c_str());
        return false;
      }
      std::string err;
      matches = load::match_pattern(a, resolver, ctx, &err);
      if (!err.empty()) {
        std::fprintf(stderr, "%s\n", err.c_str());
        // A wildcard matching nothing is a warning to the go command.
        if (!matches.empty() || err.rfind("go: warning:", 0) != 0) ok = false;
        continue;
      }
    }
    for (const load::PatternMatch& m : matches) {
      std::string input = plain_dir ? m.dir : load::short_path(m.dir);
      bool seen = false;
      for (const PackageArg& p : *out) seen |= fs::equivalent(p.inputs[0], input, ec);
      if (seen) continue;
      PackageArg p;
      p.inputs = {input};
      p.import_path = m.import_path;
      p.is_main = load::scan_package_dir(input, ctx, false).name == "main";
      out->push_back(p);
    }
  }
  return ok;
}

std::string binary_name(const PackageArg& pkg) {
  if (!pkg.import_path.empty()) {
    std::string_view path = pkg.import_path;
    return std::string(path.substr(path.rfind('/') + 1));
  }
  fs::path first(pkg.inputs[0]);
  std::error_code ec;
  if (fs::is_directory(first, ec))
    return fs::absolute(first).lexically_normal().filename().string();
  std::string name = first.stem().string();
  if (name.empty()) name = fs::absolute(first).lexically_normal().parent_path().filename().string();
  return name;
}

std::vector<std::string> module_dirs(const std::vector<std::string>& inputs) {
  std::vector<std::string> dirs;
  if (inputs.empty()) return dirs;
  std::error_code ec;
  std::string dir =
      fs::is_directory(inputs[0], ec) ? inputs[0] : fs::path(inputs[0]).parent_path().string();
  load::MainModule m;
  std::string err;
  if (!load::find_main_module(dir.empty() ? "." : dir, &m, &err)) return dirs;
  dirs.push_back(m.root);
  for (const load::ModReplace& r : m.mod.replaces) {
    if (r.local()) dirs.push_back((fs::path(m.root) / r.new_path).lexically_normal().string());
  }
  return dirs;
}

std::vector<std::string> module_files(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  std::error_code ec;
  std::vector<std::string> dirs = module_dirs(inputs);
  for (size_t i = 0; i < dirs.size(); i++) {
    for (const char* name : {"go.mod", "vendor/modules.txt"}) {
      fs::path f = fs::path(dirs[i]) / name;
      if ((i == 0 || std::string_view(name) == "go.mod") && fs::is_regular_file(f, ec))
        files.push_back(f.string());
    }
  }
  return files;
}

}  // namespace gocxx::driver
