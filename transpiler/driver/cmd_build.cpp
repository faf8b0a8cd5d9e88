// This file implements `gocxx translate`, `gocxx build` and `gocxx run`:
// the frontend, the analysis and the lowering produce the program's C++;
// translate prints it as one formatted translation unit, build compiles its
// package units (compile.h) through the content-addressed cache, and run
// executes the binary.

#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "base/stack.h"
#include "check/check.h"
#include "driver/build_steps.h"
#include "driver/cache.h"
#include "driver/cache_entry.h"
#include "driver/compile.h"
#include "driver/driver.h"
#include "driver/options.h"
#include "driver/outdir.h"
#include "driver/packages.h"
#include "driver/process.h"
#include "lower/format.h"
#include "lower/lower.h"

namespace gocxx::driver {

namespace fs = std::filesystem;

Translated translate_inputs(const BuildOptions& opts, const check::Config& base_config) {
  Translated t;
  check::Config config = base_config;
  config.std_root = std_root();
  config.build.build_tags = opts.tags;
  base::SourceManager sources;
  base::Diagnostics diags(sources);
  base::run_with_stack(base::kLargeStack, [&] {
    auto program = check::load_program(opts.inputs, config, sources, diags);
    if (diags.has_errors()) return;
    auto analysis = analyze::analyze(*program);
    lower::Options lopts;
    lopts.line_directives = opts.line_directives;
    lopts.std_root = config.std_root;
    t.out = lower::lower_program(*program, *analysis, lopts, diags);
  });
  if (diags.has_errors()) {
    diags.print(stderr, base::PrintOptions{});
    return t;
  }
  t.ok = true;
  return t;
}

namespace {

// What a build's output depends on: every Go file and extern body it was
// made from, and the runtime library it links.
std::vector<std::string> build_deps(const lower::Output& out) {
  std::vector<std::string> deps;
  std::error_code ec;
  for (const std::string& f : out.files) {
    fs::path abs = fs::absolute(f, ec);
    deps.push_back(ec ? f : abs.lexically_normal().string());
  }
  deps.push_back(runtime_library());
  return deps;
}

struct Built {
  std::string binary;             // "" on failure
  std::vector<std::string> deps;  // for -depfile
};

// Removes the work directories of builds that died without cleaning up
// (SIGKILL): cache/tmp/PID whose process is gone.
void remove_stale_work(const fs::path& tmp_root) {
  std::error_code ec;
  for (auto it = fs::directory_iterator(tmp_root, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.empty() || name.find_first_not_of("0123456789") != std::string::npos) continue;
    pid_t pid = static_cast<pid_t>(std::stol(name));
    if (pid == getpid() || kill(pid, 0) == 0 || errno != ESRCH) continue;
    std::error_code rm;
    fs::remove_all(it->path(), rm);
  }
}

}  // namespace

fs::path prepare_work(const BuildOptions& opts) {
  fs::path cache = cache_dir();
  std::error_code ec;
  fs::create_directories(cache, ec);
  if (!ec && !fs::is_directory(cache, ec)) ec = std::make_error_code(std::errc::not_a_directory);
  fs::path tmp_root = cache / "tmp";
  if (!ec) fs::create_directories(tmp_root, ec);
  // create_directories succeeds on an existing directory: writing is the test.
  if (!ec && access(tmp_root.c_str(), W_OK) != 0)
    ec = std::error_code(errno, std::generic_category());
  if (ec) {
    std::fprintf(stderr, "gocxx: cache directory %s: %s\n", cache.c_str(),
                 lower_message(ec.message()).c_str());
    return "";
  }
  remove_stale_work(tmp_root);
  fs::path work = opts.keep_work
                      ? fs::temp_directory_path() / ("gocxx-work-" + std::to_string(getpid()))
                      : tmp_root / std::to_string(getpid());
  // Registered before it exists (process.h); build_binary's ScopedCleanup
  // removes and unregisters it.
  if (!opts.keep_work) add_cleanup_dir(work.string());
  fs::create_directories(work, ec);
  if (ec) {
    std::fprintf(stderr, "gocxx: %s: %s\n", work.c_str(), lower_message(ec.message()).c_str());
    return "";
  }
  return work;
}

namespace {

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string ln; std::getline(in, ln);) lines.push_back(ln);
  return lines;
}

