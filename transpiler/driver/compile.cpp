// This file implements the compile step of `gocxx build` (compile.h).

#include "driver/compile.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "driver/cache.h"
#include "driver/driver.h"
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
constexpr const char* kCxxFlags = "-std=c++20 -O1 -foptimize-sibling-calls -fwrapv -fno-strict-aliasing -w";

// GCC only: copy structs with 8-byte moves, not 16-byte SSE ones. Go's
// slices (24 bytes) and strings travel by value in memory under the C++ ABI;
// GCC builds them with 8-byte stores and then reloads them 16 bytes at a
// time to pass or return them, a load that cannot be forwarded from the
// stores and stalls ~12 cycles. That stall was a fifth of strconv's and
// fmt's time (perf annotate); without it strconv went from 1.07 to 0.90 of
// Go's time. Clang does not take -mtune-ctrl.
constexpr const char* kGccStructMoveFlags = " -mtune-ctrl=^sse_unaligned_load_optimal,^sse_unaligned_store_optimal";

// Whether `cxx` is GCC: its resolved path names no clang (c++ -> g++-12).
bool is_gcc(const std::string& cxx) {
  std::string path = cxx;
  if (cxx.find('/') == std::string::npos) {
    const char* env = std::getenv("PATH");
    std::string dirs = env ? env : "/usr/bin";
    for (size_t pos = 0; pos <= dirs.size();) {
      size_t end = dirs.find(':', pos);
      if (end == std::string::npos) end = dirs.size();
      fs::path cand = fs::path(dirs.substr(pos, end - pos)) / cxx;
      std::error_code ec;
      if (fs::exists(cand, ec)) {
        path = cand.string();
        break;
      }
      pos = end + 1;
    }
  }
  std::error_code ec;
  fs::path real = fs::canonical(path, ec);
  std::string name = (ec ? fs::path(path) : real).filename().string();
  return name.find("clang") == std::string::npos;
}

// The flags every unit and precompiled header is compiled with.
std::string cxx_flags(const std::string& cxx) {
  return std::string(kCxxFlags) + (is_gcc(cxx) ? kGccStructMoveFlags : "");
}

// Runs a command through /bin/sh, capturing its combined output.
int run_capture(const std::string& cmd, std::string* output) {
  std::string full = cmd + " 2>&1";
  FILE* p = popen(full.c_str(), "r");
  if (p == nullptr) return -1;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) output->append(buf, n);
  int status = pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

void report_compile_error(const std::string& src, const std::string& output) {
  // A C++ error in generated code is a gocxx bug: say so, with the Go
  // positions the #line directives give.
  std::fprintf(stderr, "gocxx: internal error: the generated C++ did not compile (%s)\n", src.c_str());
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
  std::string cmd, src, obj, tmp_obj;
  pid_t pid = -1;
  std::string log;
};

// Runs the compile jobs, at most `parallel` at a time; false if one failed.
bool run_jobs(std::vector<Job>& jobs, int parallel) {
  size_t next = 0, running = 0;
  bool ok = true;
  std::vector<Job*> active;
  while (next < jobs.size() || running > 0) {
    while (ok && next < jobs.size() && static_cast<int>(running) < parallel) {
      Job& j = jobs[next++];
      j.log = j.tmp_obj + ".log";
      pid_t pid = fork();
      if (pid == 0) {
        std::string cmd = j.cmd + " > " + quote(j.log) + " 2>&1";
        execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
        _exit(127);
      }
      j.pid = pid;
      active.push_back(&j);
      running++;
    }
    if (running == 0) break;
    int status = 0;
    pid_t done = wait(&status);
    for (Job* j : active) {
      if (j->pid != done) continue;
      j->pid = -2;
      running--;
      bool good = WIFEXITED(status) && WEXITSTATUS(status) == 0;
      std::ifstream in(j->log);
      std::stringstream ss;
      ss << in.rdbuf();
      std::error_code ec;
      fs::remove(j->log, ec);
      if (good) {
        fs::rename(j->tmp_obj, j->obj, ec);
      } else {
        if (ok) report_compile_error(j->src, ss.str());
        ok = false;
      }
    }
  }
  return ok;
}

