// This file implements `gocxx test`: like `go test`, it builds each package
// with its _test.go files (the in-package ones and the external p_test
// package) and a generated main package (test_funcs.h), runs the test binary
// with -test.* flags, and prints the binary's output and go test's summary
// lines ("ok  \tpkg\t0.012s", "FAIL\tpkg\t0.012s", "?   \tpkg\t[no test
// files]", "FAIL\tpkg [build failed]") with go test's exit status.

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "driver/build_steps.h"
#include "driver/cache.h"
#include "driver/compile.h"
#include "driver/driver.h"
#include "driver/process.h"
#include "driver/test_funcs.h"
#include "driver/test_run.h"

namespace gocxx::driver {

namespace fs = std::filesystem;

namespace {

struct TestOptions {
  BuildOptions build;                 // -o, -work, -x
  bool compile_only = false;          // -c
  bool verbose = false;               // -v
  bool bench = false;                 // -bench given: output is streamed
  bool list = false;                  // -list given: output is shown
  std::vector<std::string> packages;  // empty: the current directory ("local directory mode")
  std::vector<std::string> binary_args;
};

// go test's flags that are the test binary's (-v becomes -test.v=true, -run
// X becomes -test.run=X); whether each takes a value.
struct TestFlag {
  const char* name;
  bool has_value;
};
constexpr TestFlag kTestFlags[] = {
    {"bench", true},   {"benchmem", false}, {"benchtime", true}, {"count", true},
    {"cpu", true},     {"failfast", false}, {"list", true},      {"parallel", true},
    {"run", true},     {"short", false},    {"timeout", true},   {"v", false},
    {"shuffle", true},
};

void test_usage(FILE* out) {
  std::fprintf(
      out,
      "usage: gocxx test [build/test flags] [packages] [build/test flags & test binary flags]\n"
      "Run 'gocxx help test' for details.\n");
}

bool parse_test_flags(const std::vector<std::string>& args, TestOptions* o) {
  bool timeout_set = false;
  for (size_t i = 0; i < args.size(); i++) {
    const std::string& a = args[i];
    if (a == "-args" || a == "--args") {
      o->binary_args.insert(o->binary_args.end(), args.begin() + i + 1, args.end());
      break;
    }
    if (a.size() < 2 || a[0] != '-') {
      o->packages.push_back(a);
      continue;
    }
    std::string name = a.substr(a.rfind("--", 0) == 0 ? 2 : 1), value;
    bool has_value = false;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      has_value = true;
    }
    auto take_value = [&]() -> bool {
      if (has_value) return true;
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "go test: flag needs an argument: -%s\n", name.c_str());
        test_usage(stderr);
        return false;
      }
      value = args[++i];
      return true;
    };
    if (name.rfind("test.", 0) == 0) name = name.substr(5);  // go test accepts -test.v too
    const TestFlag* tf = nullptr;
    for (const TestFlag& f : kTestFlags)
      if (name == f.name) tf = &f;
    if (tf != nullptr) {
      if (tf->has_value && !take_value()) return false;
      if (!tf->has_value && !has_value) value = "true";
      if (name == "v") o->verbose = value == "true";
      if (name == "bench") o->bench = true;
      if (name == "list") o->list = true;
      if (name == "timeout") timeout_set = true;
      o->binary_args.push_back("-test." + name + "=" + value);
    } else if (name == "c" && !has_value) {
      o->compile_only = true;
    } else if (name == "o") {
      if (!take_value()) return false;
      o->build.output = value;
    } else if (name == "work" && !has_value) {
      o->build.keep_work = true;
    } else if (name == "x" && !has_value) {
      o->build.print_commands = true;
    } else {
      std::fprintf(stderr, "flag provided but not defined: -%s\n", name.c_str());
      test_usage(stderr);
      return false;
    }
  }
  // go test's default: a 10 minute limit, and os.Exit(0) from a test is a failure.
  if (!timeout_set) o->binary_args.insert(o->binary_args.begin(), "-test.timeout=10m0s");
  o->binary_args.insert(o->binary_args.begin(), "-test.paniconexit0");
  return true;
}

