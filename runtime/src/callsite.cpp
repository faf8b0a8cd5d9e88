// This file implements the call-site chain (see gocxx/callsite.h): a per-goroutine list of
// guards, innermost first, kept in the G (or in the thread outside goroutines).
#include "gocxx/callsite.h"

#include "gocxx/detail/g.h"

namespace gocxx {
namespace {

thread_local const void* tl_callsites = nullptr;

// The running goroutine's chain head (guards are temporaries of its frames, so they are
// created and destroyed in LIFO order on the same goroutine, whichever thread runs it).
const void** head() {
  detail::G* g = detail::current_g();
  return g ? &g->callsites : &tl_callsites;
}

}  // namespace

CallSiteGuard::CallSiteGuard(const char* f, int64_t l) noexcept : file(f), line(l) {
  const void** h = head();
  prev_ = static_cast<const CallSiteGuard*>(*h);
  *h = this;
}

CallSiteGuard::~CallSiteGuard() { *head() = prev_; }

const CallSiteGuard* callsite(int64_t skip) {
  auto* c = static_cast<const CallSiteGuard*>(*head());
  for (; c != nullptr && skip > 0; skip--) c = c->prev_;
  return c;
}

}  // namespace gocxx
