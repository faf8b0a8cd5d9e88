// This file implements the small helpers every C++ benchmark shares: printing the checksum line
// to stdout (as fmt.Printf does in the Go twin) and reading the resident set size.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

#include "gocxx/gocxx.h"

namespace bench {

// Writes one line to stdout in one write, like the Go twin's fmt.Printf.
inline void println_out(const std::string& s) { gocxx::write_fd(1, s + "\n"); }
inline void println_err(const std::string& s) { gocxx::write_fd(2, s + "\n"); }

inline std::string str(int64_t v) { return std::to_string(v); }

// VmRSS from /proc/self/status, in KiB (0 if unavailable).
inline int64_t rss_kb() {
  std::FILE* f = std::fopen("/proc/self/status", "r");
  if (!f) return 0;
  char line[256];
  int64_t kb = 0;
  while (std::fgets(line, sizeof line, f)) {
    if (std::strncmp(line, "VmRSS:", 6) == 0) {
      kb = std::strtoll(line + 6, nullptr, 10);
      break;
    }
  }
  std::fclose(f);
  return kb;
}

}  // namespace bench