// The module containing dir: go.mod's directory and module path.
bool find_go_mod(const fs::path& dir, fs::path* root, std::string* module) {
  std::error_code ec;
  for (fs::path d = fs::absolute(dir, ec).lexically_normal(); !d.empty(); d = d.parent_path()) {
    std::ifstream in(d / "go.mod");
    for (std::string line; in && std::getline(in, line);) {
      std::istringstream ls(line);
      std::string word, path;
      if (ls >> word >> path && word == "module") {
        if (path.size() >= 2 && path.front() == '"') path = path.substr(1, path.size() - 2);
        *root = d;
        *module = path;
        return true;
      }
    }
    if (d == d.parent_path()) break;
  }
  return false;
}

// A package to test: its directory and import path.
struct TestPackage {
  fs::path dir;
  std::string path;
};

// Resolves a command-line package (a directory, or an import path in the
// current module) as go test does; prints go's error and returns nullopt.
std::optional<TestPackage> resolve_package(const std::string& arg) {
  fs::path root;
  std::string module;
  std::error_code ec;
  bool local = arg == "." || arg == ".." || arg.rfind("./", 0) == 0 || arg.rfind("../", 0) == 0 ||
               arg[0] == '/';
  fs::path dir = local ? fs::absolute(arg, ec).lexically_normal() : fs::path();
  if (!dir.has_filename()) dir = dir.parent_path();  // "/x/pkg/" from "."
  if (!local) {
    if (!find_go_mod(".", &root, &module) || (arg != module && arg.rfind(module + "/", 0) != 0)) {
      std::fprintf(stderr, "package %s is not in std (%s)\n", arg.c_str(),
                   (fs::path(std_root()) / arg).c_str());
      return std::nullopt;
    }
    dir = root / arg.substr(module.size() + (arg == module ? 0 : 1));
  }
  if (!fs::is_directory(dir, ec)) {
    std::fprintf(stderr, "stat %s: directory not found\n", dir.c_str());
    return std::nullopt;
  }
  if (!find_go_mod(dir, &root, &module)) {
    std::fprintf(stderr,
                 "go: go.mod file not found in current directory or any parent directory; see 'go "
                 "help modules'\n");
    return std::nullopt;
  }
  std::string rel = dir.lexically_relative(root).string();
  return TestPackage{dir, rel == "." ? module : module + "/" + rel};
}

// The package clause's name of a Go file ("" if none is found).
std::string package_name(const fs::path& file) {
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("package ", 0) != 0) continue;
    size_t start = 8, end = start;
    while (end < line.size() &&
           (std::isalnum(static_cast<unsigned char>(line[end])) || line[end] == '_'))
      ++end;
    return line.substr(start, end - start);
  }
  return "";
}

// The package's files, as go list splits them: GoFiles, TestGoFiles (the
// package's own name), XTestGoFiles (name_test).
struct PackageFiles {
  std::string name;
  std::vector<std::string> go, test, xtest;
};

// Whether go's build constraints leave the file out on linux/amd64, for the
// forms test files commonly use: a _GOOS or _GOARCH name suffix of another
// platform, and `//go:build ignore` (the loader applies the same tags to the
// files it is given; this keeps excluded test files from being scanned).
bool excluded_test_file(const fs::path& file) {
  std::string stem = file.stem().string();  // x_windows_test
  if (stem.ends_with("_test")) stem.resize(stem.size() - 5);
  for (const char* other :
       {"_windows", "_darwin", "_plan9", "_js", "_wasm", "_freebsd", "_openbsd", "_netbsd",
        "_solaris", "_aix", "_ios", "_android", "_386", "_arm", "_arm64"})
    if (stem.ends_with(other)) return true;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("package ", 0) == 0) break;
    if (line.rfind("//go:build", 0) == 0 && line.find("ignore") != std::string::npos) return true;
  }
  return false;
}

