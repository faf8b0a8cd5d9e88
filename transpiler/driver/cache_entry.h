// This file declares the verified entries of the build cache. A cache file
// can be truncated or garbled (a full disk, a crash, a user's editor); using
// it gave a binary that segfaulted, build after build. So each entry is a
// small index file written atomically (temporary file + rename):
//   gocxx-cache-v1 HASH SIZE DATA
//   <extra text, e.g. a binary's dependency list>
// where DATA names the data file (relative to the index's directory), whose
// content has that 64-bit hash and size. The data file's name carries the
// hash, so concurrent writers of one key never overwrite each other's data
// with a different content, and an index always describes the data it
// names. A lookup that finds a mismatch treats the entry as missing; the
// rebuild replaces it.

#ifndef GOCXX_DRIVER_CACHE_ENTRY_H_
#define GOCXX_DRIVER_CACHE_ENTRY_H_

#include <cstdint>
#include <filesystem>
#include <string>

namespace gocxx::driver {

struct Digest {
  uint64_t hash = 0;
  uint64_t size = 0;
};

// The digest of a file's content; false if it cannot be read.
bool digest_file(const std::filesystem::path& path, Digest* out);

// The data file of the valid entry `index` (its extra text in *extra when
// not null), or "" when there is none or it does not verify.
std::string cache_lookup(const std::filesystem::path& index, std::string* extra = nullptr);

// Moves `tmp` into the cache as the data of entry `index` (named
// index-stem-HASH.ext beside it, ext taken from `ext`) and writes the index.
// Returns the data file's path, or "" with the reason in *err.
std::string cache_store(const std::filesystem::path& index, const std::filesystem::path& tmp,
                        const std::string& ext, const std::string& extra, std::string* err);

// Writes entry `index` for an existing data file (already verified, e.g.
// the binary another index names). "" with *err on failure.
std::string cache_link(const std::filesystem::path& index, const std::filesystem::path& data,
                       const Digest& d, const std::string& extra, std::string* err);

// Writes `text` to `path` through a temporary file in the same directory and
// a rename; false with the reason in *err ("no space left on device").
bool write_atomic(const std::filesystem::path& path, const std::string& text, std::string* err);

// An errno or error_code message as Go prints them: lower case.
std::string lower_message(const std::string& msg);

}  // namespace gocxx::driver

#endif  // GOCXX_DRIVER_CACHE_ENTRY_H_
