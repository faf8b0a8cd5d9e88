// This file implements SourceManager: loading buffers into the shared
// position space and decoding positions into line:column.

#include "base/source_manager.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <limits>

namespace gocxx::base {

namespace {

// errno text as Go's syscall.Errno prints it: strerror's, first letter in
// lower case ("no such file or directory").
std::string go_errno_text(int err) {
  std::string text = std::strerror(err);
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z')
    text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

}  // namespace

SourceFile::SourceFile(std::string name, std::string text, uint32_t base, uint32_t index)
    : name_(std::move(name)), text_(std::move(text)), base_(base), index_(index) {
  line_starts_.push_back(0);
  const char* begin = text_.data();
  const char* end = begin + text_.size();
  for (const char* p = begin; p < end;) {
    const void* nl = std::memchr(p, '\n', static_cast<size_t>(end - p));
    if (nl == nullptr) break;
    p = static_cast<const char*>(nl) + 1;
    line_starts_.push_back(static_cast<uint32_t>(p - begin));
  }
}

Location SourceFile::location(uint32_t offset) const {
  // upper_bound finds the first line starting after offset; the line before
  // it is the one containing offset.
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  uint32_t line = static_cast<uint32_t>(it - line_starts_.begin());
  uint32_t column = offset - line_starts_[line - 1] + 1;
  return Location{this, line, column};
}

std::string_view SourceFile::line_text(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  uint32_t start = line_starts_[line - 1];
  uint32_t end = line < line_starts_.size() ? line_starts_[line] - 1 : size();
  std::string_view text(text_.data() + start, end - start);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  return text;
}

const SourceFile* SourceManager::add_file(const std::string& path, std::string* error) {
  if (reuse_files) {
    for (const auto& f : files_) {
      if (f->name() == path) return f.get();
    }
  }
  std::FILE* in = std::fopen(path.c_str(), "rb");
  if (in == nullptr) {
    *error = "open " + path + ": " + go_errno_text(errno);
    return nullptr;
  }
  // Only regular files: a directory opens fine on Linux, but its "size" is
  // meaningless (ftell gives about 2^63) and reading it fails.
  struct stat st {};
  if (fstat(fileno(in), &st) != 0 || !S_ISREG(st.st_mode)) {
    *error =
        "read " + path + ": " +
        (S_ISDIR(st.st_mode) ? std::string("is a directory") : std::string("not a regular file"));
    std::fclose(in);
    return nullptr;
  }
  // Size the buffer once from the file size (growing it would zero-fill and
  // copy it repeatedly), then keep reading in case the file grew.
  std::string contents;
  size_t used = 0;
  if (std::fseek(in, 0, SEEK_END) == 0) {
    long size = std::ftell(in);
    if (size > 0) contents.resize(static_cast<size_t>(size));
    std::rewind(in);
  }
  for (;;) {
    if (used == contents.size()) contents.resize(used + 64 * 1024);
    size_t n = std::fread(contents.data() + used, 1, contents.size() - used, in);
    used += n;
    if (n == 0) break;
  }
  if (std::ferror(in)) {
    *error = "read " + path + ": " + go_errno_text(errno);
    std::fclose(in);
    return nullptr;
  }
  std::fclose(in);
  contents.resize(used);
  const SourceFile* file = add_buffer(path, std::move(contents));
  if (file == nullptr) *error = path + ": too much source (more than 4 GiB in total)";
  return file;
}

const SourceFile* SourceManager::add_buffer(std::string name, std::string text) {
  // +1 reserves the EOF position so consecutive files never share a Pos.
  uint64_t end = next_base_ + text.size() + 1;
  if (end > std::numeric_limits<uint32_t>::max()) return nullptr;
  auto index = static_cast<uint32_t>(files_.size());
  files_.push_back(std::make_unique<SourceFile>(std::move(name), std::move(text),
                                                static_cast<uint32_t>(next_base_), index));
  next_base_ = end;
  return files_.back().get();
}

const SourceFile* SourceManager::file_of(Pos pos) const {
  if (!pos.is_valid()) return nullptr;
  // Files are sorted by base; find the last one starting at or before pos.
  auto it = std::upper_bound(
      files_.begin(), files_.end(), pos.raw(),
      [](uint32_t raw, const std::unique_ptr<SourceFile>& f) { return raw < f->base().raw(); });
  if (it == files_.begin()) return nullptr;
  const SourceFile* file = std::prev(it)->get();
  return file->contains(pos) ? file : nullptr;
}

Location SourceManager::location(Pos pos) const {
  const SourceFile* file = file_of(pos);
  if (file == nullptr) return Location{};
  return file->location(file->offset_of(pos));
}

}  // namespace gocxx::base