PackageFiles package_files(const fs::path& dir) {
  PackageFiles pf;
  std::vector<fs::path> all;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
       it.increment(ec)) {
    std::string n = it->path().filename().string();
    if (it->is_regular_file(ec) && it->path().extension() == ".go" && n[0] != '_' && n[0] != '.' &&
        !excluded_test_file(it->path()))
      all.push_back(it->path());
  }
  std::sort(all.begin(), all.end());
  auto is_test = [](const fs::path& p) { return p.filename().string().ends_with("_test.go"); };
  for (const fs::path& p : all)
    if (!is_test(p) && pf.name.empty()) pf.name = package_name(p);
  for (const fs::path& p : all) {
    if (!is_test(p)) {
      pf.go.push_back(p.string());
      continue;
    }
    std::string n = package_name(p);
    if (pf.name.empty() && !n.ends_with("_test")) pf.name = n;
    (n.ends_with("_test") && n != pf.name ? pf.xtest : pf.test).push_back(p.string());
  }
  return pf;
}

// os/exec's ExitError text for a wait() status: "exit status 1",
// "signal: killed".
std::string exec_status(int status) {
  if (status == -1) return "fork/exec: could not be started";
  if (WIFSIGNALED(status)) {
    std::string name = strsignal(WTERMSIG(status));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return "signal: " + name;
  }
  return "exit status " + std::to_string(WEXITSTATUS(status));
}

// Where the generated main package of dir's tests is written: a path that
// stays the same from run to run, because the C++ of the main unit names it
// (#line) and would otherwise never hit the object cache.
fs::path testmain_path(const fs::path& dir) {
  char key[17];
  std::snprintf(key, sizeof key, "%016zx", std::hash<std::string>{}(dir.string()));
  return fs::path(cache_dir()) / "testmain" / key / "_testmain.go";
}

// Writes text to path through a temporary file and a rename, so that
// concurrent runs for the same package never read half a file.
bool write_file_atomically(const fs::path& path, const std::string& text) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  fs::path tmp = path.string() + ".tmp." + std::to_string(getpid());
  {
    std::ofstream f(tmp, std::ios::binary);
    f << text;
    if (!f) return false;
  }
  fs::rename(tmp, path, ec);
  return !ec;
}

// How testing one package went.
enum class Outcome { kPassed, kFailed, kBuildFailed };

