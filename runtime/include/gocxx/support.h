// This file implements small helpers that generated code uses beside the
// value headers: the print/println builtins over all Go values, nil tests,
// retyping a comma-ok interface assertion, and the program's arguments.
//
//   println("x", 1, 2.5)      ->  gocxx::builtin_println(gocxx::String("x"), 1, 2.5)
//   s == nil  (slice)         ->  gocxx::is_nil(s)
#pragma once

#include <bit>
#include <cmath>
#include <limits>
#include <string>
#include <tuple>
#include <type_traits>

#include "gocxx/gocxx.h"

namespace gocxx {

inline double inf() { return std::numeric_limits<double>::infinity(); }

// os.Args: set once by main() before anything runs.
void set_args(int argc, char** argv);
int program_argc();
char** program_argv();

// The body of a method-table entry for a blocking method whose interface
// method family the analysis found non-blocking: its type is never converted
// to an interface by reachable code, so the entry is never called. Reaching
// it is a gocxx bug (a value made outside Go code, say); it says so and exits.
[[noreturn]] void unreachable_blocking_method(const char* method);
// The same for a blocking function made a value of a non-blocking func type
// by code that the analysis found unreachable.
[[noreturn]] void unreachable_blocking_func(const char* func);

namespace detail {

template <class T>
struct is_slice : std::false_type {};
template <class T>
struct is_slice<Slice<T>> : std::true_type {};

template <class T>
void print_one(std::string& out, const T& v) {
  if constexpr (std::is_same_v<T, bool>)
    print_to(out, v);
  else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>)
    print_to(out, static_cast<int64_t>(v));
  else if constexpr (std::is_integral_v<T>)
    print_to(out, static_cast<uint64_t>(v));
  else if constexpr (std::is_floating_point_v<T>)
    print_to(out, static_cast<double>(v));
  else if constexpr (std::is_same_v<T, String>)
    print_to(out, v);
  else if constexpr (std::is_same_v<T, Complex128> || std::is_same_v<T, Complex64>)
    print_to(out, std::complex<double>(v.re, v.im));
  else if constexpr (std::is_pointer_v<T>)
    print_pointer(out, v);
  else if constexpr (std::is_base_of_v<Any, T>) {
    out += '(';
    print_pointer(out, v.type);
    out += ',';
    print_pointer(out, v.data);
    out += ')';
  } else if constexpr (is_slice<T>::value) {
    out += '[' + std::to_string(v.len) + '/' + std::to_string(v.cap) + ']';
    print_pointer(out, v.ptr);
  } else {
    // Channels, maps and funcs print as their pointer word.
    static_assert(sizeof(T) == sizeof(void*), "print of an unsupported type");
    const void* p;
    std::memcpy(&p, &v, sizeof p);
    print_pointer(out, p);
  }
}

}  // namespace detail

template <class... A>
void builtin_print(const A&... a) {
  std::string out;
  (detail::print_one(out, a), ...);
  print_flush(out);
}

template <class... A>
void builtin_println(const A&... a) {
  std::string out;
  int i = 0;
  auto one = [&](const auto& v) {
    if (i++ > 0) out += ' ';
    detail::print_one(out, v);
  };
  (one(a), ...);
  out += '\n';
  print_flush(out);
}

// complex64 <-> complex128 conversions.
template <class To, class From>
To complex_cast(const From& c) {
  return To{static_cast<decltype(To{}.re)>(c.re), static_cast<decltype(To{}.im)>(c.im)};
}

// Nil tests for the reference-like values without a pointer spelling.
template <class T>
bool is_nil(const Slice<T>& s) {
  return s.ptr == nullptr;
}
template <class K, class V>
bool is_nil(const Map<K, V>& m) {
  return m == nullptr;
}
template <class T>
bool is_nil(const Chan<T>& c) {
  return !c;
}
template <class F>
bool is_nil(const Func<F>& f) {
  return f == nullptr;
}

// (*[N]T)(s): the slice's first N elements as an array; Go 1.17's panic when
// the slice is shorter.
template <class A, class T>
A* slice_to_array_ptr(const Slice<T>& s) {
  constexpr int64_t n = A::len();
  if (s.len < n) {
    std::string msg = "cannot convert slice with length " + std::to_string(s.len) +
                      " to pointer to array with length " + std::to_string(n);
    panic_runtime_error(String::copy_of(msg));
  }
  return reinterpret_cast<A*>(s.ptr);
}

// v, ok := x.(I) for a non-empty interface I.
template <class I>
std::tuple<I, bool> retype(std::tuple<Any, bool> r) {
  return {I{std::get<0>(r)}, std::get<1>(r)};
}

}  // namespace gocxx
