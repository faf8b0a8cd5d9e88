// This file implements panics, runtime errors, deferred-call running, recover and the report
// of an unrecovered panic (see panic.h). The report follows Go's printpanics: older panics
// first, each later one on a line starting with a tab, " [recovered]" after recovered ones,
// then a blank line and the goroutine header; exit status 2.
#include "gocxx/panic.h"

#include <cstdio>
#include <string>
#include <typeinfo>

#include "gocxx/hash.h"
#include "gocxx/iface.h"
#include "gocxx/method_call.h"
#include "gocxx/print.h"
#include "sched_internal.h"

namespace gocxx {

using detail::G;
using detail::PanicRecord;

namespace {

// Goroutines keep their panic chain in their record; other threads (hand-written C++ outside
// the scheduler) keep it here.
thread_local PanicRecord* tl_panic = nullptr;
thread_local const void* tl_recover = nullptr;

PanicRecord*& panic_head() {
  G* g = detail::current_g();
  return g ? g->panic : tl_panic;
}
const void*& recover_slot() {
  G* g = detail::current_g();
  return g ? g->recover_frame : tl_recover;
}

// Sentinels for the recover slot: no deferred call is armed / an untagged one is / the
// directly called function has claimed it (recover_enter).
const char kNotArmed = 0;
const char kArmedAny = 0;
const char kClaimed = 0;

// The panic a directly called deferred function may stop: the newest, unless it is over.
PanicRecord* recoverable_panic() {
  PanicRecord* p = panic_head();
  if (p == nullptr || p->recovered || p->aborted) return nullptr;
  return p;
}

bool is_goexit(const std::exception_ptr& e) {
#if defined(__GLIBCXX__) && defined(__cpp_rtti)
  // libstdc++ tells the type of the exception held: no rethrow, which would double the cost
  // of every panic.
  const std::type_info* t = e.__cxa_exception_type();
  return t != nullptr && *t == typeid(GoexitException);
#else
  try {
    std::rethrow_exception(e);
  } catch (const GoexitException&) {
    return true;
  } catch (...) {
  }
  return false;
#endif
}

String message_error(const void* data) { return *static_cast<const String*>(data); }
void runtime_error_marker(const void*) {}

// The runtime's error types. Each box holds the message text as a String (Go's boundsError
// holds the numbers and formats them in Error; the text is all anything here needs).
#define GOCXX_RUNTIME_ERROR_TYPE(var, K, text)                          \
  const Method var##_methods[] = {                                      \
      runtime_method<&message_error>("Error", "func() string"),         \
      runtime_method<&runtime_error_marker>("RuntimeError", "func()")}; \
  const Type var{.kind = Kind::K,                                       \
                 .flags = kTypeNamed | kTypeComparable,                 \
                 .size = sizeof(String),                                \
                 .align = alignof(String),                              \
                 .name = text,                                          \
                 .pkg_path = "runtime",                                 \
                 .methods = var##_methods,                              \
                 .num_methods = 2,                                      \
                 .equal = equal_fn<String>,                             \
                 .hash = hash_fn<String>};

GOCXX_RUNTIME_ERROR_TYPE(kBoundsError, Struct, "runtime.boundsError")
GOCXX_RUNTIME_ERROR_TYPE(kErrorString, String, "runtime.errorString")
GOCXX_RUNTIME_ERROR_TYPE(kPlainError, String, "runtime.plainError")
#undef GOCXX_RUNTIME_ERROR_TYPE

const char kNilDeref[] = "runtime error: invalid memory address or nil pointer dereference";

[[noreturn]] void throw_runtime(const Type* t, std::string msg) {
  panic(Any{t, gc_new<String>(String::copy_of(msg))});
}

bool is_builtin_name(const Type* t) {
  switch (t->kind) {
    case Kind::Bool:
      return std::string_view(t->name) == "bool";
    case Kind::String:
      return std::string_view(t->name) == "string";
    default:
      break;
  }
  static const char* const names[] = {"int",     "int8",    "int16",   "int32",     "int64",
                                      "uint",    "uint8",   "uint16",  "uint32",    "uint64",
                                      "uintptr", "float32", "float64", "complex64", "complex128"};
  for (const char* n : names)
    if (std::string_view(t->name) == n) return true;
  return false;
}

// Appends a scalar of a basic kind; false if the kind is not basic.
bool print_basic(std::string& out, Kind k, const void* d) {
  switch (k) {
    case Kind::Bool:
      print_to(out, *static_cast<const bool*>(d));
      return true;
    case Kind::Int:
    case Kind::Int64:
      print_to(out, *static_cast<const int64_t*>(d));
      return true;
    case Kind::Int8:
      print_to(out, int64_t(*static_cast<const int8_t*>(d)));
      return true;
    case Kind::Int16:
      print_to(out, int64_t(*static_cast<const int16_t*>(d)));
      return true;
    case Kind::Int32:
      print_to(out, int64_t(*static_cast<const int32_t*>(d)));
      return true;
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr:
      print_to(out, *static_cast<const uint64_t*>(d));
      return true;
    case Kind::Uint8:
      print_to(out, uint64_t(*static_cast<const uint8_t*>(d)));
      return true;
    case Kind::Uint16:
      print_to(out, uint64_t(*static_cast<const uint16_t*>(d)));
      return true;
    case Kind::Uint32:
      print_to(out, uint64_t(*static_cast<const uint32_t*>(d)));
      return true;
    case Kind::Float32:
      print_to(out, double(*static_cast<const float*>(d)));
      return true;
    case Kind::Float64:
      print_to(out, *static_cast<const double*>(d));
      return true;
    case Kind::Complex64: {
      auto* c = static_cast<const float*>(d);
      print_to(out, std::complex<double>(c[0], c[1]));
      return true;
    }
    case Kind::Complex128:
      print_to(out, *static_cast<const std::complex<double>*>(d));
      return true;
    case Kind::String:
      print_to(out, *static_cast<const String*>(d));
      return true;
    default:
      return false;
  }
}

// Go's printany after preprintpanics turned errors and Stringers into their text.
void print_panic_value(std::string& out, Any v) {
  if (v.type == nullptr) {
    out += "nil";
  } else if (is_builtin_name(v.type)) {
    print_basic(out, v.type->kind, v.data);
  } else if (v.type->kind == Kind::String) {
    out += v.type->name;
    out += "(\"";
    print_to(out, *static_cast<const String*>(v.data));
    out += "\")";
  } else if (v.type->kind == Kind::Complex64 || v.type->kind == Kind::Complex128) {
    out += v.type->name;
    print_basic(out, v.type->kind, v.data);
  } else {
    std::string tmp;
    if (print_basic(tmp, v.type->kind, v.data)) {
      out += v.type->name;
      out += '(';
      out += tmp;
      out += ')';
    } else {
      out += '(';
      out += v.type->name;
      out += ") ";
      print_pointer(out, v.data);
    }
  }
}

void print_chain(std::string& out, PanicRecord* p) {
  if (p->link) {
    print_chain(out, p->link);
    out += '\t';
  }
  out += "panic: ";
  print_panic_value(out, p->value);
  if (p->recovered) out += " [recovered]";
  out += '\n';
}

// Go's preprintpanics: before anything is printed, each panic value with an Error or String
// method becomes that text, newest panic first. A panic inside one is fatal, as in Go.
void preprint_panics(PanicRecord* p) {
  for (; p != nullptr; p = p->link) {
    String s;
    try {
      if (call_error_method(p->value, &s) || call_string_method(p->value, &s))
        p->value = make_any(s);
    } catch (const PanicException& inner) {
      Any r = inner.record->value;
      std::string out = "fatal error: panic while printing panic value: ";
      // Go's `case string:`: the predeclared type (generated code has its own descriptor).
      if (r.type != nullptr && r.type->kind == Kind::String && is_builtin_name(r.type)) {
        print_to(out, *static_cast<const String*>(r.data));
      } else {
        out += "type ";
        out += r.type ? r.type->name : "nil";
      }
      G* g = detail::current_g();
      out += "\n\ngoroutine " + std::to_string(g ? g->id : 1) + " [running]:\n";
      detail::write_stderr(out.data(), out.size());
      detail::exit_process(2);
    }
  }
}

bool is_nil_deref(Any v) {
  return v.type == &kErrorString && static_cast<const String*>(v.data)->view() == kNilDeref;
}

}  // namespace

