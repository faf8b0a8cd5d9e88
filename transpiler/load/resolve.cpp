// This file implements import path resolution (resolve.h), after the Go
// 1.19 go command's modload.importFromModules for a build list of the main
// module, its local replacements and its vendor directory (no network, no
// module cache: gocxx builds only what is on disk).

#include "load/resolve.h"

#include <filesystem>
#include <fstream>
#include <iterator>

namespace gocxx::load {

namespace fs = std::filesystem;

namespace {

bool read_text(const fs::path& p, std::string* out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

// Whether dir exists and holds a .go file (modload's isDirWithGoFiles:
// build constraints do not matter here).
bool dir_with_go_files(const fs::path& dir) {
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    if (it->path().extension() == ".go" && it->is_regular_file(ec)) return true;
  }
  return false;
}

// The part of `path` after `prefix` ("" for path itself, "/x/y" below it),
// or false when path is not prefix or below it.
bool under(std::string_view path, std::string_view prefix, std::string_view* rest) {
  if (path.size() < prefix.size() || path.compare(0, prefix.size(), prefix) != 0) return false;
  if (path.size() > prefix.size() && path[prefix.size()] != '/') return false;
  *rest = path.substr(prefix.size());
  return true;
}

// Whether a directory below the module root belongs to another module (a
// go.mod between them).
bool in_nested_module(const fs::path& root, const fs::path& dir) {
  std::error_code ec;
  for (fs::path d = dir; d != root && d.has_relative_path() && d != d.parent_path();
       d = d.parent_path()) {
    if (fs::is_regular_file(d / "go.mod", ec)) return true;
  }
  return false;
}

// dir/rest normalized, without a trailing separator (rest may be "" or
// start with '/').
fs::path join(const fs::path& dir, std::string_view rest) {
  fs::path p = (rest.empty() ? dir : dir / std::string(rest.substr(1))).lexically_normal();
  if (!p.has_filename() && p.has_parent_path()) p = p.parent_path();
  return p;
}

std::string not_provided(const std::string& path) {
  return "no required module provides package " + path + "; to add it:\n\tgo get " + path;
}

}  // namespace

bool find_main_module(const std::string& dir, MainModule* m, std::string* error) {
  std::error_code ec;
  fs::path d = fs::absolute(dir, ec).lexically_normal();
  if (!d.has_filename()) d = d.parent_path();
  for (;;) {
    fs::path gomod = d / "go.mod";
    if (fs::is_regular_file(gomod, ec)) {
      m->root = d.string();
      m->gomod = gomod.string();
      std::string text;
      read_text(gomod, &text);
      std::vector<std::string> errors;
      if (!parse_go_mod(m->gomod, text, &m->mod, &errors)) {
        *error = "go: errors parsing go.mod:";
        for (const std::string& e : errors) *error += "\n" + e;
      } else if (m->mod.module.empty()) {
        *error =
            "go: no module declaration in go.mod. To specify the module path:\n"
            "\tgo mod edit -module=example.com/mod";
      }
      // Go 1.14 and later build from vendor/ by default when it is there.
      // "1.14" or later ("1.9" is older: compare numbers, which
      // valid_go_version made digits only; long ones are large).
      bool new_enough = false;
      if (std::string_view v = m->mod.go_version; !v.empty()) {
        std::string_view major = v.substr(0, v.find('.')), minor = v.substr(v.find('.') + 1);
        new_enough = major != "1" || minor.size() > 2 || (minor.size() == 2 && minor >= "14");
      }
      m->vendor = new_enough && fs::is_regular_file(d / "vendor" / "modules.txt", ec);
      if (m->vendor && error->empty()) {
        std::string list;
        read_text(d / "vendor" / "modules.txt", &list);
        std::vector<std::string> bad = vendor_inconsistencies(m->mod, parse_modules_txt(list));
        if (!bad.empty()) {
          *error = "go: inconsistent vendoring in " + m->root + ":";
          for (const std::string& b : bad) *error += "\n\t" + b;
          *error +=
              "\n\n\tTo ignore the vendor directory, use -mod=readonly or -mod=mod."
              "\n\tTo sync the vendor directory, run:\n\t\tgo mod vendor";
        }
      }
      return true;
    }
    if (d == d.parent_path() || !d.has_relative_path()) return false;
    d = d.parent_path();
  }
}

bool is_std_path(std::string_view path) {
  std::string_view first = path.substr(0, path.find('/'));
  return first.find('.') == std::string_view::npos;
}

bool internal_allowed(std::string_view importer, bool importer_is_std, std::string_view path) {
  // The parent of the last "internal" element must be a prefix of importer.
  size_t at = std::string_view::npos;
  for (size_t i = 0; (i = path.find("internal", i)) != std::string_view::npos; i += 8) {
    bool starts = i == 0 || path[i - 1] == '/';
    bool ends = i + 8 == path.size() || path[i + 8] == '/';
    if (starts && ends) at = i;
  }
  if (at == std::string_view::npos) return true;
  std::string_view parent = at == 0 ? std::string_view() : path.substr(0, at - 1);
  if (parent.empty()) return importer_is_std;  // "internal/x" is the standard library's
  std::string_view rest;
  return under(importer, parent, &rest);
}

Resolver::Found Resolver::resolve(const std::string& path) const {
  Found f;
  std::error_code ec;
  bool std_path = is_std_path(path);
  if (std_path && !std_root_.empty() && dir_with_go_files(fs::path(std_root_) / path)) {
    f.dir = (fs::path(std_root_) / path).string();
    f.is_std = true;
    return f;
  }
  std::string goroot_error =
      "package " + path + " is not in GOROOT (" + (fs::path(std_root_) / path).string() + ")";
  if (main_ == nullptr) {
    if (bundled(path, &f)) return f;
    f.error = std_path ? goroot_error
                       : "no required module provides package " + path +
                             ": go.mod file not found in current directory or any parent "
                             "directory; see 'go help modules'";
    return f;
  }
  std::string_view rest;
  if (under(path, main_->mod.module, &rest)) {
    fs::path dir = join(main_->root, rest);
    if (dir_with_go_files(dir) && !in_nested_module(main_->root, dir)) {
      f.dir = dir.string();
      return f;
    }
  }
  if (main_->vendor && !std_path) {
    fs::path dir = fs::path(main_->root) / "vendor" / path;
    if (dir_with_go_files(dir)) {
      f.dir = dir.string();
    } else if (!bundled(path, &f)) {
      f.error = "cannot find package \".\" in:\n\t" + dir.string();
    }
    return f;
  }
  // The longest replaced module path that contains the package.
  const ModReplace* best = nullptr;
  std::string_view best_rest;
  for (const ModReplace& r : main_->mod.replaces) {
    if (r.local() && under(path, r.old_path, &rest) &&
        (best == nullptr || r.old_path.size() > best->old_path.size())) {
      best = &r;
      best_rest = rest;
    }
  }
  if (best != nullptr) {
    fs::path base = fs::path(best->new_path).is_absolute() ? fs::path(best->new_path)
                                                           : fs::path(main_->root) / best->new_path;
    fs::path dir = join(base, best_rest);
    if (dir_with_go_files(dir) && !in_nested_module(join(base, ""), dir)) {
      if (!main_->mod.required(best->old_path)) {
        f.error = "module " + best->old_path + " provides package " + path +
                  " and is replaced but not required; to add it:\n\tgo get " + best->old_path;
        return f;
      }
      f.dir = dir.string();
      return f;
    }
  }
  if (!bundled(path, &f)) f.error = std_path ? goroot_error : not_provided(path);
  return f;
}

bool Resolver::bundled(const std::string& path, Found* f) const {
  fs::path dir = fs::path(std_root_) / path;
  if (std_root_.empty() || is_std_path(path) || !dir_with_go_files(dir)) return false;
  f->dir = dir.string();
  f->is_std = true;
  return true;
}

std::string Resolver::dir_import_path(const std::string& dir) const {
  std::error_code ec;
  fs::path d = fs::absolute(dir, ec).lexically_normal();
  if (!d.has_filename()) d = d.parent_path();
  auto rel_under = [&](const std::string& root, std::string* out) {
    fs::path rel = d.lexically_relative(root);
    if (rel.empty() || *rel.begin() == "..") return false;
    *out = rel == "." ? "" : rel.generic_string();
    return true;
  };
  std::string rel;
  if (main_ != nullptr && rel_under(main_->root, &rel) && !in_nested_module(main_->root, d)) {
    return rel.empty() ? main_->mod.module : main_->mod.module + "/" + rel;
  }
  if (!std_root_.empty() && rel_under(std_root_, &rel) && !rel.empty()) return rel;
  return "";
}

}  // namespace gocxx::load
