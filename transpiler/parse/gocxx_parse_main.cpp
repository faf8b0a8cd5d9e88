// This file implements gocxx-parse, a small driver around the parser: it
// parses Go files, prints diagnostics and optionally the AST. Used by tests,
// by the fuzzer and to measure parser throughput.
//
// usage: gocxx-parse [--dump] [--positions] [--strict] [--gc] [--stats]
//                    [--quiet] [--verify] file.go|dir|- ...
// --verify checks each tree's invariants (ast::verify) and fails loudly
// (exit 3) on a violation; fuzzers use it.
// A directory argument is searched recursively for .go files (skipping
// testdata directories); "-" reads one file from standard input. Exit status: 0 if no errors, 1 on
// syntax errors, 2 on usage or I/O errors.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "base/stack.h"
#include "parse/dump.h"
#include "parse/parser.h"
#include "parse/verify.h"

namespace {

struct Flags {
  bool dump = false;
  bool positions = false;
  bool strict = false;
  bool gc_style = false;
  bool stats = false;
  bool quiet = false;
  bool verify = false;
};

void collect(const std::string& arg, std::vector<std::string>& files) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (arg == "-" || !fs::is_directory(arg, ec)) {
    files.push_back(arg);
    return;
  }
  std::vector<std::string> found;
  for (auto it = fs::recursive_directory_iterator(arg, ec);
       it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (it->is_directory() && it->path().filename() == "testdata") {
      it.disable_recursion_pending();
    } else if (it->is_regular_file() && it->path().extension() == ".go") {
      found.push_back(it->path().string());
    }
  }
  std::sort(found.begin(), found.end());  // deterministic order
  files.insert(files.end(), found.begin(), found.end());
}

std::string read_stdin() {
  std::string text;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) text.append(buf, n);
  return text;
}

// CPU time of this thread: unlike wall time, not inflated by other load.
double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

int usage() {
  std::fprintf(stderr,
               "usage: gocxx-parse [--dump] [--positions] [--strict] [--gc] [--stats] [--quiet] "
               "[--verify] file.go|dir|- ...\n");
  return 2;
}

}  // namespace

static int run(int argc, char** argv) {
  using namespace gocxx;
  Flags flags;
  std::vector<std::string> files;
  const std::pair<std::string_view, bool*> options_table[] = {
      {"--dump", &flags.dump},     {"--positions", &flags.positions}, {"--strict", &flags.strict},
      {"--gc", &flags.gc_style},   {"--stats", &flags.stats},         {"--quiet", &flags.quiet},
      {"--verify", &flags.verify},
  };
  for (int i = 1; i < argc; i++) {
    std::string_view a = argv[i];
    if (a == "-" || !a.starts_with("-")) {
      collect(std::string(a), files);
      continue;
    }
    bool known = false;
    for (const auto& [name, flag] : options_table) {
      if (a == name) *flag = known = true;
    }
    if (!known) return usage();
  }
  if (files.empty()) return usage();

  base::SourceManager sources;
  base::Diagnostics diags(sources);
  parse::ParseOptions options;
  ast::Arena arena;
  size_t ast_bytes = 0;
  options.strict = flags.strict;
  uint64_t lines = 0, bytes = 0;
  double seconds = 0, cpu_seconds = 0;
  bool io_error = false;
  for (const std::string& path : files) {
    std::string error;
    const base::SourceFile* file =
        path == "-" ? sources.add_buffer("<stdin>", read_stdin()) : sources.add_file(path, &error);
    if (file == nullptr) {
      std::fprintf(stderr, "%s\n", error.c_str());
      io_error = true;
      continue;
    }
    // Trees are not kept across files: reuse the arena's memory.
    arena.reset();
    size_t before = arena.bytes_allocated();
    auto start = std::chrono::steady_clock::now();
    double cpu_start = thread_cpu_seconds();
    ast::File* tree = parse::parse_file(*file, diags, arena, options);
    cpu_seconds += thread_cpu_seconds() - cpu_start;
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ast_bytes += arena.bytes_allocated() - before;
    lines += file->line_count();
    bytes += file->size();
    if (flags.verify) {
      if (std::string problem = ast::verify(tree); !problem.empty()) {
        std::fprintf(stderr, "%s: invalid AST: %s\n", path.c_str(), problem.c_str());
        return 3;
      }
    }
    if (flags.dump) {
      ast::DumpOptions dump_options;
      if (flags.positions) dump_options.positions = &sources;
      std::fputs(ast::dump(tree, dump_options).c_str(), stdout);
    }
  }
  if (!flags.quiet) {
    base::PrintOptions print_options;
    if (flags.gc_style) print_options.style = base::PrintOptions::Style::kGc;
    diags.print(stderr, print_options);
  }
  if (flags.stats) {
    std::fprintf(stderr,
                 "%zu files, %llu lines, %llu bytes, %zu errors; parsing took %.3f s wall "
                 "(%.0f lines/s, %.1f MB/s), %.3f s CPU (%.0f lines/s); %.1f MB of AST\n",
                 files.size(), static_cast<unsigned long long>(lines),
                 static_cast<unsigned long long>(bytes), diags.error_count(), seconds,
                 lines / seconds, bytes / seconds / 1e6, cpu_seconds, lines / cpu_seconds,
                 ast_bytes / 1e6);
  }
  if (io_error) return 2;
  return diags.has_errors() ? 1 : 0;
}

int main(int argc, char** argv) {
  // Deep (but valid) trees need more stack than the main thread has.
  int rc = 0;
  gocxx::base::run_with_stack(gocxx::base::kLargeStack, [&] { rc = run(argc, argv); });
  return rc;
}