void panic(Any v) {
  auto* rec = gc_new<PanicRecord>();
  rec->value = v;
  PanicRecord*& head = panic_head();
  rec->link = head;
  head = rec;
  throw PanicException{rec};
}

void panic(String s) { panic(make_any(s)); }

void panic_runtime_error(String msg) {
  throw_runtime(&kErrorString, "runtime error: " + std::string(msg.view()));
}
void panic_plain(String msg) { throw_runtime(&kPlainError, std::string(msg.view())); }
void panic_value_receiver(const char* msg) { throw_runtime(&kPlainError, std::string(msg)); }

void panic_index(int64_t i, int64_t len) { panic_bounds(BoundsCode::Index, i, len); }

void panic_bounds(BoundsCode code, int64_t x, int64_t y) {
  // Go's boundsErrorFmts / boundsNegErrorFmts: a negative x needs no y.
  std::string xs = std::to_string(x), ys = std::to_string(y);
  std::string m = "runtime error: ";
  bool neg = x < 0;
  switch (code) {
    case BoundsCode::Index:
      m += "index out of range [" + xs + "]" + (neg ? "" : " with length " + ys);
      break;
    case BoundsCode::SliceAlen:
      m += "slice bounds out of range [:" + xs + "]" + (neg ? "" : " with length " + ys);
      break;
    case BoundsCode::SliceAcap:
      m += "slice bounds out of range [:" + xs + "]" + (neg ? "" : " with capacity " + ys);
      break;
    case BoundsCode::SliceB:
      m += "slice bounds out of range [" + xs + ":" + (neg ? "" : ys) + "]";
      break;
    case BoundsCode::Slice3Alen:
      m += "slice bounds out of range [::" + xs + "]" + (neg ? "" : " with length " + ys);
      break;
    case BoundsCode::Slice3Acap:
      m += "slice bounds out of range [::" + xs + "]" + (neg ? "" : " with capacity " + ys);
      break;
    case BoundsCode::Slice3B:
      m += "slice bounds out of range [:" + xs + ":" + (neg ? "" : ys) + "]";
      break;
    case BoundsCode::Slice3C:
      m += "slice bounds out of range [" + xs + ":" + (neg ? "" : ys) + ":]";
      break;
    case BoundsCode::Convert:
      m += "cannot convert slice with length " + ys + " to pointer to array with length " + xs;
      break;
  }
  throw_runtime(&kBoundsError, std::move(m));
}

