// Tests for iface.h and the Type descriptors: dispatch through itabs (value and pointer
// receivers, polymorphic call sites, many threads building itabs at once), assertions with
// go1.19's TypeAssertionError texts, method matching by name and signature, interface
// equality and its uncomparable panic, boxing, and the predeclared descriptors.
#include <gtest/gtest.h>

#include <cmath>
#include <deque>
#include <string>
#include <thread>
#include <vector>

#include "gocxx/gocxx.h"
#include "test_panic.h"

namespace {

using gocxx::Any;
using gocxx::Kind;
using gocxx::Method;
using gocxx::MethodFn;
using gocxx::String;
using gocxx::Type;
using gocxx_test::catch_panic;
using gocxx_test::str;

// --- A hand-written "generated program" ---------------------------------------------------
// type Shape interface { Area() float64; Name() string }
// type Named interface { Name() string }
// type Circle struct{ r float64 }   (value receivers)
// type Sq struct{ s float64 }       (pointer receivers: only *Sq has the methods)
// type Bad struct{}; func (Bad) Name() int     (wrong signature)
// type I interface { String() string; m() }; type T struct{}; func (T) String() string

extern const Type Shape_type, Named_type, Circle_type, Sq_type, SqPtr_type, Bad_type, I_type,
    T_type;

struct Shape : Any {
  double Area() const { return gocxx::icall<double>(*this, &Shape_type, 0); }
  String Name() const { return gocxx::icall<String>(*this, &Shape_type, 1); }
};
struct Named : Any {
  String Name() const { return gocxx::icall<String>(*this, &Named_type, 0); }
};

struct Circle {
  double r;
  static constexpr bool go_pointer_free = true;
  friend bool operator==(const Circle&, const Circle&) = default;
};
struct Sq {
  double s;
};

double Circle_Area(const void* p) {
  return 3 * static_cast<const Circle*>(p)->r * static_cast<const Circle*>(p)->r;
}
String Circle_Name(const void*) { return "circle"; }
double SqPtr_Area(const void* p) {
  return static_cast<const Sq*>(p)->s * static_cast<const Sq*>(p)->s;
}
String SqPtr_Name(const void*) { return "square"; }
int64_t Bad_Name(const void*) { return 7; }
String T_String(const void*) { return "T"; }

#define FN(f) reinterpret_cast<MethodFn>(&f)
const Method kShapeMethods[] = {{"Area", "func() float64", nullptr},
                                {"Name", "func() string", nullptr}};
const Method kNamedMethods[] = {{"Name", "func() string", nullptr}};
const Method kIMethods[] = {{"String", "func() string", nullptr}, {"main.m", "func()", nullptr}};
const Method kCircleMethods[] = {{"Area", "func() float64", FN(Circle_Area)},
                                 {"Name", "func() string", FN(Circle_Name)}};
const Method kSqPtrMethods[] = {{"Area", "func() float64", FN(SqPtr_Area)},
                                {"Name", "func() string", FN(SqPtr_Name)}};
const Method kBadMethods[] = {{"Name", "func() int", FN(Bad_Name)}};
const Method kTMethods[] = {{"String", "func() string", FN(T_String)}};
#undef FN

// Descriptors exactly as generated code writes them: constant-initialized.
constinit const Type Shape_type{.kind = Kind::Interface,
                                .flags = gocxx::kTypeNamed | gocxx::kTypeComparable,
                                .size = 16,
                                .align = 8,
                                .name = "main.Shape",
                                .pkg_path = "main",
                                .methods = kShapeMethods,
                                .num_methods = 2,
                                .equal = gocxx::equal_fn<Shape>,
                                .hash = gocxx::hash_fn<Shape>};
constinit const Type Named_type{.kind = Kind::Interface,
                                .flags = gocxx::kTypeNamed | gocxx::kTypeComparable,
                                .size = 16,
                                .align = 8,
                                .name = "main.Named",
                                .pkg_path = "main",
                                .methods = kNamedMethods,
                                .num_methods = 1,
                                .equal = gocxx::equal_fn<Named>,
                                .hash = gocxx::hash_fn<Named>};
constinit const Type I_type{.kind = Kind::Interface,
                            .flags = gocxx::kTypeNamed | gocxx::kTypeComparable,
                            .size = 16,
                            .align = 8,
                            .name = "main.I",
                            .pkg_path = "main",
                            .methods = kIMethods,
                            .num_methods = 2,
                            .equal = gocxx::equal_fn<Any>,
                            .hash = gocxx::hash_fn<Any>};
constinit const Type Circle_type{
    .kind = Kind::Struct,
    .flags = gocxx::kTypeNamed | gocxx::kTypeComparable | gocxx::kTypePointerFree,
    .size = sizeof(Circle),
    .align = alignof(Circle),
    .name = "main.Circle",
    .pkg_path = "main",
    .methods = kCircleMethods,
    .num_methods = 2,
    .equal = gocxx::equal_fn<Circle>};
constinit const Type Sq_type{.kind = Kind::Struct,
                             .flags = gocxx::kTypeNamed,
                             .size = sizeof(Sq),
                             .align = alignof(Sq),
                             .name = "main.Sq",
                             .pkg_path = "main"};
constinit const Type SqPtr_type{.kind = Kind::Pointer,
                                .flags = gocxx::kTypeComparable,
                                .size = 8,
                                .align = 8,
                                .name = "*main.Sq",
                                .elem = &Sq_type,
                                .methods = kSqPtrMethods,
                                .num_methods = 2,
                                .equal = gocxx::equal_fn<Sq*>,
                                .hash = gocxx::hash_fn<Sq*>};
constinit const Type Bad_type{.kind = Kind::Struct,
                              .flags = gocxx::kTypeNamed,
                              .size = 1,
                              .align = 1,
                              .name = "main.Bad",
                              .pkg_path = "main",
                              .methods = kBadMethods,
                              .num_methods = 1};
constinit const Type T_type{.kind = Kind::Struct,
                            .flags = gocxx::kTypeNamed,
                            .size = 1,
                            .align = 1,
                            .name = "main.T",
                            .pkg_path = "main",
                            .methods = kTMethods,
                            .num_methods = 1};
// A different type that prints the same: `type T` declared inside a function.
constinit const Type LocalT_type{.kind = Kind::Struct,
                                 .flags = gocxx::kTypeNamed,
                                 .size = 1,
                                 .align = 1,
                                 .name = "main.T",
                                 .pkg_path = "main"};
constinit const Type OtherPkgT_type{.kind = Kind::Struct,
                                    .flags = gocxx::kTypeNamed,
                                    .size = 1,
                                    .align = 1,
                                    .name = "main.T",
                                    .pkg_path = "other/main"};
const Type kSliceIntType{
    .kind = Kind::Slice, .size = 24, .align = 8, .name = "[]int", .elem = gocxx::type_of_int()};

Shape as_shape(Any a) { return Shape{a}; }

TEST(Iface, DispatchValueAndPointerReceivers) {
  Shape c = as_shape(gocxx::box(Circle{2}, &Circle_type));
  Sq* sq = gocxx::gc_new<Sq>(Sq{3});
  Shape s = as_shape(gocxx::box(sq, &SqPtr_type));
  EXPECT_EQ(s.data, sq);  // pointer-shaped: the data word is the pointer
  EXPECT_EQ(c.Area(), 12);
  EXPECT_EQ(str(c.Name()), "circle");
  EXPECT_EQ(s.Area(), 9);
  EXPECT_EQ(str(s.Name()), "square");
  sq->s = 4;  // the interface holds the pointer, not a copy
  EXPECT_EQ(s.Area(), 16);
  // A polymorphic call site alternates dynamic types through the one-entry cache.
  std::vector<Shape> shapes{c, s, c, s, c};
  double total = 0;
  for (int round = 0; round < 1000; round++)
    for (const Shape& x : shapes) total += x.Area();
  EXPECT_EQ(total, 1000 * (3 * 12 + 2 * 16));
  // Shape -> Named without assertion: the same two words, dispatched through Named's itabs.
  Named n{c};
  EXPECT_EQ(str(n.Name()), "circle");
}

TEST(Iface, NilInterfaceCallPanics) {
  Shape nil{};
  auto p = catch_panic([&] { nil.Area(); });
  EXPECT_EQ(p.text, "runtime error: invalid memory address or nil pointer dereference");
}

TEST(Iface, MatchesNameAndSignature) {
  EXPECT_TRUE(gocxx::implements(&Circle_type, &Shape_type));
  EXPECT_TRUE(gocxx::implements(&SqPtr_type, &Shape_type));
  EXPECT_FALSE(gocxx::implements(&Sq_type, &Shape_type));   // methods are on *Sq
  EXPECT_FALSE(gocxx::implements(&Bad_type, &Named_type));  // Name() int is not Name() string
  EXPECT_TRUE(gocxx::implements(&Circle_type, gocxx::type_of_any_iface()));
  EXPECT_FALSE(gocxx::implements(nullptr, &Named_type));
  EXPECT_FALSE(gocxx::implements(&T_type, &I_type));
  EXPECT_EQ(gocxx::itab(&Bad_type, &Named_type), nullptr);
  const MethodFn* tab = gocxx::itab(&Circle_type, &Shape_type);
  ASSERT_NE(tab, nullptr);
  EXPECT_EQ(tab[1], kCircleMethods[1].fn);
}

// fmt asserts arguments of many types to the same interfaces: the per-interface cache holds
// several dynamic types at once, misses included, and must answer like the global table
// however the types alternate (including types that share a cache slot).
TEST(Iface, ItabCacheAlternatesTypesAndMisses) {
  const Type* dyns[] = {&Circle_type, &Bad_type, &Sq_type, &SqPtr_type, &T_type};
  for (int round = 0; round < 3; round++) {
    for (const Type* d : dyns) {
      const MethodFn* named = gocxx::itab(d, &Named_type);
      EXPECT_EQ(named != nullptr, gocxx::implements(d, &Named_type)) << d->name;
      const MethodFn* shape = gocxx::itab(d, &Shape_type);
      EXPECT_EQ(shape != nullptr, gocxx::implements(d, &Shape_type)) << d->name;
      if (shape != nullptr) {
        EXPECT_EQ(shape, gocxx::itab(d, &Shape_type));
      }
    }
  }
  // A miss cached for one type never answers for another in the same slot.
  EXPECT_EQ(gocxx::itab(&Sq_type, &Shape_type), nullptr);
  EXPECT_NE(gocxx::itab(&SqPtr_type, &Shape_type), nullptr);
  EXPECT_EQ(gocxx::itab(&Sq_type, &Shape_type), nullptr);
}

TEST(Iface, AssertToConcrete) {
  const Type* any = gocxx::type_of_any_iface();
  Any x = gocxx::box(String("s"), gocxx::type_of_string());
  EXPECT_EQ(str(gocxx::assert_to<String>(x, gocxx::type_of_string(), any)), "s");
  auto p = catch_panic([&] { gocxx::assert_to<int64_t>(x, gocxx::type_of_int(), any); });
  EXPECT_EQ(p.text, "interface conversion: interface {} is string, not int");
  EXPECT_EQ(p.type, "*runtime.TypeAssertionError");
  EXPECT_EQ(catch_panic([&] { gocxx::assert_to<int64_t>(Any{}, gocxx::type_of_int(), any); }).text,
            "interface conversion: interface {} is nil, not int");
  Shape st = as_shape(gocxx::box(Circle{1}, &Circle_type));
  EXPECT_EQ(catch_panic([&] { gocxx::assert_to<Sq*>(st, &SqPtr_type, &Shape_type); }).text,
            "interface conversion: main.Shape is main.Circle, not *main.Sq");
  Any lx = gocxx::box(uint8_t(0), &LocalT_type);
  EXPECT_EQ(
      catch_panic([&] { gocxx::assert_to<uint8_t>(lx, &T_type, any); }).text,
      "interface conversion: interface {} is main.T, not main.T (types from different scopes)");
  Any ox = gocxx::box(uint8_t(0), &OtherPkgT_type);
  EXPECT_EQ(
      catch_panic([&] { gocxx::assert_to<uint8_t>(ox, &T_type, any); }).text,
      "interface conversion: interface {} is main.T, not main.T (types from different packages)");
  auto [v, ok] = gocxx::assert_to2<int64_t>(x, gocxx::type_of_int(), any);
  EXPECT_FALSE(ok);
  EXPECT_EQ(v, 0);
  auto [c, ok2] = gocxx::assert_to2<Circle>(st, &Circle_type, &Shape_type);
  EXPECT_TRUE(ok2);
  EXPECT_EQ(c.r, 1);
}

TEST(Iface, AssertToInterface) {
  const Type* any = gocxx::type_of_any_iface();
  Any c = gocxx::box(Circle{1}, &Circle_type);
  Named n{gocxx::assert_iface(c, &Named_type, any)};
  EXPECT_EQ(str(n.Name()), "circle");
  auto p = catch_panic([&] { gocxx::assert_iface(Any{}, &Named_type, any); });
  EXPECT_EQ(p.text, "interface conversion: interface is nil, not main.Named");
  EXPECT_EQ(p.type, "*runtime.TypeAssertionError");
  Any s = gocxx::box(String("x"), gocxx::type_of_string());
  EXPECT_EQ(catch_panic([&] { gocxx::assert_iface(s, &Named_type, any); }).text,
            "interface conversion: string is not main.Named: missing method Name");
  Any t = gocxx::box(uint8_t(0), &T_type);
  EXPECT_EQ(catch_panic([&] { gocxx::assert_iface(t, &I_type, any); }).text,
            "interface conversion: main.T is not main.I: missing method m");
  Any b = gocxx::box(uint8_t(0), &Bad_type);
  EXPECT_EQ(catch_panic([&] { gocxx::assert_iface(b, &Named_type, any); }).text,
            "interface conversion: main.Bad is not main.Named: missing method Name");
  auto [r, ok] = gocxx::assert_iface2(s, &Named_type, any);
  EXPECT_FALSE(ok);
  EXPECT_TRUE(r.is_nil());
  auto [r2, ok2] = gocxx::assert_iface2(c, &Shape_type, any);
  EXPECT_TRUE(ok2);
  EXPECT_EQ(Shape{r2}.Area(), 3);
  EXPECT_FALSE(std::get<1>(gocxx::assert_iface2(Any{}, &Named_type, any)));
  // x.(any) only needs a non-nil x.
  EXPECT_EQ(gocxx::assert_iface(s, any, &Named_type).data, s.data);
}

TEST(Iface, TypeAssertionErrorIsARuntimeError) {
  auto v = [] {
    try {
      gocxx::assert_to<int64_t>(Any{}, gocxx::type_of_int(), gocxx::type_of_any_iface());
    } catch (const gocxx::PanicException& e) {
      return e.record->value;
    }
    return Any{};
  }();
  ASSERT_FALSE(v.is_nil());
  EXPECT_EQ(std::string(v.type->name), "*runtime.TypeAssertionError");
  EXPECT_EQ(v.type->kind, Kind::Pointer);
  EXPECT_TRUE(gocxx::implements(v.type, gocxx::type_of_error_iface()));
  // runtime.Error: interface { error; RuntimeError() }
  static const Method kRuntimeErrorMethods[] = {{"Error", "func() string", nullptr},
                                                {"RuntimeError", "func()", nullptr}};
  static const Type kRuntimeError{.kind = Kind::Interface,
                                  .name = "runtime.Error",
                                  .pkg_path = "runtime",
                                  .methods = kRuntimeErrorMethods,
                                  .num_methods = 2};
  EXPECT_TRUE(gocxx::implements(v.type, &kRuntimeError));
  String s;
  ASSERT_TRUE(gocxx::call_error_method(v, &s));
  EXPECT_EQ(str(s), "interface conversion: interface {} is nil, not int");
  // Through the error interface, as fmt would.
  struct Error : Any {
    String Error_() const { return gocxx::icall<String>(*this, gocxx::type_of_error_iface(), 0); }
  };
  EXPECT_EQ(str(Error{v}.Error_()), "interface conversion: interface {} is nil, not int");
  EXPECT_TRUE(v == v);  // pointer-shaped and comparable
}

TEST(Iface, Equality) {
  auto i = [](int64_t v) { return gocxx::box(v, gocxx::type_of_int()); };
  EXPECT_TRUE(i(5) == i(5));
  EXPECT_TRUE(i(500) == i(500));
  EXPECT_FALSE(i(5) == i(6));
  EXPECT_FALSE(i(1) == gocxx::box(int32_t(1), gocxx::type_of_int32()));  // different dynamic types
  EXPECT_TRUE(Any{} == Any{});
  EXPECT_FALSE(Any{} == i(0));
  EXPECT_TRUE(gocxx::box(String("ab"), gocxx::type_of_string()) ==
              gocxx::box(String::copy_of("ab"), gocxx::type_of_string()));
  Any nan = gocxx::box(std::nan(""), gocxx::type_of_float64());
  EXPECT_FALSE(nan == nan);  // a boxed NaN is not equal to itself
  EXPECT_TRUE(gocxx::box(0.0, gocxx::type_of_float64()) ==
              gocxx::box(-0.0, gocxx::type_of_float64()));
  Sq a{1}, b{1};
  EXPECT_FALSE(gocxx::box(&a, &SqPtr_type) == gocxx::box(&b, &SqPtr_type));  // pointer identity
  EXPECT_TRUE(gocxx::box(&a, &SqPtr_type) == gocxx::box(&a, &SqPtr_type));
  EXPECT_TRUE(gocxx::box(Circle{2}, &Circle_type) == gocxx::box(Circle{2}, &Circle_type));
  Any s1 = gocxx::box(gocxx::Slice<int64_t>::from({1}), &kSliceIntType);
  Any s2 = gocxx::box(gocxx::Slice<int64_t>::from({1}), &kSliceIntType);
  auto p = catch_panic([&] { (void)(s1 == s2); });
  EXPECT_EQ(p.text, "runtime error: comparing uncomparable type []int");
  EXPECT_EQ(p.type, "runtime.errorString");
  EXPECT_FALSE(s1 == i(1));  // different types: no panic, as in Go
  // Interface-typed values compare through their dynamic values too.
  Shape c1 = as_shape(gocxx::box(Circle{1}, &Circle_type)),
        c2 = as_shape(gocxx::box(Circle{1}, &Circle_type));
  EXPECT_TRUE(c1 == c2);
}

TEST(Iface, BoxingAndUnboxing) {
  // Small integers and zero values share static boxes; everything round-trips.
  Any a = gocxx::box(int64_t(7), gocxx::type_of_int());
  Any b = gocxx::box(int64_t(7), gocxx::type_of_int());
  EXPECT_EQ(a.data, b.data);
  EXPECT_EQ(gocxx::unbox<int64_t>(a), 7);
  EXPECT_EQ(gocxx::unbox<int8_t>(gocxx::box(int8_t(-1), gocxx::type_of_int8())), -1);
  EXPECT_EQ(gocxx::unbox<int32_t>(gocxx::box(int32_t(-100000), gocxx::type_of_int32())), -100000);
  EXPECT_EQ(gocxx::unbox<double>(gocxx::box(2.5, gocxx::type_of_float64())), 2.5);
  EXPECT_EQ(gocxx::unbox<bool>(gocxx::box(true, gocxx::type_of_bool())), true);
  EXPECT_EQ(str(gocxx::unbox<String>(gocxx::box(String::copy_of("hey"), gocxx::type_of_string()))),
            "hey");
  EXPECT_EQ(gocxx::box(String(), gocxx::type_of_string()).data,
            gocxx::box(gocxx::Complex128{}, gocxx::type_of_complex128()).data);  // the zero box
  auto c = gocxx::unbox<gocxx::Complex128>(
      gocxx::box(gocxx::Complex128{1, 2}, gocxx::type_of_complex128()));
  EXPECT_EQ(c.im, 2);
  int64_t x = 0;
  Any p = gocxx::box(&x, gocxx::type_of_unsafe_pointer());
  EXPECT_EQ(p.data, &x);
  EXPECT_EQ(gocxx::unbox<int64_t*>(p), &x);
  auto m = gocxx::Map<int64_t, int64_t>::make();
  Any am = gocxx::box(m, gocxx::type_of_unsafe_pointer());
  EXPECT_EQ(am.data, m.raw());
  using IntMap = gocxx::Map<int64_t, int64_t>;
  EXPECT_EQ(gocxx::unbox<IntMap>(am).raw(), m.raw());
  // Boxes are copies: changing the source later does not change the interface value.
  Circle circ{5};
  Any boxed = gocxx::box(circ, &Circle_type);
  circ.r = 6;
  EXPECT_EQ(gocxx::unbox<Circle>(boxed).r, 5);
  static_assert(std::is_trivially_copyable_v<Any> && std::is_trivially_copyable_v<Shape>);
}

TEST(Iface, PredeclaredDescriptors) {
  struct Row {
    const Type* t;
    Kind k;
    const char* name;
    uint32_t size;
  };
  const Row rows[] = {
      {gocxx::type_of_bool(), Kind::Bool, "bool", 1},
      {gocxx::type_of_int(), Kind::Int, "int", 8},
      {gocxx::type_of_int8(), Kind::Int8, "int8", 1},
      {gocxx::type_of_int16(), Kind::Int16, "int16", 2},
      {gocxx::type_of_int32(), Kind::Int32, "int32", 4},
      {gocxx::type_of_int64(), Kind::Int64, "int64", 8},
      {gocxx::type_of_uint(), Kind::Uint, "uint", 8},
      {gocxx::type_of_uint8(), Kind::Uint8, "uint8", 1},
      {gocxx::type_of_uint16(), Kind::Uint16, "uint16", 2},
      {gocxx::type_of_uint32(), Kind::Uint32, "uint32", 4},
      {gocxx::type_of_uint64(), Kind::Uint64, "uint64", 8},
      {gocxx::type_of_uintptr(), Kind::Uintptr, "uintptr", 8},
      {gocxx::type_of_float32(), Kind::Float32, "float32", 4},
      {gocxx::type_of_float64(), Kind::Float64, "float64", 8},
      {gocxx::type_of_complex64(), Kind::Complex64, "complex64", 8},
      {gocxx::type_of_complex128(), Kind::Complex128, "complex128", 16},
      {gocxx::type_of_string(), Kind::String, "string", 16},
      {gocxx::type_of_unsafe_pointer(), Kind::UnsafePointer, "unsafe.Pointer", 8},
      {gocxx::type_of_error_iface(), Kind::Interface, "error", 16},
      {gocxx::type_of_any_iface(), Kind::Interface, "interface {}", 16},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.name);
    EXPECT_EQ(r.t->kind, r.k);
    EXPECT_EQ(std::string(r.t->name), r.name);
    EXPECT_EQ(r.t->size, r.size);
    EXPECT_NE(r.t->equal, nullptr);
    EXPECT_NE(r.t->hash, nullptr);
    EXPECT_TRUE(r.t->flags & gocxx::kTypeComparable);
  }
  double pz = 0.0, nz = -0.0;
  EXPECT_TRUE(gocxx::type_of_float64()->equal(&pz, &nz));
  EXPECT_EQ(gocxx::type_of_float64()->hash(&pz, 1), gocxx::type_of_float64()->hash(&nz, 1));
  float f = 1.5f;
  EXPECT_EQ(gocxx::type_of_float32()->hash(&f, 3), gocxx::hash_of(1.5f, 3));
  Any e1 = gocxx::box(int64_t(3), gocxx::type_of_int()), e2 = e1;
  EXPECT_TRUE(gocxx::type_of_any_iface()->equal(&e1, &e2));
  EXPECT_TRUE(gocxx::implements(gocxx::type_of_error_string(), gocxx::type_of_error_iface()));
}

