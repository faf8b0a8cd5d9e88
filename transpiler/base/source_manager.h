// This file implements SourceManager, the owner of every source buffer.
//
// Files (or in-memory buffers for tests and fuzzing) are laid out in one 32-bit
// address space, like go/token.FileSet: file i occupies [base_i, base_i + size]
// (the extra slot is its EOF position), and base_0 = 1 so that Pos 0 stays "no
// position". Buffers are never moved or freed while the SourceManager lives,
// so later phases may keep std::string_view slices of them (identifiers,
// literals) instead of copying.

#ifndef GOCXX_BASE_SOURCE_MANAGER_H_
#define GOCXX_BASE_SOURCE_MANAGER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/pos.h"

namespace gocxx::base {

// SourceFile is one loaded buffer. Its text is followed by a NUL byte that is
// not part of the text, so a scanner may read one byte past the end.
class SourceFile {
 public:
  SourceFile(std::string name, std::string text, uint32_t base, uint32_t index);

  // The name as given by the caller (a path from the command line, verbatim).
  std::string_view name() const { return name_; }
  std::string_view text() const { return text_; }
  uint32_t size() const { return static_cast<uint32_t>(text_.size()); }
  // Position of byte 0; the end-of-file position is base() + size().
  Pos base() const { return Pos(base_); }
  // Dense index of this file in its SourceManager (0, 1, ...).
  uint32_t index() const { return index_; }

  Pos pos_at(uint32_t offset) const { return Pos(base_ + offset); }
  uint32_t offset_of(Pos pos) const { return pos.raw() - base_; }
  bool contains(Pos pos) const { return pos.raw() >= base_ && pos.raw() <= base_ + size(); }

  // 1-based line and byte column of a byte offset in this file.
  Location location(uint32_t offset) const;
  // Text of 1-based `line` without its line terminator ("\n" or "\r\n").
  std::string_view line_text(uint32_t line) const;
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }

 private:
  std::string name_;
  std::string text_;
  uint32_t base_;
  uint32_t index_;
  // Offsets at which each line starts; built once at load (one memchr pass),
  // so decoding a position is a binary search and needs no mutable state.
  std::vector<uint32_t> line_starts_;
};

class SourceManager {
 public:
  SourceManager() = default;
  SourceManager(const SourceManager&) = delete;
  SourceManager& operator=(const SourceManager&) = delete;

  // Reads `path`. On failure returns null and stores a message in *error
  // (e.g. "open x.go: no such file or directory", as gc words it).
  const SourceFile* add_file(const std::string& path, std::string* error);
  // Adds an in-memory buffer under `name`. Returns null only if the address
  // space (4 GiB for all files together) is exhausted.
  const SourceFile* add_buffer(std::string name, std::string text);

  // The file containing pos, or null for an invalid or foreign Pos.
  const SourceFile* file_of(Pos pos) const;
  Location location(Pos pos) const;

  const std::vector<std::unique_ptr<SourceFile>>& files() const { return files_; }

  // When set, add_file returns the file already read under the same path:
  // packages checked one after another (gocxx check ./...) then share the
  // files of their common imports, and an error in one is reported once.
  bool reuse_files = false;

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
  uint64_t next_base_ = 1;
};

}  // namespace gocxx::base

#endif  // GOCXX_BASE_SOURCE_MANAGER_H_