// The binary for the inputs: from the source-keyed cache, or translated and
// compiled. The dependency list is kept in the source-keyed entry so that a
// cache hit can still write a depfile.
Built build_binary(const BuildOptions& opts) {
  Built b;
  fs::path work = prepare_work(opts);
  if (work.empty()) return b;
  std::optional<ScopedCleanup> cleanup;
  if (!opts.keep_work) cleanup.emplace(work.string(), true);
  // The module's other packages and local replacements may be imported too.
  std::vector<std::string> key_inputs = opts.inputs;
  for (const std::string& d : module_dirs(opts.inputs)) key_inputs.push_back(d);
  std::string variant = opts.line_directives ? "lines" : "nolines";
  for (const std::string& t : opts.tags) variant += " " + t;
  std::string key = source_key(key_inputs, variant);
  fs::path index = fs::path(cache_dir()) / "src" / (key + ".entry");
  std::string deps_text;
  if (!opts.keep_work) {
    if (std::string bin = cache_lookup(index, &deps_text); !bin.empty()) {
      b.binary = bin;
      b.deps = split_lines(deps_text);
      return b;
    }
  }
  Translated t = translate_inputs(opts, check::Config{});
  if (!t.ok) return b;
  b.binary = compile_cached(t.out, opts, work);
  if (b.binary.empty()) return b;
  b.deps = build_deps(t.out);
  for (const std::string& f : module_files(opts.inputs)) b.deps.push_back(f);
  deps_text.clear();
  for (const std::string& d : b.deps) deps_text += d + "\n";
  std::error_code ec;
  fs::create_directories(index.parent_path(), ec);
  // Only a speed-up: a failure to record it is not the build's failure.
  Digest d;
  std::string err;
  if (digest_file(b.binary, &d)) cache_link(index, b.binary, d, deps_text, &err);
  return b;
}

// The single translation unit of `gocxx translate` is self-contained: each
// standard package's `#include "PATH/extern.h"` (its C++ bodies, found on the
// include path when units are compiled apart) is replaced by the file's text.
std::string inline_externs(const std::string& text) {
  static const std::string kOpen = "#include \"", kClose = "/extern.h\"";
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view ln(text.data() + pos, end - pos);
    bool is_extern = ln.size() > kOpen.size() + kClose.size() && ln.rfind(kOpen, 0) == 0 &&
                     ln.substr(ln.size() - kClose.size()) == kClose;
    std::ifstream body;
    if (is_extern) {
      std::string pkg(ln.substr(kOpen.size(), ln.size() - kOpen.size() - kClose.size()));
      body.open(fs::path(std_root()) / pkg / "extern.h", std::ios::binary);
    }
    if (is_extern && body.is_open()) {
      std::stringstream ss;
      ss << body.rdbuf();
      out += ss.str();
      if (!out.empty() && out.back() != '\n') out += '\n';
    } else {
      out.append(ln);
      out += '\n';
    }
    pos = end + 1;
  }
  return out;
}

bool maybe_write_depfile(const BuildOptions& opts, const std::string& target,
                         const std::vector<std::string>& deps) {
  if (opts.depfile.empty()) return true;
  if (write_depfile(opts.depfile, target, deps)) return true;
  std::fprintf(stderr, "gocxx: cannot write depfile %s\n", opts.depfile.c_str());
  return false;
}

// Translates one package (opts.inputs) and appends its formatted C++ to *cpp
// and its sources to *deps.
bool translate_one(const BuildOptions& opts, std::string* cpp, std::vector<std::string>* deps) {
  Translated t = translate_inputs(opts, check::Config{});
  if (!t.ok) return false;
  // clang-format recurses on deeply nested code: give it the big stack too.
  base::run_with_stack(base::kLargeStack, [&] {
    for (const std::string& piece : opts.no_std ? t.out.program_text() : t.out.single_tu())
      *cpp += (cpp->empty() ? "" : "\n") + format_cached(inline_externs(piece));
  });
  std::vector<std::string> d = build_deps(t.out);
  d.pop_back();  // the C++ text does not depend on the runtime library
  for (const std::string& f : module_files(opts.inputs)) d.push_back(f);
  deps->insert(deps->end(), d.begin(), d.end());
  return true;
}

}  // namespace

int cmd_translate(const std::vector<std::string>& args) {
  BuildOptions opts;
  if (!parse_build_flags("translate", args, true, false, &opts)) return kExitUsage;
  std::vector<PackageArg> pkgs;
  if (!expand_packages(opts.inputs, opts.tags, &pkgs)) return kExitErrors;
  if (!opts.outdir.empty()) {
    // The units of one program as files (the CMake functions, docs/cmake.md).
    if (pkgs.size() != 1) {
      std::fprintf(stderr, "gocxx translate: -outdir takes one package\n");
      return kExitUsage;
    }
    BuildOptions one = opts;
    one.inputs = pkgs[0].inputs;
    Translated t = translate_inputs(one, check::Config{});
    if (!t.ok) return kExitErrors;
    std::vector<std::string> deps = build_deps(t.out);
    deps.pop_back();  // the C++ text does not depend on the runtime library
    for (const std::string& f : module_files(one.inputs)) deps.push_back(f);
    int rc = write_outdir(t.out, one);
    if (rc != kExitOk || opts.list_outputs) return rc;
    std::string stamp = (fs::path(opts.outdir) / "gocxx.stamp").string();
    return maybe_write_depfile(opts, stamp, deps) ? kExitOk : kExitErrors;
  }
  // Several packages (./...): each one's C++ in turn.
  std::string cpp;
  std::vector<std::string> deps;
  bool ok = true;
  for (const PackageArg& p : pkgs) {
    BuildOptions one = opts;
    one.inputs = p.inputs;
    ok = translate_one(one, &cpp, &deps) && ok;
  }
  if (!ok) return kExitErrors;
  if (opts.output.empty() || opts.output == "-") {
    std::fwrite(cpp.data(), 1, cpp.size(), stdout);
  } else {
    std::ofstream f(opts.output, std::ios::binary);
    f << cpp;
    if (!f) {
      std::fprintf(stderr, "gocxx translate: cannot write %s\n", opts.output.c_str());
      return kExitErrors;
    }
  }
  return maybe_write_depfile(opts, opts.output.empty() ? "-" : opts.output, deps) ? kExitOk
                                                                                  : kExitErrors;
}

