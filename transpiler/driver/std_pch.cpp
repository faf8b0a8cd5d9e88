// This file implements the precompiled standard-library headers (std_pch.h).
//
// Layout of one entry, pch-std/ENV/KEY/ (ENV hashes the compiler, flags and
// runtime; KEY the headers' names and texts):
//   gch.entry           the verified index of gocxx_std.h.gch (cache_entry.h),
//                       with the manifest as its extra text: "h NAME HASH" per
//                       header and "g GUARD HASH" per guarded block,
//                       HASH = fnv(text)
//   gocxx_pkg/NAME.h    copies of the headers
//   gocxx_std.h         includes the runtime and every gocxx_pkg/NAME.h
//   gocxx_std.h.gch     the precompiled header
// A unit compiled with `-include .../gocxx_std.h` then meets its own
// `#include "gocxx_pkg/fmt.h"` with fmt's include guard already defined.

#include "driver/std_pch.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string_view>

#include "driver/cache.h"
#include "driver/cache_entry.h"
#include "driver/process.h"

namespace gocxx::driver {

namespace fs = std::filesystem;

namespace {

using Hashes = std::map<std::string, std::string>;

// Adds each `#ifndef GOCXX_DEF_x` / `#ifndef GOCXX_DESC_x` block of `text`
// (through its matching #endif) to `out`, by guard.
void add_guarded_blocks(std::string_view text, Hashes& out) {
  size_t pos = 0;
  while ((pos = text.find("#ifndef GOCXX_", pos)) != std::string_view::npos) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) return;
    std::string_view guard = text.substr(pos + 8, eol - pos - 8);
    if (guard.rfind("GOCXX_DEF_", 0) != 0 && guard.rfind("GOCXX_DESC_", 0) != 0) {
      pos = eol;
      continue;
    }
    // The block ends at the #endif that closes it (blocks may hold #if lines).
    int depth = 1;
    size_t p = eol + 1;
    while (depth > 0 && p < text.size()) {
      size_t e = text.find('\n', p);
      if (e == std::string_view::npos) e = text.size();
      std::string_view ln = text.substr(p, e - p);
      if (ln.rfind("#if", 0) == 0)
        depth++;
      else if (ln.rfind("#endif", 0) == 0)
        depth--;
      p = e + 1;
    }
    out[std::string(guard)] = hex64(fnv(text.substr(pos, p - pos)));
    pos = p;
  }
}

struct Manifest {
  Hashes headers, guards;
};

// The manifest of a pch-std entry, from its verified index (gch.entry
// names the .gch and carries the manifest as its extra text); false if the
// entry does not verify.
bool read_manifest(const fs::path& dir, Manifest* out) {
  std::string text;
  if (cache_lookup(dir / "gch.entry", &text).empty()) return false;
  Manifest& m = *out;
  std::istringstream in(text);
  for (std::string kind, name, hash; in >> kind >> name >> hash;)
    (kind == "h" ? m.headers : m.guards)[name] = hash;
  return true;
}

// Every entry of `sub` that `all` has too has the same hash.
bool agrees(const Hashes& sub, const Hashes& all) {
  for (const auto& [name, hash] : sub) {
    auto it = all.find(name);
    if (it != all.end() && it->second != hash) return false;
  }
  return true;
}

}  // namespace

std::string find_std_pch(const std::vector<UnitHeader>& headers, uint64_t env_key) {
  if (const char* no = std::getenv("GOCXX_NO_PCH"); no != nullptr && *no != '\0') return "";
  Hashes have, guards;
  for (const UnitHeader& h : headers) {
    have[h.name] = hex64(fnv(h.text));
    add_guarded_blocks(h.text, guards);
  }
  fs::path best;
  size_t best_cover = 0, best_size = 0;
  std::error_code ec;
  for (const std::string& root : {prebuilt_cache_dir(), cache_dir()}) {
    if (root.empty()) continue;
    fs::path dir = fs::path(root) / "pch-std" / hex64(env_key);
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
      // KEY.PID.tmp is an entry being written: it is renamed away, under the
      // compiler that would use it.
      if (it->path().extension() == ".tmp") continue;
      Manifest m;
      if (!read_manifest(it->path(), &m)) continue;
      if (!agrees(m.headers, have) || !agrees(m.guards, guards)) continue;
      size_t cover = 0;
      for (const auto& [name, hash] : m.headers) cover += have.count(name);
      // The most of the program's headers; of those, the smallest to load.
      if (cover > best_cover ||
          (cover == best_cover && cover > 0 && m.headers.size() < best_size)) {
        best = it->path();
        best_cover = cover;
        best_size = m.headers.size();
      }
    }
    ec.clear();
  }
  return best.empty() ? "" : " -include " + quote((best / "gocxx_std.h").string());
}

void build_std_pch(const std::vector<UnitHeader>& headers, uint64_t env_key,
                   const std::string& compile, const std::string& include, bool print_commands) {
  uint64_t key = fnv("std-pch", env_key);
  for (const UnitHeader& h : headers) {
    if (h.is_std) key = fnv(h.text, fnv(h.name, key));
  }
  fs::path dir = fs::path(cache_dir()) / "pch-std" / hex64(env_key) / hex64(key);
  std::error_code ec;
  if (fs::exists(dir / "gch.entry", ec)) return;
  // Written beside the final directory and renamed into place, so that a
  // concurrent build never sees half an entry.
  fs::path tmp = dir.string() + "." + std::to_string(getpid()) + ".tmp";
  ScopedCleanup cleanup(tmp.string());
  fs::remove_all(tmp, ec);
  fs::create_directories(tmp / "gocxx_pkg", ec);
  std::string top = "#include \"gocxx/gocxx.h\"\n#include \"gocxx/support.h\"\n";
  std::string manifest;
  Hashes guards;
  for (const UnitHeader& h : headers) {
    if (!h.is_std) continue;
    std::ofstream(tmp / "gocxx_pkg" / (h.name + ".h"), std::ios::binary) << h.text;
    top += "#include \"gocxx_pkg/" + h.name + ".h\"\n";
    manifest += "h " + h.name + " " + hex64(fnv(h.text)) + "\n";
    add_guarded_blocks(h.text, guards);
  }
  if (manifest.empty()) return;
  for (const auto& [guard, hash] : guards) manifest += "g " + guard + " " + hash + "\n";
  std::ofstream(tmp / "gocxx_std.h", std::ios::binary) << top;
  std::string cmd = compile + " -x c++-header -I" + quote(include) + " -I" + quote(tmp.string()) +
                    " " + quote((tmp / "gocxx_std.h").string()) + " -o " +
                    quote((tmp / "gocxx_std.h.gch").string());
  if (print_commands) std::fprintf(stderr, "%s\n", cmd.c_str());
  std::string output, err;
  Digest d;
  fs::path gch = tmp / "gocxx_std.h.gch";
  if (run_command(cmd, &output) == 0 && digest_file(gch, &d) &&
      !cache_link(tmp / "gch.entry", gch, d, manifest, &err).empty()) {
    fs::rename(tmp, dir, ec);
    if (!ec) return;
  }
  fs::remove_all(tmp, ec);
}

}  // namespace gocxx::driver
