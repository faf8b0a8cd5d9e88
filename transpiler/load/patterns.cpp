// This file implements package patterns (patterns.h), after the go
// command's search.MatchDirs / MatchPackages in module mode.

#include "load/patterns.h"

#include <algorithm>
#include <filesystem>

#include "load/files.h"

namespace gocxx::load {

namespace fs = std::filesystem;

namespace {

// Whether a directory holds a package for ctx: its files are not all
// excluded (a wildcard skips those silently, as the go command does).
bool holds_package(const fs::path& dir, const BuildContext& ctx) {
  PackageFiles pf = scan_package_dir(dir.string(), ctx, false);
  if (!pf.go_files.empty()) return true;
  return !pf.error.empty() && pf.error.rfind("no Go files", 0) != 0 &&
         pf.error.rfind("build constraints exclude", 0) != 0 &&
         pf.error.rfind("no non-test", 0) != 0;
}

void walk(const fs::path& dir, const fs::path& top, const Resolver& resolver,
          const BuildContext& ctx, std::vector<PatternMatch>* out) {
  std::error_code ec;
  if (dir != top && fs::is_regular_file(dir / "go.mod", ec)) return;  // another module
  if (holds_package(dir, ctx))
    out->push_back({dir.string(), resolver.dir_import_path(dir.string())});
  std::vector<fs::path> subdirs;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!it->is_directory(ec) || name[0] == '.' || name[0] == '_' || name == "testdata" ||
        name == "vendor")
      continue;
    subdirs.push_back(it->path());
  }
  std::sort(subdirs.begin(), subdirs.end());
  for (const fs::path& d : subdirs) walk(d, top, resolver, ctx, out);
}

}  // namespace

bool is_local_pattern(const std::string& arg) {
  return arg == "." || arg == ".." || arg.rfind("./", 0) == 0 || arg.rfind("../", 0) == 0 ||
         arg.rfind("/", 0) == 0;
}

std::vector<PatternMatch> match_pattern(const std::string& pattern, const Resolver& resolver,
                                        const BuildContext& ctx, std::string* error) {
  std::vector<PatternMatch> out;
  std::error_code ec;
  bool wildcard = pattern == "..." ||
                  (pattern.size() >= 4 && pattern.compare(pattern.size() - 4, 4, "/...") == 0);
  std::string base =
      wildcard ? pattern.substr(0, pattern.size() >= 4 ? pattern.size() - 4 : 0) : pattern;
  if (is_local_pattern(pattern)) {
    fs::path dir = fs::absolute(base.empty() ? "." : base, ec).lexically_normal();
    if (dir.has_parent_path() && !dir.has_filename()) dir = dir.parent_path();
    if (!wildcard) {
      if (!fs::is_directory(dir, ec)) {
        // The go command's words in a module; outside one, the system's.
        *error =
            "stat " + dir.string() +
            (resolver.main() != nullptr ? ": directory not found" : ": no such file or directory");
        return out;
      }
      out.push_back({dir.string(), resolver.dir_import_path(dir.string())});
      return out;
    }
    walk(dir, dir, resolver, ctx, &out);
  } else if (wildcard && resolver.main() != nullptr) {
    // example.com/m/... : the main module's directories below that path.
    const std::string& mod = resolver.main()->mod.module;
    if (base == mod || base.rfind(mod + "/", 0) == 0) {
      fs::path dir =
          fs::path(resolver.main()->root) / base.substr(std::min(base.size(), mod.size() + 1));
      if (fs::is_directory(dir, ec))
        walk(dir.lexically_normal(), dir.lexically_normal(), resolver, ctx, &out);
    }
  } else {
    Resolver::Found f = resolver.resolve(pattern);
    if (f.dir.empty()) {
      *error = f.error;
      return out;
    }
    out.push_back({f.dir, pattern});
    return out;
  }
  if (out.empty()) *error = "go: warning: \"" + pattern + "\" matched no packages";
  return out;
}

}  // namespace gocxx::load