// type Fetcher interface { Fetch(int) int } where Fetch blocks: every entry is a coroutine.
gocxx::Task<int64_t> Circle_Fetch(const void* p, int64_t x) {
  co_await gocxx::gosched();
  co_return int64_t(static_cast<const Circle*>(p)->r) + x;
}
const Method kFetcherMethods[] = {{"Fetch", "func(int) int", nullptr}};
constinit const Type Fetcher_type{.kind = Kind::Interface,
                                  .name = "main.Fetcher",
                                  .pkg_path = "main",
                                  .methods = kFetcherMethods,
                                  .num_methods = 1};
const Method kFetchCircleMethods[] = {
    {"Fetch", "func(int) int", reinterpret_cast<MethodFn>(&Circle_Fetch)}};
constinit const Type FetchCircle_type{.kind = Kind::Struct,
                                      .flags = gocxx::kTypeNamed,
                                      .size = sizeof(Circle),
                                      .align = alignof(Circle),
                                      .name = "main.FC",
                                      .pkg_path = "main",
                                      .methods = kFetchCircleMethods,
                                      .num_methods = 1};
struct Fetcher : Any {
  gocxx::Task<int64_t> Fetch(int64_t x) const {
    return gocxx::icall<gocxx::Task<int64_t>>(*this, &Fetcher_type, 0, x);
  }
};