void write_file(const fs::path& p, const std::string& text) {
  std::ofstream f(p, std::ios::binary);
  f << text;
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
// flags and runtime), or "" when precompiled headers are off or fail.
std::string pch_flags(const std::string& cxx, const std::string& include, uint64_t env_key, const BuildOptions& opts) {
  if (const char* no = std::getenv("GOCXX_NO_PCH"); no != nullptr && *no != '\0') return "";
  fs::path cache = cache_dir();
  fs::path pch_dir = cache / "pch" / hex64(env_key);
  // The prebuilt cache has one too (same compiler, flags and runtime).
  std::string pre = prebuilt_cache_dir();
  fs::path pre_pch = fs::path(pre) / "pch" / hex64(env_key);
  if (!pre.empty() && fs::exists(pre_pch / "gocxx_all.h.gch")) pch_dir = pre_pch;
  fs::path pch_h = pch_dir / "gocxx_all.h";
  fs::path gch = pch_dir / "gocxx_all.h.gch";
  if (!fs::exists(gch)) {
    std::error_code ec;
    fs::create_directories(pch_dir, ec);
    write_file(pch_h, "#include \"gocxx/gocxx.h\"\n#include \"gocxx/support.h\"\n");
    fs::path tmp = gch.string() + "." + std::to_string(getpid()) + ".tmp";
    std::string output;
    std::string cmd = quote(cxx) + " " + cxx_flags(cxx) + " -x c++-header -I" + quote(include) + " " +
                      quote(pch_h.string()) + " -o " + quote(tmp.string());
    if (opts.print_commands) std::fprintf(stderr, "%s\n", cmd.c_str());
    if (run_capture(cmd, &output) == 0) fs::rename(tmp, gch, ec);
    else fs::remove(tmp, ec);
  }
  return fs::exists(gch) ? " -include " + quote(pch_h.string()) : "";
}

}  // namespace

