// Tests for func.h: nil funcs, closures sharing captured Go variables, static closures that
// allocate nothing, and blocking func values (Func<Task<R>(A...)>) awaited in goroutines.
#include <gtest/gtest.h>

#include "gocxx/gocxx.h"
#include "test_panic.h"

namespace {

using gocxx::Func;
using gocxx::String;
using gocxx::Task;

int64_t twice(int64_t x) { return 2 * x; }
String greet(String who) { return gocxx::concat(String("hi "), who); }

TEST(Func, NilFuncPanicsNilDeref) {
  Func<int64_t(int64_t)> f{};
  EXPECT_TRUE(f == nullptr);
  EXPECT_FALSE(f != nullptr);
  auto p = gocxx_test::catch_panic([&] { f(1); });
  EXPECT_EQ(p.text, "runtime error: invalid memory address or nil pointer dereference");
  EXPECT_EQ(p.type, "runtime.errorString");
  Func<void()> g = nullptr;
  EXPECT_TRUE(g == nullptr);
  static_assert(std::is_trivially_copyable_v<Func<int64_t(int64_t)>>);
}

TEST(Func, StaticClosureAllocatesNothing) {
  auto f = Func<int64_t(int64_t)>::of<&twice>();
  auto g = Func<int64_t(int64_t)>::of<&twice>();
  EXPECT_EQ(f.raw(), g.raw());  // the same static object
  EXPECT_EQ(f(21), 42);
  EXPECT_TRUE(f != nullptr);
  auto h = Func<String(String)>::of<&greet>();
  EXPECT_EQ(gocxx_test::str(h(String("bob"))), "hi bob");
}

TEST(Func, ClosureCapturesGoVariables) {
  // func counter() func() int { n := 0; return func() int { n++; return n } }
  // A captured Go variable that escapes lives on the Go heap; the closure holds its address.
  auto counter = [] {
    int64_t* n = gocxx::gc_new<int64_t>(0);
    return Func<int64_t()>::make([n] { return ++*n; });
  };
  auto c1 = counter(), c2 = counter();
  EXPECT_EQ(c1(), 1);
  EXPECT_EQ(c1(), 2);
  EXPECT_EQ(c2(), 1);
  auto copy = c1;  // func values share their closure
  EXPECT_EQ(copy(), 3);
  EXPECT_EQ(c1(), 4);
}

TEST(Func, ClosureByValueCaptures) {
  String prefix = String::copy_of("n=");
  int64_t k = 10;
  auto f = Func<String(int64_t)>::make([prefix, k](int64_t x) {
    return gocxx::concat(prefix, gocxx::string_from_rune('0' + (x + k) % 10));
  });
  GC_gcollect();  // the closure (and the string it captured) must survive a collection
  EXPECT_EQ(gocxx_test::str(f(3)), "n=3");
}

TEST(Func, CapturelessLambdaIsStatic) {
  auto f = Func<int64_t(int64_t, int64_t)>::make([](int64_t a, int64_t b) { return a - b; });
  auto g = Func<int64_t(int64_t, int64_t)>::make([](int64_t a, int64_t b) { return a - b; });
  EXPECT_EQ(f(5, 3), 2);
  EXPECT_NE(f.raw(), nullptr);
  (void)g;
}

Task<int64_t> slow_double(int64_t x) {
  co_await gocxx::gosched();
  co_return 2 * x;
}

TEST(Func, BlockingFuncValues) {
  auto f = Func<Task<int64_t>(int64_t)>::of<&slow_double>();
  int64_t* base = gocxx::gc_new<int64_t>(100);
  auto g = Func<Task<int64_t>(int64_t)>::make([base](int64_t x) -> Task<int64_t> {
    co_await gocxx::gosched();
    co_return *base + x;
  });
  auto run = [](Func<Task<int64_t>(int64_t)> f, Func<Task<int64_t>(int64_t)> g) -> Task<int64_t> {
    int64_t a = co_await f(4);
    int64_t b = co_await g(a);
    co_return b;
  };
  EXPECT_EQ(gocxx::block_on(run(f, g)), 108);
  Func<Task<int64_t>(int64_t)> nil{};
  auto p = gocxx_test::catch_panic([&] { gocxx::block_on(run(nil, g)); });
  EXPECT_EQ(p.text, "runtime error: invalid memory address or nil pointer dereference");
}

}  // namespace