void panic_nil_deref() { throw_runtime(&kErrorString, kNilDeref); }
void panic_divide() { throw_runtime(&kErrorString, "runtime error: integer divide by zero"); }
void panic_shift() { throw_runtime(&kErrorString, "runtime error: negative shift amount"); }
void panic_nil_map_write() { throw_runtime(&kPlainError, "assignment to entry in nil map"); }

Any recover(const void* tag) {
  const void* armed = recover_slot();
  if (armed == &kNotArmed || armed == nullptr || armed == &kClaimed) return {};
  // armed holds the tag of the deferred call the panic is running, or the null-tag marker.
  if (tag != nullptr && armed != tag && armed != &kArmedAny) return {};
  PanicRecord* p = recoverable_panic();
  if (p == nullptr) return {};
  p->recovered = true;
  return p->value;
}

bool recover_enter(const void* self) {
  const void*& slot = recover_slot();
  if (slot != self && slot != &kArmedAny) return false;
  slot = &kClaimed;
  return true;
}

Any recover_direct(bool direct) {
  PanicRecord* p = direct ? recoverable_panic() : nullptr;
  if (p == nullptr) return {};
  p->recovered = true;
  return p->value;
}

void recover_forward(const void* from, const void* to) {
  const void*& slot = recover_slot();
  if (slot == from) slot = to;
}

