// This file implements the representation of Go types (the equivalent of
// go/types' Type and its implementations).
//
// Every type is allocated once by a TypeTable and never freed while the
// Program lives, so types are compared by identity of structure
// (identical(), predicates.h), not by pointer: two `[]int` written in two
// places are two objects. Basic types and the universe's are unique.
//
// Kinds are listed once in kTypeKinds below; switches over TypeKind are
// exhaustive (-Werror=switch).

#ifndef GOCXX_CHECK_TYPES_H_
#define GOCXX_CHECK_TYPES_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/casting.h"
#include "base/pos.h"
#include "check/constant/represent.h"

namespace gocxx::check {

class Var;
class Func;
class TypeName;
class Package;

#define GOCXX_TYPE_KINDS(X) \
  X(Basic)                  \
  X(Pointer)                \
  X(Array)                  \
  X(Slice)                  \
  X(Map)                    \
  X(Chan)                   \
  X(Struct)                 \
  X(Tuple)                  \
  X(Signature)              \
  X(Interface)              \
  X(Named)

enum class TypeKind : uint8_t {
#define GOCXX_X(Name) Name,
  GOCXX_TYPE_KINDS(GOCXX_X)
#undef GOCXX_X
};

// The basic kinds: Invalid, then the kinds of constant::BasicKind in the same
// order (so conversion is an offset), then the two that no constant has.
enum class BasicKind : uint8_t {
  Invalid,
#define GOCXX_BASIC_KIND(Name, GoName, Class, Bits) Name,
#include "check/constant/basic_kind.def"
  UnsafePointer,
  UntypedNil,
};
inline constexpr int kNumBasicKinds = static_cast<int>(BasicKind::UntypedNil) + 1;

// Properties of basic types (go/types' BasicInfo).
enum BasicInfo : uint8_t {
  kIsBoolean = 1 << 0,
  kIsInteger = 1 << 1,
  kIsUnsigned = 1 << 2,
  kIsFloat = 1 << 3,
  kIsComplex = 1 << 4,
  kIsString = 1 << 5,
  kIsUntyped = 1 << 6,
  kIsOrdered = kIsInteger | kIsFloat | kIsString,
  kIsNumeric = kIsInteger | kIsFloat | kIsComplex,
  kIsConstType = kIsBoolean | kIsNumeric | kIsString,
};

class Type {
 public:
  const TypeKind kind;
  Type(const Type&) = delete;
  Type& operator=(const Type&) = delete;
  virtual ~Type() = default;