TEST(Iface, BlockingMethodsThroughIcall) {
  Fetcher f{gocxx::box(Circle{40}, &FetchCircle_type)};
  auto run = [](Fetcher f) -> gocxx::Task<int64_t> { co_return co_await f.Fetch(2); };
  EXPECT_EQ(gocxx::block_on(run(f)), 42);
}

// Many threads build and use itabs for 400 (type, interface) pairs at once: the global table
// grows while readers probe it.
TEST(Iface, ConcurrentItabConstruction) {
  constexpr int kTypes = 40, kIfaces = 10;
  static std::vector<std::string> names;
  // Plain std::threads are not registered with the collector: nothing here may allocate.
  static String (*const kName)(const void*) = [](const void* p) {
    const std::string& n = names[size_t(*static_cast<const int64_t*>(p))];
    return String(n.data(), int64_t(n.size()));
  };
  static const Method kMethods[] = {{"Name", "func() string", reinterpret_cast<MethodFn>(kName)}};
  static const Method kIfaceMethods[] = {{"Name", "func() string", nullptr}};
  static std::deque<Type> types, ifaces;
  names.reserve(kTypes + kIfaces);
  for (int i = 0; i < kTypes; i++) {
    names.push_back("main.T" + std::to_string(i));
    Type& t = types.emplace_back();  // descriptors are not copyable (the itab cache is atomic)
    t.kind = Kind::Int;
    t.size = t.align = 8;
    t.name = names.back().c_str();
    t.methods = kMethods;
    t.num_methods = 1;
  }
  for (int i = 0; i < kIfaces; i++) {
    names.push_back("main.I" + std::to_string(i));
    Type& t = ifaces.emplace_back();
    t.kind = Kind::Interface;
    t.size = 16;
    t.align = 8;
    t.name = names.back().c_str();
    t.methods = kIfaceMethods;
    t.num_methods = 1;
  }
  std::atomic<int64_t> errors{0};
  std::vector<std::thread> threads;
  for (int w = 0; w < 4; w++) {
    threads.emplace_back([&, w] {
      for (int round = 0; round < 20; round++) {
        for (int t = 0; t < kTypes; t++) {
          for (int i = 0; i < kIfaces; i++) {
            int tt = (t + w * 7) % kTypes;
            Any x = gocxx::box(int64_t(tt), &types[tt]);
            String s = gocxx::icall<String>(x, &ifaces[i], 0);
            if (s.view() != names[size_t(tt)]) errors++;
          }
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(errors.load(), 0);
}

}  // namespace
