// This file implements the compile-time facts about Go value representations that several
// headers share: which C++ types hold no pointer the collector must see, and which are
// pointer-shaped (stored directly in an interface's data word instead of boxed).
//
//   pointer_free_v<int64_t>             true   (slices of it come from gc_alloc_atomic)
//   pointer_free_v<gocxx::String>       false  (its bytes live on the collected heap)
//   pointer_free_v<Array<double, 4>>    true   (arrays inherit their element's answer)
//   is_direct_iface_v<T*>, <Chan<T>>, <Map<K, V>>, <Func<S>>   true
//
// Generated structs whose fields are all pointer-free say so with a static member
// `static constexpr bool go_pointer_free = true;` (absent: the struct is scanned).
#pragma once

#include <type_traits>

namespace gocxx {

template <class T>
class Chan;
template <class K, class V>
class Map;
template <class Sig>
class Func;

template <class T, class = void>
struct pointer_free
    : std::bool_constant<std::is_arithmetic_v<T> || std::is_enum_v<T> || std::is_empty_v<T>> {};
template <class T>
struct pointer_free<T, std::void_t<decltype(T::go_pointer_free)>>
    : std::bool_constant<T::go_pointer_free> {};
template <class T>
inline constexpr bool pointer_free_v = pointer_free<T>::value;

// Go's pointer-shaped kinds (pointer, chan, map, func, unsafe.Pointer): one word that an
// interface value holds as its data word.
template <class T>
struct is_direct_iface : std::is_pointer<T> {};
template <class T>
struct is_direct_iface<Chan<T>> : std::true_type {};
template <class K, class V>
struct is_direct_iface<Map<K, V>> : std::true_type {};
template <class S>
struct is_direct_iface<Func<S>> : std::true_type {};
template <class T>
inline constexpr bool is_direct_iface_v = is_direct_iface<T>::value;

}  // namespace gocxx
