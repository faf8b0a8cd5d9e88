// This file implements `gocxx translate`, `gocxx build` and `gocxx run`:
// the frontend, the analysis and the lowering produce one C++ translation
// unit; build compiles it with the system C++ compiler ($CXX, default c++)
// against the runtime's headers and library, through a content-addressed
// cache ($GOCXXCACHE, default ~/.cache/gocxx) so that an unchanged program
// is not compiled again.

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "base/stack.h"
#include "check/check.h"
#include "driver/driver.h"
#include "lower/format.h"
#include "lower/lower.h"

namespace gocxx::driver {

namespace fs = std::filesystem;

namespace {

struct Translated {
  bool ok = false;
  lower::Output out;
};

// Frontend + analysis + lowering. Errors are printed as `gocxx check` does.
Translated translate_inputs(const std::vector<std::string>& inputs, bool line_directives) {
  Translated t;
  check::Config config;
  config.std_root = std_root();
  base::SourceManager sources;
  base::Diagnostics diags(sources);
  base::run_with_stack(base::kLargeStack, [&] {
    auto program = check::load_program(inputs, config, sources, diags);
    if (diags.has_errors()) return;
    auto analysis = analyze::analyze(*program);
    lower::Options opts;
    opts.line_directives = line_directives;
    opts.std_root = config.std_root;
    t.out = lower::lower_program(*program, *analysis, opts, diags);
  });
  if (diags.has_errors()) {
    diags.print(stderr, base::PrintOptions{});
    return t;
  }
  t.ok = true;
  return t;
}

std::string hex64(uint64_t x) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(x));
  return buf;
}

// FNV-1a, 64 bits: the cache key need not be cryptographic.
uint64_t fnv(std::string_view s, uint64_t h = 1469598103934665603ULL) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string cache_dir() {
  if (const char* c = std::getenv("GOCXXCACHE"); c && *c) return c;
  if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return std::string(x) + "/gocxx";
  if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.cache/gocxx";
  return "/tmp/gocxx-cache";
}

// A read-only object cache filled when gocxx is built ($GOCXX_PREBUILT,
// default std-cache in the build tree or share/gocxx/std-cache installed).
std::string prebuilt_cache_dir() {
  if (const char* p = std::getenv("GOCXX_PREBUILT"); p && *p) return p;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path p : {exe.parent_path().parent_path() / "std-cache",
                       exe.parent_path().parent_path() / "share" / "gocxx" / "std-cache"}) {
      if (fs::is_directory(p, ec)) return p.string();
    }
  }
  return "";
}

