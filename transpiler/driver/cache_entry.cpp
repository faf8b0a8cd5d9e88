// This file implements the verified cache entries (cache_entry.h).

#include "driver/cache_entry.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "driver/cache.h"
#include "driver/process.h"

namespace gocxx::driver {

namespace fs = std::filesystem;

namespace {

constexpr const char* kMagic = "gocxx-cache-v1";

// 8 bytes a step (FNV-1a a byte a step read a binary in ~10 ms): integrity,
// not security.
uint64_t mix(uint64_t h, uint64_t w) {
  h ^= w;
  h *= 0x9E3779B97F4A7C15ULL;
  return h ^ (h >> 29);
}

}  // namespace

bool digest_file(const fs::path& path, Digest* out) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  uint64_t h = 0x6A09E667F3BCC908ULL, size = 0;
  static thread_local char buf[1 << 16];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      close(fd);
      return false;
    }
    if (n == 0) break;
    size_t i = 0;
    for (; i + 8 <= static_cast<size_t>(n); i += 8) {
      uint64_t w;
      std::memcpy(&w, buf + i, 8);
      h = mix(h, w);
    }
    for (; i < static_cast<size_t>(n); i++) h = mix(h, static_cast<unsigned char>(buf[i]));
    size += static_cast<uint64_t>(n);
  }
  close(fd);
  out->hash = mix(h, size);
  out->size = size;
  return true;
}

std::string lower_message(const std::string& msg) {
  std::string m = msg;
  if (!m.empty()) m[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(m[0])));
  return m;
}

bool write_atomic(const fs::path& path, const std::string& text, std::string* err) {
  fs::path tmp = path.string() + "." + std::to_string(getpid()) + ".tmp";
  // Registered before it exists: a SIGINT meanwhile removes it (process.h).
  ScopedCleanup cleanup(tmp.string());
  int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    *err = path.parent_path().string() + ": " + lower_message(std::strerror(errno));
    return false;
  }
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      *err =
          "writing " + path.string() + ": " + lower_message(std::strerror(n < 0 ? errno : ENOSPC));
      close(fd);
      unlink(tmp.c_str());
      return false;
    }
    done += static_cast<size_t>(n);
  }
  if (close(fd) != 0) {
    *err = "writing " + path.string() + ": " + lower_message(std::strerror(errno));
    unlink(tmp.c_str());
    return false;
  }
  if (rename(tmp.c_str(), path.c_str()) != 0) {
    *err = "writing " + path.string() + ": " + lower_message(std::strerror(errno));
    unlink(tmp.c_str());
    return false;
  }
  return true;
}

std::string cache_lookup(const fs::path& index, std::string* extra) {
  std::ifstream in(index, std::ios::binary);
  if (!in) return "";
  std::string magic, hash, name;
  uint64_t size = 0;
  std::string line;
  if (!std::getline(in, line)) return "";
  std::istringstream ls(line);
  if (!(ls >> magic >> hash >> size >> name) || magic != kMagic) return "";
  std::stringstream rest;
  rest << in.rdbuf();
  // The index's extra text is covered by its own hash (the second word of
  // the data name's hash would not see it).
  std::string text = rest.str();
  std::string want_extra;
  if (!(ls >> want_extra) || want_extra != hex64(fnv(text))) return "";
  fs::path data = index.parent_path() / name;
  Digest d;
  if (!digest_file(data, &d) || d.size != size || hex64(d.hash) != hash) return "";
  if (extra != nullptr) *extra = std::move(text);
  return data.lexically_normal().string();
}

std::string cache_link(const fs::path& index, const fs::path& data, const Digest& d,
                       const std::string& extra, std::string* err) {
  fs::path rel = data.lexically_relative(index.parent_path());
  std::string text = std::string(kMagic) + " " + hex64(d.hash) + " " + std::to_string(d.size) +
                     " " + rel.string() + " " + hex64(fnv(extra)) + "\n" + extra;
  if (!write_atomic(index, text, err)) return "";
  return data.string();
}

std::string cache_store(const fs::path& index, const fs::path& tmp, const std::string& ext,
                        const std::string& extra, std::string* err) {
  Digest d;
  if (!digest_file(tmp, &d)) {
    *err = "reading " + tmp.string() + ": " + lower_message(std::strerror(errno));
    return "";
  }
  fs::path data = index.parent_path() / (index.stem().string() + "-" + hex64(d.hash) + ext);
  std::error_code ec;
  fs::rename(tmp, data, ec);
  if (ec) {
    *err = "writing " + data.string() + ": " + lower_message(ec.message());
    return "";
  }
  return cache_link(index, data, d, extra, err);
}

}  // namespace gocxx::driver
