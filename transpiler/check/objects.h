// This file implements named language entities (go/types' Object: constants,
// variables, type names, functions, package names, builtins, nil), scopes and
// packages.
//
// Objects are owned by the Program's ObjectTable and live as long as it.

#ifndef GOCXX_CHECK_OBJECTS_H_
#define GOCXX_CHECK_OBJECTS_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/pos.h"
#include "check/constant/value.h"
#include "check/types.h"

namespace gocxx::ast {
struct Node;
struct File;
struct FuncDecl;
}  // namespace gocxx::ast

namespace gocxx::check {

using base::Pos;
class Scope;

#define GOCXX_OBJECT_KINDS(X) \
  X(Var)                      \
  X(Const)                    \
  X(TypeName)                 \
  X(Func)                     \
  X(PkgName)                  \
  X(Builtin)                  \
  X(Nil)

enum class ObjectKind : uint8_t {
#define GOCXX_X(Name) Name,
  GOCXX_OBJECT_KINDS(GOCXX_X)
#undef GOCXX_X
};

// Declaration state during package-level checking (types2's color): white
// objects are unchecked, grey ones are on the path being checked (a cycle
// if reached again), black ones are done.
enum class Color : uint8_t { White, Grey, Black };

class Object {
 public:
  const ObjectKind kind;
  std::string_view name;
  Pos pos;                  // of the declaring identifier; invalid for universe objects
  Package* pkg = nullptr;   // null for universe objects
  Type* type = nullptr;     // null until checked
  Scope* parent = nullptr;  // the scope the object was declared in
  Color color = Color::White;
  uint32_t order = 0;  // package-level declaration order (for initialization)
  // //gocxx:unsupported "reason" on a standard-library function or constant gocxx cannot
  // implement faithfully: using it outside the standard library is an error.
  std::string_view unsupported;

  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object() = default;

  bool exported() const;
  bool is_package_level() const;

 protected:
  Object(ObjectKind k, std::string_view name, Pos pos, Package* pkg, Type* type)
      : kind(k), name(name), pos(pos), pkg(pkg), type(type) {}
};

#define GOCXX_OBJECT_CLASS(Name)                        \
  static constexpr ObjectKind kKind = ObjectKind::Name; \
  static bool classof(const Object* o) { return o->kind == kKind; }

// A variable, parameter, result, receiver or struct field.
class Var : public Object {
 public:
  GOCXX_OBJECT_CLASS(Var)
  Var(std::string_view name, Pos pos, Package* pkg, Type* type)
      : Object(kKind, name, pos, pkg, type) {}
  bool is_field = false;
  bool embedded = false;  // an embedded struct field
  bool is_param = false;  // parameter, result or receiver
  bool used = false;
  // Set by the checker when a function literal refers to the variable from
  // an enclosing function (an input to escape analysis).
  bool captured = false;
  // Set when the variable's address is taken (&v, or a method with a
  // pointer receiver called on it).
  bool address_taken = false;
};

class Const : public Object {
 public:
  GOCXX_OBJECT_CLASS(Const)
  Const(std::string_view name, Pos pos, Package* pkg, Type* type, constant::Value val)
      : Object(kKind, name, pos, pkg, type), val(std::move(val)) {}
  constant::Value val;
};

class TypeName : public Object {
 public:
  GOCXX_OBJECT_CLASS(TypeName)
  TypeName(std::string_view name, Pos pos, Package* pkg, Type* type)
      : Object(kKind, name, pos, pkg, type) {}
  bool is_alias = false;
};

// A function or method. Its type is a Signature. decl is null for methods of
// interfaces and universe functions (error.Error).
class Func : public Object {
 public:
  GOCXX_OBJECT_CLASS(Func)
  Func(std::string_view name, Pos pos, Package* pkg, Type* type)
      : Object(kKind, name, pos, pkg, type) {}
  ast::FuncDecl* decl = nullptr;
  bool has_ptr_recv = false;  // method with a *T receiver
  // The //gocxx: directive binding a body-less declaration to C++ (the text
  // after "gocxx:"), or empty.
  std::string_view cxx_binding;
};

class PkgName : public Object {
 public:
  GOCXX_OBJECT_CLASS(PkgName)
  PkgName(std::string_view name, Pos pos, Package* pkg, Package* imported)
      : Object(kKind, name, pos, pkg, nullptr), imported(imported) {}
  Package* imported;
  bool used = false;
};

// clang-format does not settle on a layout for this list.
// clang-format off
#define GOCXX_BUILTINS(X)                                                                  \
  X(Append, "append") X(Cap, "cap") X(Close, "close") X(Complex, "complex")               \
  X(Copy, "copy") X(Delete, "delete") X(Imag, "imag") X(Len, "len") X(Make, "make")       \
  X(New, "new") X(Panic, "panic") X(Print, "print") X(Println, "println") X(Real, "real") \
  X(Recover, "recover") X(UnsafeSizeof, "Sizeof") X(UnsafeAlignof, "Alignof")             \
  X(UnsafeOffsetof, "Offsetof")
// clang-format on

enum class BuiltinId : uint8_t {
#define GOCXX_X(Id, Name) Id,
  GOCXX_BUILTINS(GOCXX_X)
#undef GOCXX_X
};

class Builtin : public Object {
 public:
  GOCXX_OBJECT_CLASS(Builtin)
  Builtin(std::string_view name, BuiltinId id)
      : Object(kKind, name, Pos(), nullptr, nullptr), id(id) {}
  BuiltinId id;
};

// The predeclared nil.
class Nil : public Object {
 public:
  GOCXX_OBJECT_CLASS(Nil)
  explicit Nil(Type* untyped_nil) : Object(kKind, "nil", Pos(), nullptr, untyped_nil) {}
};

#undef GOCXX_OBJECT_CLASS

using base::cast;
using base::dyn_cast;
using base::isa;

// A lexical scope: the universe, a package, a file (imports), a function or
// a block. Lookup walks parents.
class Scope {
 public:
  Scope(Scope* parent, std::string_view what) : parent(parent), what(what) {}
  Scope* parent;
  std::string_view what;  // "universe", "package", "file", "function", "block", ...
  std::vector<Scope*> children;
  bool is_func = false;  // the outermost scope of a function (captures cross it)

