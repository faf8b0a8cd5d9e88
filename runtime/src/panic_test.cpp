// Tests for defer/recover semantics: LIFO order, recover only in the deferred call the panic
// runs, re-panics, a panic replacing another, recovered runtime errors, and async defers;
// the direct-call protocol of generated code (recover_enter, recover_forward, make_recovering).
#include <gtest/gtest.h>

#include <string>

#include "gocxx/gocxx.h"

namespace {

using gocxx::Any;
using gocxx::Task;

std::string text(Any v) {
  gocxx::String s;
  if (v.is_nil()) return "<nil>";
  if (gocxx::call_error_method(v, &s)) return std::string(s.view());
  if (v.type == gocxx::type_of_string())
    return std::string(static_cast<const gocxx::String*>(v.data)->view());
  return "?";
}

TEST(Defer, RunsLifo) {
  std::string order;
  {
    gocxx::Defers df;
    df.push([&] { order += "1"; });
    df.push([&] { order += "2"; });
    df.push([&] { order += "3"; });
    df.run();
  }
  EXPECT_EQ(order, "321");
}

const char kTagA = 0;

// func f() (r string) { defer func() { r = fmt.Sprint(recover()) }(); panic("boom") }
std::string recover_in_defer() {
  std::string r;
  gocxx::Defers df;
  try {
    df.push(&kTagA, [&] { r = text(gocxx::recover(&kTagA)); });
    gocxx::panic(gocxx::String("boom"));
  } catch (...) {
    df.panicking(std::current_exception());
  }
  df.run();
  return r;
}

TEST(Recover, StopsThePanic) { EXPECT_EQ(recover_in_defer(), "boom"); }

TEST(Recover, NilWhenNotPanicking) {
  std::string r = "unset";
  gocxx::Defers df;
  df.push(&kTagA, [&] { r = text(gocxx::recover(&kTagA)); });
  df.run();
  EXPECT_EQ(r, "<nil>");
}

const char kTagDirect = 0;

// A function that calls recover, as the emitter writes it: claim on entry, recover with it.
// `depth` nested calls of itself first (Go: only the outermost is called by the panic).
void recovering(int depth, std::string& log) {
  const bool direct = gocxx::recover_enter(&kTagDirect);
  if (depth > 0) recovering(depth - 1, log);
  log += std::to_string(depth) + ":" + text(gocxx::recover_direct(direct)) + ";";
}

// func f() { defer <deferred>; panic("boom") } run under a recover that reports what is left.
template <class Push>
std::string panic_with(Push push) {
  std::string log;
  gocxx::Defers outer;
  try {
    outer.push(&kTagA, [&] { log += "left:" + text(gocxx::recover(&kTagA)); });
    gocxx::Defers df;
    try {
      push(df, log);
      gocxx::panic(gocxx::String("boom"));
    } catch (...) {
      df.panicking(std::current_exception());
    }
    df.run();
  } catch (...) {
    outer.panicking(std::current_exception());
  }
  outer.run();
  return log;
}

TEST(RecoverDirect, OnlyTheOutermostCallOfARecursiveFunction) {
  std::string log = panic_with(
      [](gocxx::Defers& df, std::string& l) { df.push(&kTagDirect, [&l] { recovering(2, l); }); });
  EXPECT_EQ(log, "0:<nil>;1:<nil>;2:boom;left:<nil>");
}

TEST(RecoverDirect, NotInAFunctionCalledByTheDeferredOne) {
  std::string log = panic_with([](gocxx::Defers& df, std::string& l) {
    df.push(&gocxx::no_recover_tag, [&l] { recovering(0, l); });
  });
  EXPECT_EQ(log, "0:<nil>;left:boom");
}

TEST(RecoverDirect, ThroughAFuncValueBox) {
  using F = gocxx::Func<void()>;
  static std::string* out;
  F direct = F::make_recovering(&kTagDirect, [] { recovering(0, *out); });
  F plain = F::make([] { recovering(0, *out); });
  std::string log = panic_with([&](gocxx::Defers& df, std::string& l) {
    out = &l;
    df.push(plain.recover_id(), [plain] { plain(); });
    df.push(direct.recover_id(), [direct] { direct(); });
  });
  // The box hands directness to its target; a plain closure calling it does not.
  EXPECT_EQ(log, "0:boom;0:<nil>;left:<nil>");
}

TEST(RecoverDirect, ForwardOnlyFromTheArmedIdentity) {
  static const char kWrapper = 0, kOther = 0;
  std::string log = panic_with([](gocxx::Defers& df, std::string& l) {
    df.push(&kWrapper, [&l] {
      gocxx::recover_forward(&kOther, &kTagDirect);  // not what the panic called: no effect
      recovering(0, l);
      gocxx::recover_forward(&kWrapper, &kTagDirect);  // what it called: now direct
      recovering(0, l);
      recovering(0, l);  // claimed by the previous call
    });
  });
  EXPECT_EQ(log, "0:<nil>;0:boom;0:<nil>;left:<nil>");
}

const char kTagHelper = 0;
const char kTagInner = 0;

// defer helper(); helper calls inner(), which calls recover(): not called directly by the
// deferred function, so it returns nil and the panic continues.
TEST(Recover, OnlyDirectlyInDeferredCall) {
  std::string r;
  auto inner = [&] { r = text(gocxx::recover(&kTagInner)); };
  EXPECT_THROW(
      {
        gocxx::Defers df;
        try {
          df.push(&kTagHelper, [&] { inner(); });
          gocxx::panic(gocxx::String("boom"));
        } catch (...) {
          df.panicking(std::current_exception());
        }
        df.run();
      },
      gocxx::PanicException);
  EXPECT_EQ(r, "<nil>");
}

TEST(Recover, NewPanicInDeferReplacesOld) {
  std::string r;
  gocxx::Defers outer;
  try {
    outer.push(&kTagA, [&] { r = text(gocxx::recover(&kTagA)); });
    gocxx::Defers df;
    try {
      df.push([&] { gocxx::panic(gocxx::String("second")); });
      gocxx::panic(gocxx::String("first"));
    } catch (...) {
      df.panicking(std::current_exception());
    }
    df.run();
  } catch (...) {
    outer.panicking(std::current_exception());
  }
  outer.run();
  EXPECT_EQ(r, "second");
}

TEST(Recover, RuntimeErrorsCarryGoMessages) {
  auto catch_text = [](auto f) {
    try {
      f();
    } catch (const gocxx::PanicException& e) {
      return text(e.record->value) + " | " + e.record->value.type->name;
    }
    return std::string("no panic");
  };
  EXPECT_EQ(catch_text([] { gocxx::panic_index(5, 3); }),
            "runtime error: index out of range [5] with length 3 | runtime.boundsError");
  EXPECT_EQ(catch_text([] { gocxx::panic_index(-1, 3); }),
            "runtime error: index out of range [-1] | runtime.boundsError");
  EXPECT_EQ(catch_text([] { gocxx::panic_divide(); }),
            "runtime error: integer divide by zero | runtime.errorString");
  EXPECT_EQ(catch_text([] { gocxx::panic_nil_map_write(); }),
            "assignment to entry in nil map | runtime.plainError");
  EXPECT_EQ(
      catch_text([] { gocxx::panic_nil_deref(); }),
      "runtime error: invalid memory address or nil pointer dereference | runtime.errorString");
}

Task<std::string> async_defers() {
  auto c = gocxx::Chan<int64_t>::make();
  std::string log;
  gocxx::go([c]() -> Task<> { co_await c.recv(); });
  {
    gocxx::AsyncDefers df;
    try {
      df.push([&]() -> Task<> {
        co_await c.send(1);  // a deferred call that blocks
        log += "sent;";
      });
      df.push(&kTagA, [&] { log += "recovered " + text(gocxx::recover(&kTagA)) + ";"; });
      gocxx::panic(gocxx::String("x"));
    } catch (...) {
      df.panicking(std::current_exception());
    }
    co_await df.run();
  }
  co_return log;
}

TEST(Defer, AsyncDeferredCallsMayBlock) {
  EXPECT_EQ(gocxx::block_on(async_defers()), "recovered x;sent;");
}

// func leaf() { defer log("leaf;"); runtime.Goexit(); log("unreachable;") }, called from a
// plain function below a goroutine's root: deferred calls run, recover() sees no panic,
// and the goroutine ends without killing the process.
void goexit_leaf(std::string& log) {
  gocxx::Defers df;
  try {
    df.push([&] { log += "leaf;"; });
    gocxx::goexit();
    log += "unreachable;";
  } catch (...) {
    df.panicking(std::current_exception());
  }
  df.run();
}

TEST(Goexit, RunsDeferredCallsAndEndsTheGoroutine) {
  std::string log;
  auto done = gocxx::Chan<int64_t>::make();
  gocxx::go([&]() -> Task<void> {
    gocxx::Defers df;
    try {
      df.push([&] {
        log += gocxx::recover().is_nil() ? "recover nil;" : "recovered;";
        done.close();
      });
      goexit_leaf(log);
      log += "unreachable;";
    } catch (...) {
      df.panicking(std::current_exception());
    }
    df.run();
    co_return;
  });
  gocxx::block_on([&]() -> Task<void> { co_await done.recv(); }());
  EXPECT_EQ(log, "leaf;recover nil;");
}

}  // namespace
