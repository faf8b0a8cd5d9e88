// This file implements the compile step of `gocxx build` (compile.h).

#include "driver/compile.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "driver/cache.h"
#include "driver/cache_entry.h"
#include "driver/driver.h"
#include "driver/process.h"
#include "driver/std_pch.h"

namespace gocxx::driver {

namespace fs = std::filesystem;

namespace {

// -O1 -foptimize-sibling-calls: GCC turns coroutine symmetric transfer into
// tail calls only with sibling-call optimization, which GCC 12 enables at -O2
// and not at -O1; without it every call of a blocking function leaves a
// frame on the worker's stack (a loop of a few million Mutex.Lock calls
// overflows it). -fwrapv and -fno-strict-aliasing: Go's integers wrap and
// the runtime retypes memory.
constexpr const char* kCxxFlags =
    "-std=c++20 -O1 -foptimize-sibling-calls -fwrapv -fno-strict-aliasing -w";

// GCC only: copy structs with 8-byte moves, not 16-byte SSE ones. Go's
// slices (24 bytes) and strings travel by value in memory under the C++ ABI;
// GCC builds them with 8-byte stores and then reloads them 16 bytes at a
// time to pass or return them, a load that cannot be forwarded from the
// stores and stalls ~12 cycles. That stall was a fifth of strconv's and
// fmt's time (perf annotate); without it strconv went from 1.07 to 0.90 of
// Go's time. Clang does not take -mtune-ctrl.
constexpr const char* kGccStructMoveFlags =
    " -mtune-ctrl=^sse_unaligned_load_optimal,^sse_unaligned_store_optimal";

// The path of the program `name` on $PATH (or as given when it has a slash),
// or "" when there is no such executable.
std::string find_program(const std::string& name) {
  if (name.find('/') != std::string::npos) return access(name.c_str(), X_OK) == 0 ? name : "";
  const char* env = std::getenv("PATH");
  std::string dirs = env ? env : "/usr/bin:/bin";
  for (size_t pos = 0; pos <= dirs.size();) {
    size_t end = dirs.find(':', pos);
    if (end == std::string::npos) end = dirs.size();
    std::string dir = dirs.substr(pos, end - pos);
    std::string cand = (dir.empty() ? "." : dir) + "/" + name;
    if (access(cand.c_str(), X_OK) == 0 && !fs::is_directory(cand)) return cand;
    pos = end + 1;
  }
  return "";
}

// Whether `cxx` is GCC: its resolved path names no clang (c++ -> g++-12).
bool is_gcc(const std::string& cxx) {
  std::string path = find_program(cxx);
  if (path.empty()) path = cxx;
  std::error_code ec;
  fs::path real = fs::canonical(path, ec);
  std::string name = (ec ? fs::path(path) : real).filename().string();
  return name.find("clang") == std::string::npos;
}

// The flags every unit and precompiled header is compiled with.
std::string cxx_flags(const std::string& cxx) {
  return std::string(kCxxFlags) + (is_gcc(cxx) ? kGccStructMoveFlags : "");
}

// The standard library's root on the include path: package headers include
// their C++ bodies as "fmt/extern.h" (so generated text names no install
// location).
std::string std_include_flag() { return " -I" + quote(std_root()); }

// Why a compile failed, in one line, when it is not gocxx's fault: a full
// disk or a killed compiler; "" otherwise.
std::string environment_failure(int status, const std::string& output) {
  for (const char* cause :
       {"No space left on device", "Disk quota exceeded", "Read-only file system"}) {
    if (output.find(cause) != std::string::npos) return lower_message(cause);
  }
  if (WIFSIGNALED(status) || (WIFEXITED(status) && WEXITSTATUS(status) == 127))
    return describe_status(status);
  return "";
}

void report_compile_error(const std::string& src, int status, const std::string& output) {
  if (std::string why = environment_failure(status, output); !why.empty()) {
    std::fprintf(stderr, "gocxx: compiling %s: %s\n", src.c_str(), why.c_str());
    return;
  }
  // A C++ error in generated code is a gocxx bug: say so, with the Go
  // positions the #line directives give.
  std::fprintf(stderr, "gocxx: internal error: the generated C++ did not compile (%s)\n",
               src.c_str());
  std::istringstream lines(output);
  std::string ln;
  int shown = 0;
  while (std::getline(lines, ln) && shown < 20) {
    if (ln.find("error") != std::string::npos) {
      std::fprintf(stderr, "%s\n", ln.c_str());
      shown++;
    }
  }
}

struct Job {
  std::string cmd, src, tmp_obj, log;
  fs::path index;   // the object's cache entry
  size_t slot = 0;  // its place in the link order
  pid_t pid = -1;
};

// Runs the compile jobs, at most `parallel` at a time, storing each object
// in the cache (objs[slot]); false after reporting the first failure.
bool run_jobs(std::vector<Job>& jobs, int parallel, std::vector<std::string>& objs) {
  size_t next = 0, running = 0;
  bool ok = true;
  while (next < jobs.size() || running > 0) {
    while (ok && next < jobs.size() && static_cast<int>(running) < parallel) {
      Job& j = jobs[next++];
      j.pid = spawn_command(j.cmd, j.log);
      if (j.pid < 0) {
        std::fprintf(stderr, "gocxx: cannot start the C++ compiler: %s\n",
                     lower_message(std::strerror(errno)).c_str());
        ok = false;
        break;
      }
      running++;
    }
    if (running == 0) break;
    int status = 0;
    pid_t done = wait_command(&status);
    if (done < 0) break;
    for (Job& j : jobs) {
      if (j.pid != done) continue;
      j.pid = -2;
      running--;
      std::ifstream in(j.log);
      std::stringstream ss;
      ss << in.rdbuf();
      bool good = WIFEXITED(status) && WEXITSTATUS(status) == 0;
      if (!good) {
        if (ok) report_compile_error(j.src, status, ss.str());
        ok = false;
        continue;
      }
      std::string err;
      objs[j.slot] = cache_store(j.index, j.tmp_obj, ".o", "", &err);
      if (objs[j.slot].empty()) {
        if (ok) std::fprintf(stderr, "gocxx: %s\n", err.c_str());
        ok = false;
      }
    }
  }
  return ok;
}

// Writes a work file; false after reporting (a full disk says so).
bool write_file(const fs::path& p, const std::string& text) {
  std::string err;
  if (write_atomic(p, text, &err)) return true;
  std::fprintf(stderr, "gocxx: %s\n", err.c_str());
  return false;
}

// How programs link the collector. A static libgc (when the system has one,
// found by CMake) lets the linker relax its thread-local accesses to plain
// %fs-relative loads: every allocation reads the thread's free lists, and
// through libgc.so each read went through __tls_get_addr and a PLT call
// (12% of strconv's benchmark time).
std::string gc_link_args() {
#ifdef GOCXX_GC_STATIC_LIB
  return quote(GOCXX_GC_STATIC_LIB);
#else
  return "-lgc";
#endif
}

// The precompiled runtime header's -include flag (built once per compiler,
// flags and runtime), or "" when precompiled headers are off or fail. The
// .gch must sit beside its header under the header's name, so its cache
// entry (gch.entry) names it in place; one that does not verify is rebuilt.
std::string pch_flags(const std::string& cxx, const std::string& include, uint64_t env_key,
                      const fs::path& work, const BuildOptions& opts) {
  if (const char* no = std::getenv("GOCXX_NO_PCH"); no != nullptr && *no != '\0') return "";
  auto valid = [](const fs::path& dir) { return !cache_lookup(dir / "gch.entry").empty(); };
  // The prebuilt cache has one too (same compiler, flags and runtime).
  std::string pre = prebuilt_cache_dir();
  fs::path pre_pch = fs::path(pre) / "pch" / hex64(env_key);
  if (!pre.empty() && valid(pre_pch))
    return " -include " + quote((pre_pch / "gocxx_all.h").string());
  fs::path pch_dir = fs::path(cache_dir()) / "pch" / hex64(env_key);
  fs::path pch_h = pch_dir / "gocxx_all.h";
  if (valid(pch_dir)) return " -include " + quote(pch_h.string());
  std::error_code ec;
  fs::create_directories(pch_dir, ec);
  std::string err;
  if (!write_atomic(pch_h, "#include \"gocxx/gocxx.h\"\n#include \"gocxx/support.h\"\n", &err))
    return "";
  fs::path tmp = work / "gocxx_all.h.gch";
  std::string output;
  std::string cmd = quote(cxx) + " " + cxx_flags(cxx) + " -x c++-header -I" + quote(include) +
                    std_include_flag() + " " + quote(pch_h.string()) + " -o " + quote(tmp.string());
  if (opts.print_commands) std::fprintf(stderr, "%s\n", cmd.c_str());
  Digest d;
  if (run_command(cmd, &output) != 0 || !digest_file(tmp, &d)) return "";
  fs::path gch = pch_dir / "gocxx_all.h.gch";
  fs::rename(tmp, gch, ec);
  if (ec || cache_link(pch_dir / "gch.entry", gch, d, "", &err).empty()) return "";
  return " -include " + quote(pch_h.string());
}

// The link command's arguments after the output: objects, the runtime, the
// system libraries.
std::string link_inputs(const lower::Output& out, const std::vector<std::string>& objs,
                        const std::string& lib) {
  std::string cmd;
  for (const std::string& o : objs) cmd += " " + quote(o);
  cmd += " " + quote(lib);
  // A standard package whose C++ needs a system library names it in
  // runtime/std/<path>/extern.link (net/http: -lcurl).
  for (const lower::Unit& u : out.units) {
    std::ifstream link(fs::path(std_root()) / u.path / "extern.link");
    for (std::string arg; link >> arg;) cmd += " " + quote(arg);
  }
  return cmd + " " + gc_link_args() + " -lpthread";
}

// Links the objects into the cache entry `index`; "" after reporting.
std::string link_cached(const lower::Output& out, const std::vector<std::string>& objs,
                        const std::string& cxx, const std::string& lib, const fs::path& work,
                        const fs::path& index, const BuildOptions& opts) {
  fs::path tmp_bin = work / "a.out";
  std::string cmd = quote(cxx) + " -o " + quote(tmp_bin.string()) + link_inputs(out, objs, lib);
  // gold links a program in half the time of the default bfd linker (0.09 s
  // against 0.20 s for a fmt+time program); without it, the default.
  std::string gold = cmd;
  gold.insert(quote(cxx).size(), " -fuse-ld=gold");
  std::string output;
  if (opts.print_commands) std::fprintf(stderr, "%s\n", gold.c_str());
  if (run_command(gold, &output) != 0) {
    output.clear();
    if (opts.print_commands) std::fprintf(stderr, "%s\n", cmd.c_str());
    int status = run_command(cmd, &output);
    if (status != 0) {
      if (std::string why = environment_failure(status, output); !why.empty()) {
        std::fprintf(stderr, "gocxx: linking: %s\n", why.c_str());
      } else {
        std::fprintf(stderr, "gocxx: internal error: linking failed:\n%s", output.c_str());
      }
      return "";
    }
  }
  std::string err;
  std::string bin = cache_store(index, tmp_bin, ".bin", "", &err);
  if (bin.empty()) std::fprintf(stderr, "gocxx: %s\n", err.c_str());
  return bin;
}

}  // namespace

std::string compile_cached(const lower::Output& out, const BuildOptions& opts,
                           const fs::path& work) {
  std::string root = gocxx_root();
  std::string include = runtime_include_dir();
  std::string lib = runtime_library();
  std::string cxx = cxx_compiler();
  if (find_program(cxx).empty()) {
    std::fprintf(stderr, "gocxx: C++ compiler \"%s\" not found\n", cxx.c_str());
    return "";
  }
  std::string flags = cxx_flags(cxx);
  uint64_t env_key = fnv(cxx + "|" + flags + "|" + runtime_id(root, lib));
  // Each unit's key covers its source and the headers it includes, transitively.
  std::map<std::string, const lower::Unit*> by_name;
  for (const lower::Unit& u : out.units) by_name[u.name] = &u;
  std::function<void(const std::string&, std::set<std::string>&)> closure =
      [&](const std::string& n, std::set<std::string>& seen) {
        auto it = by_name.find(n);
        if (it == by_name.end() || !seen.insert(n).second) return;
        for (const std::string& imp : it->second->imports) closure(imp, seen);
      };
  fs::path cache = cache_dir();
  std::error_code ec;
  fs::create_directories(cache / "obj", ec);
  fs::create_directories(cache / "bin", ec);
  if (opts.keep_work) std::fprintf(stderr, "WORK=%s\n", work.c_str());
  std::string prebuilt = prebuilt_cache_dir();
  // Keys first: the binary's key is made of the objects' keys, and a cached
  // binary needs nothing compiled.
  struct Pending {
    std::string name, source, unit_key;
    bool is_std;
  };
  std::vector<Pending> units;
  uint64_t bin_key = fnv(gc_link_args(), env_key);
  auto add = [&](const std::string& name, const std::string& source,
                 const std::set<std::string>& headers, bool is_std) {
    uint64_t key = fnv(source, env_key);
    for (const std::string& h : headers) key = fnv(by_name[h]->header, key);
    bin_key = fnv(hex64(key), bin_key);
    units.push_back({name, source, hex64(key), is_std});
  };
  for (const lower::Unit& u : out.units) {
    std::set<std::string> hs;
    closure(u.name, hs);
    add(u.name, u.source, hs, u.is_std);
  }
  // The entry point declares what it calls itself: no package headers.
  add("gocxx_main", out.main_source, {}, true);
  fs::path bin_index = cache / "bin" / (hex64(bin_key) + ".entry");
  // GOCXX_STD_PCH (the ninja prebuild, which deletes the old precompiled headers first) must
  // get past a cached binary to the step that writes them.
  const char* save_std_pch = std::getenv("GOCXX_STD_PCH");
  bool want_std_pch = save_std_pch != nullptr && *save_std_pch != '\0';
  if (!opts.keep_work && !want_std_pch) {
    if (std::string bin = cache_lookup(bin_index); !bin.empty()) return bin;
  }
  fs::create_directories(work / "gocxx_pkg", ec);
  for (const lower::Unit& u : out.units) {
    if (!write_file(work / "gocxx_pkg" / (u.name + ".h"), u.header)) return "";
  }
  std::string pch = pch_flags(cxx, include, env_key, work, opts);
  // The program's own packages start from the standard-library headers
  // precompiled (std_pch.h), when a prebuilt or cached set matches.
  std::vector<UnitHeader> headers;
  for (const lower::Unit& u : out.units) headers.push_back({u.name, u.header, u.is_std});
  if (want_std_pch && !pch.empty())
    build_std_pch(headers, env_key, quote(cxx) + " " + flags + std_include_flag(), include,
                  opts.print_commands);
  std::string user_pch = pch.empty() ? "" : find_std_pch(headers, env_key);
  if (user_pch.empty()) user_pch = pch;
  std::vector<Job> jobs;
  std::vector<std::string> objs(units.size());
  for (size_t i = 0; i < units.size(); i++) {
    const Pending& p = units[i];
    fs::path src = work / (p.name + ".cpp");
    if (opts.keep_work && !write_file(src, p.source)) return "";
    fs::path index = cache / "obj" / (p.unit_key + ".entry");
    // Standard-library units prebuilt with gocxx itself (build/std-cache).
    objs[i] = cache_lookup(index);
    if (objs[i].empty() && !prebuilt.empty())
      objs[i] = cache_lookup(fs::path(prebuilt) / "obj" / (p.unit_key + ".entry"));
    if (!objs[i].empty()) continue;
    if (!opts.keep_work && !write_file(src, p.source)) return "";
    Job j;
    j.src = src.string();
    j.index = index;
    j.slot = i;
    j.tmp_obj = (work / (p.name + ".o")).string();
    j.log = j.tmp_obj + ".log";
    j.cmd = quote(cxx) + " " + flags + (p.is_std ? pch : user_pch) + " -I" + quote(include) +
            std_include_flag() + " -I" + quote(work.string()) + " -c " + quote(j.src) + " -o " +
            quote(j.tmp_obj);
    if (opts.print_commands) std::fprintf(stderr, "%s\n", j.cmd.c_str());
    jobs.push_back(std::move(j));
  }
  long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
  if (!run_jobs(jobs, ncpu > 0 ? static_cast<int>(ncpu) : 2, objs)) return "";
  return link_cached(out, objs, cxx, lib, work, bin_index, opts);
}

}  // namespace gocxx::driver