void recover_forward_imethod(const void* from, const Any& x, const Type* iface, int i) {
  const void*& slot = recover_slot();
  if (slot == from) slot = imethod_recover_id(x, iface, i);
}

Any recover_deferred(bool direct) {
  if (recover_slot() == &deferred_recover_tag) return {};  // called by the panic itself
  return recover_direct(direct);
}

void goexit() { throw GoexitException{}; }

void die_with_panic(std::exception_ptr e) noexcept {
  std::string out;
  try {
    std::rethrow_exception(e);
  } catch (const PanicException& pe) {
    bool nil_deref = is_nil_deref(pe.record->value);
    preprint_panics(pe.record);
    print_chain(out, pe.record);
    if (nil_deref) out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
  } catch (const std::exception& ex) {
    out += "panic: ";
    out += ex.what();
    out += '\n';
  } catch (...) {
    out += "panic: unknown C++ exception\n";
  }
  G* g = detail::current_g();
  out += "\ngoroutine " + std::to_string(g ? g->id : 1) + " [running]:\n";
  detail::write_stderr(out.data(), out.size());
  detail::exit_process(2);
}

namespace detail {

void die_unrecovered(std::exception_ptr e) noexcept { die_with_panic(std::move(e)); }

void root_exception(std::exception_ptr e) noexcept {
  try {
    std::rethrow_exception(e);
  } catch (const GoexitException&) {
    goroutine_goexited();
    return;
  } catch (...) {
  }
  die_with_panic(std::move(e));
}

PanicRecord* DefersBase::begin_call(DeferNode* n) {
  head_ = n->next;
  const void*& slot = recover_slot();
  saved_recover_ = slot;
  PanicRecord* p = nullptr;
  if (exception_) {
    p = panic_head();
    // Arm recover for exactly this deferred call: its tag, or "any" for untagged ones.
    // Deferred calls run by runtime.Goexit recover nothing (Go's goexit panic record).
    slot = goexit_ ? &kNotArmed : n->tag ? n->tag : &kArmedAny;
  }
  // Otherwise the function is returning normally and its deferred calls are
  // ordinary calls made by it: recover() sees what the function itself would.
  return p;
}

void DefersBase::end_call(PanicRecord* p) {
  recover_slot() = saved_recover_;
  if (p && p->recovered && exception_) {
    // The panic stops here, and with it every older panic it had aborted.
    PanicRecord*& head = panic_head();
    PanicRecord* q = p->link;
    while (q && q->aborted) q = q->link;
    head = q;
    exception_ = nullptr;
  }
}

void DefersBase::panicking(std::exception_ptr e) noexcept {
  goexit_ = is_goexit(e);
  exception_ = std::move(e);
}

void DefersBase::call_panicked(std::exception_ptr e, PanicRecord* p) noexcept {
  recover_slot() = saved_recover_;
  if (p) p->aborted = true;
  panicking(std::move(e));
}

void DefersBase::finish() {
  if (exception_) std::rethrow_exception(std::exchange(exception_, nullptr));
}

}  // namespace detail

void Defers::run() {
  while (detail::DeferNode* n = head_) {
    PanicRecord* p = begin_call(n);
    try {
      n->invoke(n);
    } catch (...) {
      call_panicked(std::current_exception(), p);
      continue;
    }
    end_call(p);
  }
  finish();
}

Task<void> AsyncDefers::run() {
  while (detail::DeferNode* n = head_) {
    PanicRecord* p = begin_call(n);
    std::exception_ptr raised;
    try {
      co_await n->invoke_async(n);
    } catch (...) {
      raised = std::current_exception();
    }
    if (raised) {
      call_panicked(std::move(raised), p);
      continue;
    }
    end_call(p);
  }
  finish();
}

}  // namespace gocxx