 protected:
  explicit Type(TypeKind k) : kind(k) {}
};

#define GOCXX_TYPE_CLASS(Name)                      \
  static constexpr TypeKind kKind = TypeKind::Name; \
  static bool classof(const Type* t) { return t->kind == kKind; }

// bool, int, ..., string, the untyped kinds, unsafe.Pointer, Invalid.
class Basic : public Type {
 public:
  GOCXX_TYPE_CLASS(Basic)
  Basic(BasicKind k, uint8_t info, std::string_view name)
      : Type(kKind), basic_kind(k), info(info), name(name) {}
  const BasicKind basic_kind;
  const uint8_t info;
  // "int", "untyped float", "byte" for the alias (gc prints byte/rune as
  // written), "invalid type".
  const std::string_view name;
  // The corresponding constant kind (only for kinds a constant can have).
  constant::BasicKind const_kind() const {
    return static_cast<constant::BasicKind>(static_cast<int>(basic_kind) - 1);
  }
};

// *elem
class Pointer : public Type {
 public:
  GOCXX_TYPE_CLASS(Pointer)
  explicit Pointer(Type* elem) : Type(kKind), elem(elem) {}
  Type* elem;
};

// [len]elem. len is -1 if it was invalid.
class Array : public Type {
 public:
  GOCXX_TYPE_CLASS(Array)
  Array(Type* elem, int64_t len) : Type(kKind), elem(elem), len(len) {}
  Type* elem;
  int64_t len;
};

// []elem
class Slice : public Type {
 public:
  GOCXX_TYPE_CLASS(Slice)
  explicit Slice(Type* elem) : Type(kKind), elem(elem) {}
  Type* elem;
};

// map[key]elem
class Map : public Type {
 public:
  GOCXX_TYPE_CLASS(Map)
  Map(Type* key, Type* elem) : Type(kKind), key(key), elem(elem) {}
  Type* key;
  Type* elem;
};

enum class ChanDir : uint8_t { SendRecv, SendOnly, RecvOnly };

// chan elem, chan<- elem, <-chan elem
class Chan : public Type {
 public:
  GOCXX_TYPE_CLASS(Chan)
  Chan(ChanDir dir, Type* elem) : Type(kKind), dir(dir), elem(elem) {}
  ChanDir dir;
  Type* elem;
};

// struct { fields }. Fields are Vars with is_field set; tags[i] is the tag
// of fields[i] ("" without one).
class Struct : public Type {
 public:
  GOCXX_TYPE_CLASS(Struct)
  Struct() : Type(kKind) {}
  std::vector<Var*> fields;
  std::vector<std::string> tags;
};

// The types of a parameter or result list, or of a multi-value expression.
class Tuple : public Type {
 public:
  GOCXX_TYPE_CLASS(Tuple)
  Tuple() : Type(kKind) {}
  std::vector<Var*> vars;
  size_t size() const { return vars.size(); }
};

// func(params) results. recv is set for methods (its type is the receiver
// type as written: T or *T). For a variadic signature the last parameter
// has a slice type.
class Signature : public Type {
 public:
  GOCXX_TYPE_CLASS(Signature)
  Signature() : Type(kKind) {}
  Var* recv = nullptr;
  Tuple* params = nullptr;   // never null after construction
  Tuple* results = nullptr;  // never null after construction
  bool variadic = false;
};

// interface { methods; embeddeds }. all_methods (the method set: explicit
// plus those of embedded interfaces, sorted by name) is computed by the
// checker once the embedded interfaces are complete.
class Interface : public Type {
 public:
  GOCXX_TYPE_CLASS(Interface)
  Interface() : Type(kKind) {}
  std::vector<Func*> methods;        // declared in this literal
  std::vector<Type*> embeddeds;      // as written
  std::vector<base::Pos> embed_pos;  // where each is embedded (for errors); may be shorter
  std::vector<Func*> all_methods;
  bool complete = false;
  bool is_comparable_constraint = false;  // the predeclared `comparable`
  bool empty() const { return all_methods.empty(); }
};

// A defined type: type T underlying. Methods are in declaration order.
class Named : public Type {
 public:
  GOCXX_TYPE_CLASS(Named)
  explicit Named(TypeName* obj) : Type(kKind), obj(obj) {}
  TypeName* obj;
  Type* underlying = nullptr;  // null while being resolved
  Type* from_rhs = nullptr;    // the type as declared (a Named for `type A B`)
  std::vector<Func*> methods;
  // Bound to a runtime C++ type by a //gocxx:cxxtype directive (the text
  // after the directive name), or empty.
  std::string_view cxx_type;
};

#undef GOCXX_TYPE_CLASS

using base::cast;
using base::dyn_cast;
using base::isa;

// TypeTable owns every type of a Program and hands out the unique basic
// types.
class TypeTable {
 public:
  TypeTable();
  template <class T, class... Args>
  T* make(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    owned_.push_back(std::move(p));
    return raw;
  }
  Basic* basic(BasicKind k) const { return basics_[static_cast<int>(k)]; }
  Basic* invalid() const { return basic(BasicKind::Invalid); }
  // The aliases byte and rune: distinct objects printed under their own
  // names, identical to uint8 and int32.
  Basic* byte_type() const { return byte_; }
  Basic* rune_type() const { return rune_; }
  Tuple* empty_tuple() const { return empty_tuple_; }

 private:
  std::vector<std::unique_ptr<Type>> owned_;
  Basic* basics_[kNumBasicKinds];
  Basic* byte_;
  Basic* rune_;
  Tuple* empty_tuple_;
};

// The underlying type (for a Named, its underlying; otherwise t itself).
Type* under(Type* t);
const Type* under(const Type* t);

// Basic predicates on the underlying type (go/types' predicates.go).
bool is_basic_info(const Type* t, uint8_t info);
inline bool is_boolean(const Type* t) { return is_basic_info(t, kIsBoolean); }
inline bool is_integer(const Type* t) { return is_basic_info(t, kIsInteger); }
inline bool is_unsigned(const Type* t) { return is_basic_info(t, kIsUnsigned); }
inline bool is_float(const Type* t) { return is_basic_info(t, kIsFloat); }
inline bool is_complex(const Type* t) { return is_basic_info(t, kIsComplex); }
inline bool is_numeric(const Type* t) { return is_basic_info(t, kIsNumeric); }
inline bool is_string(const Type* t) { return is_basic_info(t, kIsString); }
inline bool is_untyped(const Type* t) { return is_basic_info(t, kIsUntyped); }
inline bool is_ordered(const Type* t) { return is_basic_info(t, kIsOrdered); }
inline bool is_const_type(const Type* t) { return is_basic_info(t, kIsConstType); }
bool is_basic_kind(const Type* t, BasicKind k);
inline bool is_invalid(const Type* t) {
  return t == nullptr || is_basic_kind(t, BasicKind::Invalid);
}
bool is_interface(const Type* t);
bool is_typed(const Type* t);

// Type printing as gc prints types in messages: package-qualified names for
// other packages ("strings.Builder"), unqualified for `local`.
std::string type_string(const Type* t, const Package* local = nullptr);
// Appends "(a int, b string)"-style lists, as types2 writes tuples.
void write_tuple(std::string& out, const Tuple* t, bool variadic, const Package* local);
// "func(x int) string" without the leading "func" when omit_func is set.
void write_signature(std::string& out, const Signature* s, const Package* local);

}  // namespace gocxx::check

#endif  // GOCXX_CHECK_TYPES_H_
