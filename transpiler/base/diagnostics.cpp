// This file implements Diagnostics: the one-error-per-line filter, sorting
// and gc-compatible rendering with a source excerpt and caret.

#include "base/diagnostics.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>

namespace gocxx::base {
namespace {

constexpr const char* kBold = "\033[1m";
constexpr const char* kRed = "\033[1;31m";
constexpr const char* kGreen = "\033[1;32m";
constexpr const char* kReset = "\033[0m";

// The caret line: whitespace that lines up under `column` of `line`. Tabs are
// copied so the caret matches the terminal's tab stops; each UTF-8 sequence
// counts as one display cell (continuation bytes are skipped).
std::string caret_line(std::string_view line, uint32_t column) {
  std::string out;
  for (uint32_t i = 0; i + 1 < column && i < line.size(); i++) {
    auto c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;
    out += c == '\t' ? '\t' : ' ';
  }
  return out;
}

}  // namespace

Diagnostics::Builder& Diagnostics::Builder::note(std::string line) {
  if (d_ != nullptr) d_->notes.push_back(std::move(line));
  return *this;
}

uint64_t Diagnostics::line_key(const Location& loc) {
  return (static_cast<uint64_t>(loc.file->index()) << 32) | loc.line;
}

bool Diagnostics::line_has_error(Pos pos) const {
  Location loc = sources_.location(pos);
  return loc.file != nullptr && lines_with_errors_.count(line_key(loc)) != 0;
}

Diagnostics::Builder Diagnostics::error(Pos pos, std::string message) {
  Location loc = sources_.location(pos);
  if (loc.file != nullptr && !lines_with_errors_.insert(line_key(loc)).second) {
    return Builder(nullptr);  // a previous error already explains this line
  }
  diags_.push_back(Diagnostic{pos, std::move(message), {}});
  return Builder(&diags_.back());
}

std::vector<const Diagnostic*> Diagnostics::sorted() const {
  std::vector<const Diagnostic*> out;
  out.reserve(diags_.size());
  for (const Diagnostic& d : diags_) out.push_back(&d);
  std::stable_sort(out.begin(), out.end(),
                   [](const Diagnostic* a, const Diagnostic* b) { return a->pos < b->pos; });
  return out;
}

std::string Diagnostics::position_prefix(Pos pos) const {
  Location loc = sources_.location(pos);
  if (loc.file == nullptr) return "";
  return std::string(loc.file->name()) + ":" + std::to_string(loc.line) + ":" +
         std::to_string(loc.column) + ": ";
}

std::vector<std::string> Diagnostics::messages() const {
  std::vector<std::string> out;
  for (const Diagnostic* d : sorted()) {
    std::string line = position_prefix(d->pos) + d->message;
    for (const std::string& note : d->notes) line += "\n" + note;
    out.push_back(std::move(line));
  }
  return out;
}

void Diagnostics::render_one(std::string& out, const Diagnostic& d,
                             const PrintOptions& options) const {
  bool gc = options.style == PrintOptions::Style::kGc;
  if (options.color) out += kBold;
  out += position_prefix(d.pos);
  if (!gc) {
    if (options.color) out += kRed;
    out += "error: ";
    if (options.color) out += std::string(kReset) + kBold;
  }
  out += d.message;
  if (options.color) out += kReset;
  out += '\n';
  for (const std::string& note : d.notes) out += note + '\n';
  if (gc) return;
  Location loc = sources_.location(d.pos);
  if (loc.file == nullptr) return;
  std::string_view line = loc.file->line_text(loc.line);
  uint32_t column = loc.column;
  // Show a window of very long lines (generated code, fuzzer input).
  constexpr uint32_t kWindow = 100;
  std::string_view prefix, suffix;
  if (line.size() > 2 * kWindow) {
    uint32_t start = column > kWindow ? column - kWindow : 0;
    while (start > 0 && (static_cast<unsigned char>(line[start]) & 0xC0) == 0x80) start--;
    size_t end = std::min<size_t>(line.size(), size_t{start} + 2 * kWindow);
    while (end < line.size() && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) end++;
    if (start > 0) prefix = "...";
    if (end < line.size()) suffix = "...";
    line = line.substr(start, end - start);
    column = column - start + static_cast<uint32_t>(prefix.size());
  }
  out.append(prefix);
  out.append(line);
  out.append(suffix);
  out += '\n';
  out += caret_line(std::string(prefix) + std::string(line), column);
  if (options.color) out += kGreen;
  out += '^';
  if (options.color) out += kReset;
  out += '\n';
}

std::string Diagnostics::render(const PrintOptions& options) const {
  std::string out;
  uint32_t printed = 0;
  for (const Diagnostic* d : sorted()) {
    if (options.max_errors != 0 && printed == options.max_errors) break;
    render_one(out, *d, options);
    printed++;
  }
  // gc stops as soon as its 10th error is reported, so exactly 10 errors
  // also end with this line.
  if (options.max_errors != 0 && diags_.size() >= options.max_errors) {
    out += options.style == PrintOptions::Style::kGc
               ? position_prefix(sorted()[options.max_errors - 1]->pos) + "too many errors\n"
               : "too many errors\n";
  }
  return out;
}

void Diagnostics::print(std::FILE* out, PrintOptions options) const {
  options.color = isatty(fileno(out)) != 0 && std::getenv("NO_COLOR") == nullptr;
  std::string text = render(options);
  std::fwrite(text.data(), 1, text.size(), out);
  std::fflush(out);
}

}  // namespace gocxx::base