std::string cxx_compiler() {
  if (const char* c = std::getenv("CXX"); c && *c) return c;
  return "c++";
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

std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

// Identifies the runtime a program is compiled against: the library and
// every header and extern body (size and modification time).
std::string runtime_id(const std::string& root, const std::string& lib) {
  std::string id = lib;
  struct stat st {};
  if (stat(lib.c_str(), &st) == 0) id += ":" + std::to_string(st.st_mtime) + ":" + std::to_string(st.st_size);
  std::vector<std::string> files;
  std::error_code ec;
  for (const char* dir : {"/runtime/include", "/runtime/std"}) {
    for (auto it = fs::recursive_directory_iterator(root + dir, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      const fs::path& p = it->path();
      if (p.extension() == ".h") files.push_back(p.string());
    }
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    if (stat(f.c_str(), &st) == 0) id += f + ":" + std::to_string(st.st_mtime) + ":" + std::to_string(st.st_size);
  }
  return id;
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

// Compiles the program's units (each package cached by its content) and
// links them; returns the cached binary path or "".
std::string compile_cached(const lower::Output& out) {
  std::string root = gocxx_root();
  std::string include = root + "/runtime/include";
  std::string lib = runtime_library();
  std::string cxx = cxx_compiler();
  // -O1: GCC turns coroutine symmetric transfer into tail calls only with optimization.
  std::string flags = "-std=c++20 -O1 -fwrapv -fno-strict-aliasing -w";
  std::string env = cxx + "|" + flags + "|" + runtime_id(root, lib);
  uint64_t env_key = fnv(env);
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
  fs::path work = cache / "tmp" / std::to_string(getpid());
  std::error_code ec;
  fs::create_directories(work / "gocxx_pkg", ec);
  fs::create_directories(cache / "obj", ec);
  fs::create_directories(cache / "bin", ec);
  auto write = [&](const fs::path& p, const std::string& text) {
    std::ofstream f(p, std::ios::binary);
    f << text;
  };
  for (const lower::Unit& u : out.units) write(work / "gocxx_pkg" / (u.name + ".h"), u.header);
  // A precompiled header of the runtime, built once per compiler, flags and
  // runtime: every unit starts by parsing it.
  std::string pch_flags;
  if (const char* no = std::getenv("GOCXX_NO_PCH"); no == nullptr || *no == '\0') {
    fs::path pch_dir = cache / "pch" / hex64(env_key);
    // The prebuilt cache has one too (same compiler, flags and runtime).
    fs::path pre_pch = fs::path(prebuilt_cache_dir()) / "pch" / hex64(env_key);
    if (!prebuilt_cache_dir().empty() && fs::exists(pre_pch / "gocxx_all.h.gch")) pch_dir = pre_pch;
    fs::path pch_h = pch_dir / "gocxx_all.h";
    fs::path gch = pch_dir / "gocxx_all.h.gch";
    if (!fs::exists(gch)) {
      fs::create_directories(pch_dir, ec);
      write(pch_h, "#include \"gocxx/gocxx.h\"\n#include \"gocxx/support.h\"\n");
      fs::path tmp = gch.string() + "." + std::to_string(getpid()) + ".tmp";
      std::string output;
      std::string cmd = quote(cxx) + " " + flags + " -x c++-header -I" + quote(include) + " " + quote(pch_h.string()) +
                        " -o " + quote(tmp.string());
      if (run_capture(cmd, &output) == 0) fs::rename(tmp, gch, ec);
      else fs::remove(tmp, ec);
    }
    if (fs::exists(gch)) pch_flags = " -include " + quote(pch_h.string());
  }
  std::vector<Job> jobs;
  std::vector<std::string> objs;
  uint64_t bin_key = env_key;
  auto add_unit = [&](const std::string& name, const std::string& source, const std::set<std::string>& headers) {
    uint64_t key = fnv(source, env_key);
    for (const std::string& h : headers) key = fnv(by_name[h]->header, key);
    fs::path obj = cache / "obj" / (hex64(key) + ".o");
    bin_key = fnv(hex64(key), bin_key);
    // Standard-library units prebuilt with gocxx itself (build/std-cache).
    fs::path pre = fs::path(prebuilt_cache_dir()) / "obj" / (hex64(key) + ".o");
    if (!fs::exists(obj) && fs::exists(pre)) {
      objs.push_back(pre.string());
      return;
    }
    objs.push_back(obj.string());
    if (fs::exists(obj)) return;
    fs::path src = work / (name + ".cpp");
    write(src, source);
    Job j;
    j.src = src.string();
    j.obj = obj.string();
    j.tmp_obj = obj.string() + "." + std::to_string(getpid()) + ".tmp";
    j.cmd = quote(cxx) + " " + flags + pch_flags + " -I" + quote(include) + " -I" + quote(work.string()) + " -c " + quote(j.src) +
            " -o " + quote(j.tmp_obj);
    jobs.push_back(std::move(j));
  };
  for (const lower::Unit& u : out.units) {
    std::set<std::string> hs;
    closure(u.name, hs);
    add_unit(u.name, u.source, hs);
  }
  std::set<std::string> all;
  for (const lower::Unit& u : out.units) all.insert(u.name);
  add_unit("gocxx_main", out.main_source, all);
  fs::path bin = cache / "bin" / (hex64(bin_key) + ".bin");
  if (fs::exists(bin)) {
    fs::remove_all(work, ec);
    return bin.string();
  }
  long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
  if (!run_jobs(jobs, ncpu > 0 ? static_cast<int>(ncpu) : 2)) return "";
  fs::path tmp_bin = bin.string() + "." + std::to_string(getpid()) + ".tmp";
  std::string cmd = quote(cxx) + " -o " + quote(tmp_bin.string());
  for (const std::string& o : objs) cmd += " " + quote(o);
  cmd += " " + quote(lib) + " -lgc -lpthread";
  std::string output;
  if (run_capture(cmd, &output) != 0) {
    std::fprintf(stderr, "gocxx: internal error: linking failed:\n%s", output.c_str());
    return "";
  }
  fs::rename(tmp_bin, bin, ec);
  fs::remove_all(work, ec);
  return bin.string();
}

// A key for the program before translating it: the gocxx binary, the Go
// files named on the command line (or in the directory), every file of the
// bundled standard library and runtime (size and time). An unchanged program
// finds its binary without being parsed again.
std::string source_key(const std::vector<std::string>& inputs, bool lines) {
  std::string id = lines ? "lines|" : "nolines|";
  struct stat st {};
  if (stat("/proc/self/exe", &st) == 0) id += std::to_string(st.st_mtime) + ":" + std::to_string(st.st_size) + "|";
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec && stat(exe.c_str(), &st) == 0) id += std::to_string(st.st_mtime) + ":" + std::to_string(st.st_size) + "|";
  std::vector<std::string> files;
  for (const std::string& in : inputs) {
    if (fs::is_directory(in, ec)) {
      // A module's own packages may be imported too: take every .go file below.
      for (auto it = fs::recursive_directory_iterator(in, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (it->path().extension() == ".go" || it->path().filename() == "go.mod") files.push_back(it->path().string());
      }
    } else {
      files.push_back(in);
    }
  }
  std::sort(files.begin(), files.end());
  uint64_t h = fnv(id);
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    h = fnv(ss.str(), fnv(f, h));
  }
  std::string root = gocxx_root();
  std::vector<std::string> lib_files;
  for (const char* dir : {"/runtime/std", "/runtime/include"}) {
    for (auto it = fs::recursive_directory_iterator(root + dir, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (it->is_regular_file()) lib_files.push_back(it->path().string());
    }
  }
  std::sort(lib_files.begin(), lib_files.end());
  std::string lib_id = runtime_library() + "|" + cxx_compiler();
  for (const std::string& f : lib_files) {
    if (stat(f.c_str(), &st) == 0) lib_id += f + ":" + std::to_string(st.st_mtime) + ":" + std::to_string(st.st_size);
  }
  if (stat(runtime_library().c_str(), &st) == 0) lib_id += std::to_string(st.st_mtime);
  return hex64(fnv(lib_id, h));
}

// The binary for inputs: from the source-keyed cache, or translated and compiled.
std::string build_binary(const std::vector<std::string>& inputs, bool lines) {
  std::string key = source_key(inputs, lines);
  fs::path by_source = fs::path(cache_dir()) / "src" / (key + ".bin");
  if (fs::exists(by_source)) return by_source.string();
  Translated t = translate_inputs(inputs, lines);
  if (!t.ok) return "";
  std::string bin = compile_cached(t.out);
  if (bin.empty()) return "";
  std::error_code ec;
  fs::create_directories(by_source.parent_path(), ec);
  fs::path tmp = by_source.string() + "." + std::to_string(getpid());
  fs::create_hard_link(bin, tmp, ec);
  if (ec) fs::copy_file(bin, tmp, ec);
  if (!ec) fs::rename(tmp, by_source, ec);
  return bin;
}

bool parse_inputs(const std::vector<std::string>& args, std::string* out, std::vector<std::string>* inputs,
                  std::vector<std::string>* rest, bool* lines, bool stop_after_inputs) {
  for (size_t i = 0; i < args.size(); i++) {
    const std::string& a = args[i];
    if (out && (a == "-o" || a == "--o") && i + 1 < args.size()) {
      *out = args[++i];
    } else if (a == "--no-line" || a == "-no-line") {
      *lines = false;
    } else if (!inputs->empty() && stop_after_inputs && (a.size() < 3 || a.substr(a.size() - 3) != ".go")) {
      rest->assign(args.begin() + i, args.end());
      return true;
    } else if (a.size() > 1 && a[0] == '-' && inputs->empty()) {
      std::fprintf(stderr, "gocxx: unknown flag %s\n", a.c_str());
      return false;
    } else {
      inputs->push_back(a);
      if (stop_after_inputs && fs::is_directory(a)) {
        rest->assign(args.begin() + i + 1, args.end());
        return true;
      }
    }
  }
  if (inputs->empty()) inputs->push_back(".");
  return true;
}

}  // namespace

int cmd_translate(const std::vector<std::string>& args) {
  std::string out;
  std::vector<std::string> inputs, rest;
  bool lines = true;
  if (!parse_inputs(args, &out, &inputs, &rest, &lines, false)) return kExitUsage;
  Translated t = translate_inputs(inputs, lines);
  if (!t.ok) return kExitErrors;
  // clang-format recurses on deeply nested code: give it the big stack too.
  std::string cpp;
  base::run_with_stack(base::kLargeStack, [&] { cpp = lower::format_cpp(t.out.single_tu()); });
  if (out.empty() || out == "-") {
    std::fwrite(cpp.data(), 1, cpp.size(), stdout);
  } else {
    std::ofstream f(out, std::ios::binary);
    f << cpp;
  }
  return kExitOk;
}

int cmd_build(const std::vector<std::string>& args) {
  std::string out;
  std::vector<std::string> inputs, rest;
  bool lines = true;
  if (!parse_inputs(args, &out, &inputs, &rest, &lines, false)) return kExitUsage;
  std::string bin = build_binary(inputs, lines);
  if (bin.empty()) return kExitErrors;
  if (out.empty()) {
    fs::path first(inputs[0]);
    out = fs::is_directory(first) ? fs::absolute(first).filename().string() : first.stem().string();
  }
  std::error_code ec;
  fs::remove(out, ec);
  fs::copy_file(bin, out, fs::copy_options::overwrite_existing, ec);
  if (ec) {
    std::fprintf(stderr, "gocxx build: cannot write %s: %s\n", out.c_str(), ec.message().c_str());
    return kExitErrors;
  }
  fs::permissions(out, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                           fs::perms::others_read | fs::perms::others_exec);
  return kExitOk;
}

int cmd_run(const std::vector<std::string>& args) {
  std::vector<std::string> inputs, rest;
  bool lines = true;
  if (!parse_inputs(args, nullptr, &inputs, &rest, &lines, true)) return kExitUsage;
  std::string bin = build_binary(inputs, lines);
  if (bin.empty()) return kExitErrors;
  std::vector<char*> argv;
  std::string name = fs::path(inputs[0]).stem().string();
  argv.push_back(name.data());
  for (std::string& r : rest) argv.push_back(r.data());
  argv.push_back(nullptr);
  std::fflush(stdout);
  execv(bin.c_str(), argv.data());
  std::perror("gocxx run: exec");
  return kExitErrors;
}

}  // namespace gocxx::driver