  Object* lookup(std::string_view name) const {
    auto it = elems_.find(name);
    return it == elems_.end() ? nullptr : it->second;
  }
  // Walks up the chain; *found gets the scope the name was found in.
  Object* lookup_parent(std::string_view name, const Scope** found = nullptr) const;
  // Inserts obj unless its name is taken; returns the existing object then.
  Object* insert(Object* obj);
  // Objects in insertion order (deterministic, for unused-variable reports).
  const std::vector<Object*>& objects() const { return order_; }

 private:
  std::unordered_map<std::string_view, Object*> elems_;
  std::vector<Object*> order_;
};

// A package: its path, name, scope and files.
class Package {
 public:
  Package(std::string path, std::string name) : path(std::move(path)), name(std::move(name)) {}
  std::string path;  // import path; "main" for the main package
  std::string name;
  Scope* scope = nullptr;
  std::vector<ast::File*> files;
  std::vector<Package*> imports;  // direct imports, in first-import order
  bool is_std = false;            // from the bundled standard library
  bool checked = false;
  bool fake = false;  // stands in for a package that failed to load: no follow-on errors
};

// ObjectTable owns objects and scopes.
class ObjectTable {
 public:
  template <class T, class... Args>
  T* make(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    objects_.push_back(std::move(p));
    return raw;
  }
  Scope* make_scope(Scope* parent, std::string_view what) {
    scopes_.push_back(std::make_unique<Scope>(parent, what));
    Scope* s = scopes_.back().get();
    if (parent != nullptr) parent->children.push_back(s);
    return s;
  }
  Package* make_package(std::string path, std::string name) {
    packages_.push_back(std::make_unique<Package>(std::move(path), std::move(name)));
    return packages_.back().get();
  }

 private:
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::vector<std::unique_ptr<Package>> packages_;
};

}  // namespace gocxx::check

#endif  // GOCXX_CHECK_OBJECTS_H_
