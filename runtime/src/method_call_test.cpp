// Tests for method_call.h: the runtime calling Go methods in either convention. Plain entries
// are called directly; coroutine entries run to completion on the calling goroutine, whether
// they finish without suspending or park until another goroutine wakes them; the runtime's
// own error types offer both entries and itabs take the one the program's registry names.
#include <gtest/gtest.h>

#include <bit>
#include <string>

#include "gocxx/gocxx.h"
#include "test_panic.h"

namespace {

using gocxx::Any;
using gocxx::Method;
using gocxx::MethodFn;
using gocxx::String;
using gocxx::Task;
using gocxx::Type;
using gocxx_test::str;

// type plainErr string; func (e plainErr) Error() string { return string(e) }
String plain_error(const void* d) { return *static_cast<const String*>(d); }

// type chanErr chan string; func (e chanErr) Error() string { return <-e }
Task<String> chan_error(const void* d) {
  co_return co_await std::bit_cast<gocxx::Chan<String>>(d).recv();
}

const Method kPlainMethods[] = {
    {"Error", "func() string", reinterpret_cast<MethodFn>(&plain_error)}};
const Method kChanMethods[] = {
    {"Error", "func() string", nullptr, reinterpret_cast<MethodFn>(&chan_error)}};
const Type kPlainErr{.kind = gocxx::Kind::String,
                     .flags = gocxx::kTypeNamed,
                     .size = sizeof(String),
                     .align = alignof(String),
                     .name = "main.plainErr",
                     .methods = kPlainMethods,
                     .num_methods = 1};
const Type kChanErr{.kind = gocxx::Kind::Chan,
                    .flags = gocxx::kTypeNamed,
                    .size = sizeof(gocxx::Chan<String>),
                    .align = alignof(gocxx::Chan<String>),
                    .name = "main.chanErr",
                    .methods = kChanMethods,
                    .num_methods = 1};

std::string error_text(Any v) {
  String s;
  if (!gocxx::call_error_method(v, &s)) return "<no Error method>";
  return str(s);
}

TEST(MethodCall, PlainEntryIsCalledDirectly) {
  EXPECT_EQ(gocxx::block_on([]() -> Task<std::string> {
              co_return error_text(gocxx::box(String("plain"), &kPlainErr));
            }()),
            "plain");
}

TEST(MethodCall, CoroutineEntryThatDoesNotSuspend) {
  auto run = []() -> Task<std::string> {
    auto c = gocxx::Chan<String>::make(1);
    co_await c.send(String("buffered"));
    co_return error_text(gocxx::box(c, &kChanErr));
  };
  EXPECT_EQ(gocxx::block_on(run()), "buffered");
}

TEST(MethodCall, CoroutineEntryThatParksWaitsForAnotherGoroutine) {
  auto run = []() -> Task<std::string> {
    auto c = gocxx::Chan<String>::make(0);
    gocxx::go([c]() -> Task<> {
      co_await gocxx::sleep(5 * gocxx::kMillisecond);
      co_await c.send(String("from sender"));
    });
    std::string first = error_text(gocxx::box(c, &kChanErr));
    // The goroutine goes on normally after the nested wait: it can block again.
    gocxx::go([c]() -> Task<> { co_await c.send(String("second")); });
    String second = co_await c.recv();
    co_return first + "," + str(second);
  };
  EXPECT_EQ(gocxx::block_on(run()), "from sender,second");
}

TEST(MethodCall, CoroutineEntryOffTheWorkers) {
  // A C++ host thread has no goroutine to run the task on: it becomes one.
  auto c = gocxx::Chan<String>::make(1);
  gocxx::block_on([](gocxx::Chan<String> c) -> Task<> { co_await c.send(String("host")); }(c));
  EXPECT_EQ(error_text(gocxx::box(c, &kChanErr)), "host");
}

// type yieldErr struct{}; func (yieldErr) Error() string { runtime.Gosched(); panic("boom") }
Task<String> yield_then_panic(const void*) {
  co_await gocxx::gosched();
  gocxx::panic(String("boom"));
  co_return String();
}
const Method kYieldMethods[] = {
    {"Error", "func() string", nullptr, reinterpret_cast<MethodFn>(&yield_then_panic)}};
const Type kYieldErr{.kind = gocxx::Kind::Struct,
                     .flags = gocxx::kTypeNamed,
                     .name = "main.yieldErr",
                     .methods = kYieldMethods,
                     .num_methods = 1};

TEST(MethodCall, CoroutineEntryThatYieldsAndPanics) {
  auto run = []() -> Task<std::string> {
    co_return gocxx_test::panic_text([] { error_text(Any{&kYieldErr, nullptr}); });
  };
  EXPECT_EQ(gocxx::block_on(run()), "boom");
}

// The runtime's own error types: Go code calls the plain entry unless the program registered
// `Error() string` as a coroutine family.
struct ErrorIface : Any {
  String ErrorPlain() const { return gocxx::icall<String>(*this, gocxx::type_of_error_iface(), 0); }
  Task<String> ErrorTask() const {
    return gocxx::icall<Task<String>>(*this, gocxx::type_of_error_iface(), 0);
  }
};

Any recovered_bounds_error() {
  try {
    gocxx::panic_index(5, 3);
  } catch (const gocxx::PanicException& e) {
    return e.record->value;
  }
  return {};
}

TEST(MethodCall, RuntimeErrorTypesFollowTheRegistry) {
  EXPECT_FALSE(gocxx::method_family_async("Error", "func() string"));
  Any plain_err = recovered_bounds_error();
  EXPECT_EQ(str(ErrorIface{plain_err}.ErrorPlain()),
            "runtime error: index out of range [5] with length 3");
  EXPECT_EQ(error_text(plain_err), "runtime error: index out of range [5] with length 3");

  // As generated main() does for a program where Error() may block. Itabs are built once per
  // (type, interface), so this process only asks for the coroutine entry of types it has not
  // used through `error` yet.
  gocxx::set_async_methods({"Error func() string", "Read func([]uint8) (int, error)"});
  EXPECT_TRUE(gocxx::method_family_async("Error", "func() string"));
  EXPECT_FALSE(gocxx::method_family_async("Error", "func() int"));
  EXPECT_FALSE(gocxx::method_family_async("String", "func() string"));
  Any tae;
  try {
    gocxx::assert_to<int64_t>(gocxx::make_any(String("s")), gocxx::type_of_int(),
                              gocxx::type_of_any_iface());
  } catch (const gocxx::PanicException& e) {
    tae = e.record->value;
  }
  EXPECT_EQ(str(gocxx::block_on(ErrorIface{tae}.ErrorTask())),
            "interface conversion: interface {} is string, not int");
  // C++ callers take the plain entry of a type that has one.
  EXPECT_EQ(error_text(tae), "interface conversion: interface {} is string, not int");
  gocxx::set_async_methods({});
}

}  // namespace
