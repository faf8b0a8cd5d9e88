// This file implements the frontend entry (see frontend_entry.h).

#include "fuzz/frontend_entry.h"

#include <pthread.h>
#include <sys/resource.h>

#include <condition_variable>
#include <ctime>
#include <functional>
#include <memory>
#include <mutex>

#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "base/stack.h"
#include "parse/parser.h"
#include "parse/verify.h"
#include "parse/visit.h"
#include "scan/scanner.h"

#ifdef GOCXX_FRONTEND_WITH_CHECK
#include "check/check.h"
#endif

namespace gocxx::fuzz {
namespace {

constexpr const char* kFileName = "fuzz.go";

// User CPU time of the calling thread. System time is left out on purpose:
// it is page faults, whose cost depends on the machine (under this VM a
// 200 MB frontend run spends 0.6-0.8 s there, more when the host is busy),
// while the superlinear blowups the bounds catch show up in user time.
double thread_cpu_seconds() {
  rusage ru{};
  getrusage(RUSAGE_THREAD, &ru);
  return static_cast<double>(ru.ru_utime.tv_sec) + static_cast<double>(ru.ru_utime.tv_usec) * 1e-6;
}

// Every reported diagnostic must point into the file (or have no position),
// and rendering them (line lookup, caret) must work in both styles.
void check_diagnostics(const base::Diagnostics& diags, const base::SourceFile& file,
                       const char* phase, std::vector<std::string>& problems) {
  for (const base::Diagnostic* d : diags.sorted()) {
    if (d->pos.is_valid() && !file.contains(d->pos)) {
      problems.push_back(std::string(phase) + ": diagnostic outside the file: " + d->message);
      break;
    }
  }
  base::PrintOptions options;
  options.max_errors = 0;
  (void)diags.render(options);
  options.style = base::PrintOptions::Style::kGc;
  (void)diags.render(options);
}

// Phase 1: the scanner alone. Each token other than an automatic semicolon
// consumes at least one byte, so a scanner making progress returns at most
// about two tokens per byte; positions never decrease and stay in the file.
void scan_all(const base::SourceManager& sources, const base::SourceFile& file,
              std::vector<std::string>& problems) {
  base::Diagnostics diags(sources);  // errors are the parser run's business
  scan::Scanner s(file, diags);
  const uint64_t limit = 2 * uint64_t{file.size()} + 16;
  uint32_t last = file.base().raw();
  for (uint64_t n = 0;; n++) {
    s.next();
    const scan::Token& t = s.token();
    if (!file.contains(t.pos)) {
      problems.push_back("scanner: token position outside the file");
      return;
    }
    if (t.pos.raw() < last) {
      problems.push_back("scanner: token position went backwards");
      return;
    }
    last = t.pos.raw();
    if (t.kind == scan::TokenKind::EndOfFile) return;
    if (n > limit) {
      problems.push_back("scanner: no progress (more tokens than twice the bytes)");
      return;
    }
  }
}

// Phase 2: parse, verify the tree, and check that every node position is
// in the file (or absent).
size_t parse_and_verify(const base::SourceManager& sources, const base::SourceFile& file,
                        std::vector<std::string>& problems) {
  const base::SourceFile* f = &file;
  base::Diagnostics parse_diags(sources);
  ast::Arena arena;
  ast::File* tree = parse::parse_file(*f, parse_diags, arena);
  if (tree == nullptr) {
    problems.push_back("parse_file returned null");
    return parse_diags.error_count();
  }
  if (std::string problem = ast::verify(tree); !problem.empty()) {
    problems.push_back("ast::verify: " + problem);
  }
  bool bad_pos = false;
  ast::walk(tree, [&](ast::Node* n) {
    if (!bad_pos && n->pos.is_valid() && !f->contains(n->pos)) {
      problems.push_back("parser: node position outside the file: " +
                         std::string(ast::kind_name(n->kind)));
      bad_pos = true;
    }
    return !bad_pos;
  });
  check_diagnostics(parse_diags, *f, "parser", problems);
  return parse_diags.error_count();
}

// A reusable thread with a large stack that runs one job at a time.
class LargeStackWorker {
 public:
  LargeStackWorker() {
    pthread_attr_t attr;
    started_ = pthread_attr_init(&attr) == 0 &&
               pthread_attr_setstacksize(&attr, base::kLargeStack) == 0 &&
               pthread_create(&thread_, &attr, &LargeStackWorker::main, this) == 0;
    pthread_attr_destroy(&attr);
    if (started_) pthread_detach(thread_);
  }

  void run(const std::function<void()>& fn) {
    if (!started_) {
      fn();
      return;
    }
    std::unique_lock<std::mutex> lock(mu_);
    job_ = &fn;
    done_ = false;
    cv_.notify_all();
    cv_.wait(lock, [&] { return done_; });
  }

 private:
  static void* main(void* self) {
    static_cast<LargeStackWorker*>(self)->loop();
    return nullptr;
  }
  void loop() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      cv_.wait(lock, [&] { return job_ != nullptr; });
      const std::function<void()>* job = job_;
      lock.unlock();
      (*job)();
      lock.lock();
      job_ = nullptr;
      done_ = true;
      cv_.notify_all();
    }
  }

  bool started_ = false;
  pthread_t thread_{};
  std::mutex mu_;
  std::condition_variable cv_;
  const std::function<void()>* job_ = nullptr;
  bool done_ = false;
};

}  // namespace

bool frontend_has_checker() {
#ifdef GOCXX_FRONTEND_WITH_CHECK
  return true;
#else
  return false;
#endif
}

FrontendResult run_frontend(std::string_view text, const FrontendOptions& options) {
  FrontendResult result;
  double cpu_start = thread_cpu_seconds();
  {
    base::SourceManager sources;
    const base::SourceFile* file = sources.add_buffer(kFileName, std::string(text));
    scan_all(sources, *file, result.problems);
    result.parse_errors = parse_and_verify(sources, *file, result.problems);
  }
#ifdef GOCXX_FRONTEND_WITH_CHECK
  if (options.check) {
    base::SourceManager sources;
    base::Diagnostics diags(sources);
    const base::SourceFile* files[] = {sources.add_buffer(kFileName, std::string(text))};
    check::Config config;
    config.std_root = options.std_root.empty() ? std::string(GOCXX_STD_ROOT) : options.std_root;
    {
      std::unique_ptr<check::Program> program = check::check_files(files, config, sources, diags);
      if (program == nullptr) result.problems.push_back("check_files returned null");
    }
    result.checked = true;
    result.check_errors = diags.error_count();
    // The checker parses the file again: a syntax error must not vanish.
    if (result.parse_errors > 0 && result.check_errors == 0) {
      result.problems.push_back("checker: syntax errors were not reported");
    }
    check_diagnostics(diags, *files[0], "checker", result.problems);
  }
#else
  (void)options;
#endif
  result.cpu_seconds = thread_cpu_seconds() - cpu_start;
  return result;
}

FrontendResult run_frontend_on_large_stack(std::string_view text, const FrontendOptions& options) {
  // Never destroyed: at exit the worker still waits on its condition variable.
  static LargeStackWorker* worker = new LargeStackWorker;
  static std::mutex* one_at_a_time = new std::mutex;
  std::lock_guard<std::mutex> guard(*one_at_a_time);
  FrontendResult result;
  worker->run([&] { result = run_frontend(text, options); });
  return result;
}

}  // namespace gocxx::fuzz