// Builds and runs the tests of one package.
Outcome test_package(const TestPackage& pkg, const TestOptions& o) {
  PackageFiles pf = package_files(pkg.dir);
  if (pf.test.empty() && pf.xtest.empty()) {
    std::printf("?   \t%s\t[no test files]\n", pkg.path.c_str());
    return Outcome::kPassed;
  }
  TestFuncs funcs;
  for (const std::string& f : pf.test) scan_test_file(f, "_test", &funcs);
  for (const std::string& f : pf.xtest) scan_test_file(f, "_xtest", &funcs);
  if (!funcs.fuzz_targets.empty())
    funcs.errors.push_back(funcs.fuzz_targets[0].name + ": fuzz tests are not supported by gocxx");
  if (!funcs.errors.empty()) {
    std::fprintf(stderr, "# %s\n", pkg.path.c_str());
    for (const std::string& e : funcs.errors) std::fprintf(stderr, "%s\n", e.c_str());
    std::printf("FAIL\t%s [setup failed]\n", pkg.path.c_str());
    return Outcome::kFailed;
  }
  fs::path work = prepare_work(o.build);
  if (work.empty()) return Outcome::kBuildFailed;
  std::optional<ScopedCleanup> cleanup;
  if (!o.build.keep_work) cleanup.emplace(work.string(), true);
  if (o.build.keep_work) std::fprintf(stderr, "WORK=%s\n", work.c_str());
  fs::path testmain = testmain_path(pkg.dir);
  // A directory of external tests only has no package under test to import.
  bool with_test = !pf.go.empty() || !pf.test.empty();
  if (!write_file_atomically(testmain,
                             testmain_source(funcs, pkg.path, with_test, !pf.xtest.empty()))) {
    std::fprintf(stderr, "gocxx test: cannot write %s\n", testmain.c_str());
    return Outcome::kBuildFailed;
  }
  check::Config config;
  std::vector<std::string> files = pf.go;
  files.insert(files.end(), pf.test.begin(), pf.test.end());
  if (with_test) config.given.push_back({pkg.path, files});
  if (!pf.xtest.empty()) config.given.push_back({pkg.path + "_test", pf.xtest});
  config.module_dir = pkg.dir.string();
  config.test_main = true;
  BuildOptions bopts = o.build;
  bopts.inputs = {testmain.string()};
  Translated t = translate_inputs(bopts, config);
  std::string binary = t.ok ? compile_cached(t.out, bopts, work) : "";
  if (binary.empty()) {
    std::printf("FAIL\t%s [build failed]\n", pkg.path.c_str());
    return Outcome::kBuildFailed;
  }
  if (o.compile_only) {
    std::string out = o.build.output.empty() ? pf.name + ".test" : o.build.output;
    std::error_code ec;
    if (fs::is_directory(out, ec)) out = (fs::path(out) / (pf.name + ".test")).string();
    fs::remove(out, ec);
    fs::copy_file(binary, out, ec);
    if (ec) {
      std::fprintf(stderr, "gocxx test: cannot write %s: %s\n", out.c_str(), ec.message().c_str());
      return Outcome::kBuildFailed;
    }
    return Outcome::kPassed;
  }
  // go test streams the output in local directory mode and when benchmarking;
  // otherwise it shows it only with -v or -list, or when the package fails.
  bool stream = o.packages.empty() || o.bench;
  bool show = o.verbose || o.list;
  bool echo = stream || (show && o.packages.size() == 1);
  TestRun r = run_test_binary(binary, o.binary_args, pkg.dir.string(), echo);
  char elapsed[32];
  std::snprintf(elapsed, sizeof elapsed, "%.3fs", r.seconds);
  bool passed = r.status == 0;
  if (!echo && (show || !passed)) std::fwrite(r.output.data(), 1, r.output.size(), stdout);
  // What go test looks at afterwards is its buffer, empty when it streamed.
  const std::string& out = stream ? std::string() : r.output;
  if (!out.empty() && out.back() != '\n' && (show || !passed)) std::printf("\n");
  if (passed) {
    std::string norun;
    if (out.rfind("testing: warning: no tests to run\n", 0) == 0 ||
        out.find("\ntesting: warning: no tests to run\n") != std::string::npos)
      norun = " [no tests to run]";
    std::printf("ok  \t%s\t%s%s\n", pkg.path.c_str(), elapsed, norun.c_str());
  } else {
    // Without output, the exit status says why it failed (os/exec's error text).
    if (out.empty()) std::printf("%s\n", exec_status(r.status).c_str());
    std::printf("FAIL\t%s\t%s\n", pkg.path.c_str(), elapsed);
  }
  return passed ? Outcome::kPassed : Outcome::kFailed;
}

}  // namespace

int cmd_test(const std::vector<std::string>& args) {
  TestOptions o;
  if (!parse_test_flags(args, &o)) return kExitUsage;
  std::vector<TestPackage> pkgs;
  for (const std::string& p : o.packages.empty() ? std::vector<std::string>{"."} : o.packages) {
    std::optional<TestPackage> tp = resolve_package(p);
    if (!tp) return kExitErrors;
    pkgs.push_back(*tp);
  }
  if (o.compile_only && pkgs.size() > 1 && !o.build.output.empty() &&
      !fs::is_directory(o.build.output)) {
    std::fprintf(stderr, "cannot use -o flag with multiple packages\n");
    return kExitErrors;
  }
  // go test's exit status: 1 if a test failed, 2 if a package did not build.
  int status = kExitOk;
  for (const TestPackage& p : pkgs) {
    Outcome r = test_package(p, o);
    if (r == Outcome::kBuildFailed) status = kExitUsage;
    if (r == Outcome::kFailed && status == kExitOk) status = kExitErrors;
  }
  // go test repeats a failure at the end when packages were named.
  if (status != kExitOk && !o.packages.empty() && !o.compile_only) std::printf("FAIL\n");
  std::fflush(stdout);
  return status;
}

}  // namespace gocxx::driver