namespace {

// Builds one main package into `out` (a file; a directory when out_is_dir).
// With out empty, builds and writes nothing (go build of several packages).
bool build_main(const BuildOptions& opts, const PackageArg& pkg, std::string out, bool out_is_dir) {
  BuildOptions one = opts;
  one.inputs = pkg.inputs;
  Built b = build_binary(one);
  if (b.binary.empty()) return false;
  if (out.empty()) return true;
  std::error_code ec;
  if (out_is_dir) {
    fs::create_directories(out, ec);  // go build -o new/ creates it
    out = (fs::path(out) / binary_name(pkg)).string();
  }
  fs::remove(out, ec);
  fs::copy_file(b.binary, out, fs::copy_options::overwrite_existing, ec);
  if (ec) {
    std::fprintf(stderr, "gocxx build: cannot write %s: %s\n", out.c_str(),
                 lower_message(ec.message()).c_str());
    return false;
  }
  fs::permissions(out, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                           fs::perms::others_read | fs::perms::others_exec);
  return maybe_write_depfile(opts, out, b.deps);
}

}  // namespace

int cmd_build(const std::vector<std::string>& args) {
  BuildOptions opts;
  if (!parse_build_flags("build", args, true, false, &opts)) return kExitUsage;
  std::vector<PackageArg> pkgs;
  if (!expand_packages(opts.inputs, opts.tags, &pkgs)) return kExitErrors;
  // go build -o DIR (existing, or ending in a slash) writes DIR/name.
  std::error_code ec;
  bool out_is_dir =
      !opts.output.empty() && (opts.output.back() == '/' || fs::is_directory(opts.output, ec));
  if (pkgs.size() > 1 && !opts.output.empty() && !out_is_dir) {
    std::fprintf(stderr, "go: cannot write multiple packages to non-directory %s\n",
                 opts.output.c_str());
    return kExitErrors;
  }
  bool ok = true;
  for (const PackageArg& p : pkgs) {
    if (!p.is_main) {
      // A library is only checked (go build compiles it and keeps nothing).
      std::vector<std::string> check_args = p.inputs;
      if (!opts.tags.empty()) {
        std::string tags;
        for (const std::string& t : opts.tags) tags += (tags.empty() ? "" : ",") + t;
        check_args.insert(check_args.begin(), "-tags=" + tags);
      }
      ok = cmd_check(check_args) == kExitOk && ok;
      continue;
    }
    // One main package is written to -o or ./name; of several, only with -o DIR.
    std::string out = opts.output;
    bool to_dir = out_is_dir;
    if (out.empty() && pkgs.size() == 1) out = binary_name(p);
    ok = build_main(opts, p, out, to_dir) && ok;
  }
  return ok ? kExitOk : kExitErrors;
}

int cmd_run(const std::vector<std::string>& args) {
  BuildOptions opts;
  if (!parse_build_flags("run", args, false, true, &opts)) return kExitUsage;
  std::vector<PackageArg> pkgs;
  if (!expand_packages(opts.inputs, opts.tags, &pkgs)) return kExitErrors;
  if (pkgs.size() != 1 || !pkgs[0].is_main) {
    std::fprintf(stderr,
                 pkgs.size() != 1 ? "go: pattern %s matches multiple packages\n"
                                  : "package %s is not a main package\n",
                 pkgs.size() != 1              ? opts.inputs[0].c_str()
                 : pkgs[0].import_path.empty() ? pkgs[0].inputs[0].c_str()
                                               : pkgs[0].import_path.c_str());
    return kExitErrors;
  }
  opts.inputs = pkgs[0].inputs;
  Built b = build_binary(opts);
  if (b.binary.empty()) return kExitErrors;
  std::vector<char*> argv;
  std::string name = fs::path(opts.inputs[0]).stem().string();
  argv.push_back(name.data());
  for (std::string& r : opts.run_args) argv.push_back(r.data());
  argv.push_back(nullptr);
  std::fflush(stdout);
  restore_signal_mask();
  execv(b.binary.c_str(), argv.data());
  std::perror("gocxx run: exec");
  return kExitErrors;
}

}  // namespace gocxx::driver
