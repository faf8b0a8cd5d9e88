// This file implements `gocxx translate -outdir DIR` (outdir.h).

#include "driver/outdir.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/stack.h"
#include "driver/cache.h"
#include "driver/cache_entry.h"
#include "driver/driver.h"

namespace gocxx::driver {

namespace fs = std::filesystem;

namespace {

constexpr const char* kListing = "gocxx_outputs.txt";
constexpr const char* kStamp = "gocxx.stamp";

std::string read_text(const fs::path& p, bool* exists) {
  std::ifstream in(p, std::ios::binary);
  *exists = static_cast<bool>(in);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Writes `text` unless the file already holds it (its time then stays, and
// with it the build system's view that nothing changed).
bool write_if_changed(const fs::path& p, const std::string& text) {
  bool exists = false;
  if (read_text(p, &exists) == text && exists) return true;
  std::error_code ec;
  fs::create_directories(p.parent_path(), ec);
  std::string err;
  if (write_atomic(p, text, &err)) return true;
  std::fprintf(stderr, "gocxx translate: %s\n", err.c_str());
  return false;
}

}  // namespace

std::vector<std::string> outdir_listing(const lower::Output& out) {
  std::vector<std::string> lines;
  // Standard-library units are "stdcpp"/"stdh": a build system may precompile
  // those headers for the program's own units, as `gocxx build` does.
  for (const lower::Unit& u : out.units) {
    lines.push_back(std::string(u.is_std ? "stdcpp " : "cpp ") + u.name + ".cpp");
    lines.push_back(std::string(u.is_std ? "stdh" : "h") + " gocxx_pkg/" + u.name + ".h");
  }
  // A library package has no entry point.
  if (!out.main_source.empty()) lines.push_back("cpp gocxx_main.cpp");
  // A standard package whose C++ needs a system library names it in
  // runtime/std/<path>/extern.link (net/http: -lcurl), as `gocxx build` links.
  for (const lower::Unit& u : out.units) {
    if (!u.is_std) continue;
    std::ifstream link(fs::path(std_root()) / u.path / "extern.link");
    for (std::string arg; link >> arg;) lines.push_back("link " + arg);
  }
  return lines;
}

int write_outdir(const lower::Output& out, const BuildOptions& opts) {
  fs::path dir(opts.outdir);
  std::string listing;
  for (const std::string& ln : outdir_listing(out)) listing += ln + "\n";
  bool had_listing = false;
  std::string old = read_text(dir / kListing, &had_listing);
  if (!write_if_changed(dir / kListing, listing)) return kExitErrors;
  if (opts.list_outputs) {
    std::fwrite(listing.data(), 1, listing.size(), stdout);
    return kExitOk;
  }
  // clang-format recurses on deeply nested code: give it the big stack.
  bool ok = true;
  base::run_with_stack(base::kLargeStack, [&] {
    for (const lower::Unit& u : out.units) {
      ok = ok && write_if_changed(dir / "gocxx_pkg" / (u.name + ".h"), format_cached(u.header));
      ok = ok && write_if_changed(dir / (u.name + ".cpp"), format_cached(u.source));
    }
    if (!out.main_source.empty())
      ok = ok && write_if_changed(dir / "gocxx_main.cpp", format_cached(out.main_source));
  });
  if (!ok) return kExitErrors;
  std::string err;
  if (!write_atomic(dir / kStamp, "", &err)) {
    std::fprintf(stderr, "gocxx translate: %s\n", err.c_str());
    return kExitErrors;
  }
  if (had_listing && old != listing) {
    std::fprintf(stderr,
                 "gocxx translate: the program's packages changed since %s was read (an import "
                 "added or removed); build again so that the build system reads the new list\n",
                 (dir / kListing).c_str());
    return kExitErrors;
  }
  return kExitOk;
}

}  // namespace gocxx::driver