std::string compile_cached(const lower::Output& out, const BuildOptions& opts) {
  std::string root = gocxx_root();
  std::string include = root + "/runtime/include";
  std::string lib = runtime_library();
  std::string cxx = cxx_compiler();
  std::string flags = cxx_flags(cxx);
  uint64_t env_key = fnv(cxx + "|" + flags + "|" + runtime_id(root, lib));
  // Each unit's key covers its source and the headers it includes, transitively.
  std::map<std::string, const lower::Unit*> by_name;
  for (const lower::Unit& u : out.units) by_name[u.name] = &u;
  std::function<void(const std::string&, std::set<std::string>&)> closure = [&](const std::string& n,
                                                                              std::set<std::string>& seen) {
    if (!seen.insert(n).second) return;
    auto it = by_name.find(n);
    if (it == by_name.end()) return;
    for (const std::string& imp : it->second->imports) closure(imp, seen);
  };
  fs::path cache = cache_dir();
  fs::path work = opts.keep_work ? fs::path(fs::temp_directory_path() / ("gocxx-work-" + std::to_string(getpid())))
                                 : cache / "tmp" / std::to_string(getpid());
  std::error_code ec;
  fs::create_directories(work / "gocxx_pkg", ec);
  fs::create_directories(cache / "obj", ec);
  fs::create_directories(cache / "bin", ec);
  if (opts.keep_work) std::fprintf(stderr, "WORK=%s\n", work.c_str());
  for (const lower::Unit& u : out.units) write_file(work / "gocxx_pkg" / (u.name + ".h"), u.header);
  std::string pch = pch_flags(cxx, include, env_key, opts);
  // The program's own packages start from the standard-library headers
  // precompiled (std_pch.h), when a prebuilt or cached set matches.
  std::vector<UnitHeader> headers;
  for (const lower::Unit& u : out.units) headers.push_back({u.name, u.header, u.is_std});
  if (const char* save = std::getenv("GOCXX_STD_PCH"); save != nullptr && *save != '\0' && !pch.empty())
    build_std_pch(headers, env_key, quote(cxx) + " " + flags, include, opts.print_commands);
  std::string user_pch = pch.empty() ? "" : find_std_pch(headers, env_key);
  if (user_pch.empty()) user_pch = pch;
  std::string prebuilt = prebuilt_cache_dir();
  std::vector<Job> jobs;
  std::vector<std::string> objs;
  uint64_t bin_key = fnv(gc_link_args(), env_key);
  auto add_unit = [&](const std::string& name, const std::string& source, const std::set<std::string>& headers,
                      const std::string& unit_pch) {
    uint64_t key = fnv(source, env_key);
    for (const std::string& h : headers) key = fnv(by_name[h]->header, key);
    fs::path obj = cache / "obj" / (hex64(key) + ".o");
    bin_key = fnv(hex64(key), bin_key);
    fs::path src = work / (name + ".cpp");
    if (opts.keep_work) write_file(src, source);
    // Standard-library units prebuilt with gocxx itself (build/std-cache).
    fs::path pre = fs::path(prebuilt) / "obj" / (hex64(key) + ".o");
    if (!fs::exists(obj) && !prebuilt.empty() && fs::exists(pre)) {
      objs.push_back(pre.string());
      return;
    }
    objs.push_back(obj.string());
    if (fs::exists(obj)) return;
    write_file(src, source);
    Job j;
    j.src = src.string();
    j.obj = obj.string();
    j.tmp_obj = obj.string() + "." + std::to_string(getpid()) + ".tmp";
    j.cmd = quote(cxx) + " " + flags + unit_pch + " -I" + quote(include) + " -I" + quote(work.string()) + " -c " +
            quote(j.src) + " -o " + quote(j.tmp_obj);
    if (opts.print_commands) std::fprintf(stderr, "%s\n", j.cmd.c_str());
    jobs.push_back(std::move(j));
  };
  for (const lower::Unit& u : out.units) {
    std::set<std::string> hs;
    closure(u.name, hs);
    add_unit(u.name, u.source, hs, u.is_std ? pch : user_pch);
  }
  // The entry point declares what it calls itself: no package headers.
  add_unit("gocxx_main", out.main_source, {}, pch);
  auto finish = [&] {
    if (!opts.keep_work) fs::remove_all(work, ec);
  };
  fs::path bin = cache / "bin" / (hex64(bin_key) + ".bin");
  if (fs::exists(bin)) {
    finish();
    return bin.string();
  }
  long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
  if (!run_jobs(jobs, ncpu > 0 ? static_cast<int>(ncpu) : 2)) {
    finish();
    return "";
  }
  fs::path tmp_bin = bin.string() + "." + std::to_string(getpid()) + ".tmp";
  std::string cmd = quote(cxx) + " -o " + quote(tmp_bin.string());
  for (const std::string& o : objs) cmd += " " + quote(o);
  cmd += " " + quote(lib);
  // A standard package whose C++ needs a system library names it in
  // runtime/std/<path>/extern.link (net/http: -lcurl).
  for (const lower::Unit& u : out.units) {
    std::ifstream link(fs::path(std_root()) / u.path / "extern.link");
    for (std::string arg; link >> arg;) cmd += " " + quote(arg);
  }
  cmd += " " + gc_link_args() + " -lpthread";
  // gold links a program in half the time of the default bfd linker (0.09 s
  // against 0.20 s for a fmt+time program); without it, the default.
  std::string gold = cmd;
  gold.insert(quote(cxx).size(), " -fuse-ld=gold");
  std::string output;
  if (opts.print_commands) std::fprintf(stderr, "%s\n", gold.c_str());
  if (run_capture(gold, &output) == 0) {
    fs::rename(tmp_bin, bin, ec);
    finish();
    return bin.string();
  }
  output.clear();
  if (opts.print_commands) std::fprintf(stderr, "%s\n", cmd.c_str());
  if (run_capture(cmd, &output) != 0) {
    std::fprintf(stderr, "gocxx: internal error: linking failed:\n%s", output.c_str());
    finish();
    return "";
  }
  fs::rename(tmp_bin, bin, ec);
  finish();
  return bin.string();
}

}  // namespace gocxx::driver
