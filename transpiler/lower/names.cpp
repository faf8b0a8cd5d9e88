// This file implements C++ names for Go entities:
//   package a/b           -> namespace go::a::b
//   func F / var V        -> go::a::b::F / V
//   func (T) M, (*T) M    -> go::a::b::T_M (the receiver is the first parameter; "_" inside
//                            T or M spelled "_0": A_B.C -> A_0B_C; T_M_m1 when the package
//                            has a name spelled T_M too)
//   local x (shadowing)   -> x, x_1, x_2 ...
//   label L               -> L_L
// Every Go name goes through escape(), one injective rule (docs/design/emission.md):
//   - kept as it is when it cannot clash: not reserved (a C++ keyword, a macro of the headers
//     the generated code includes, a type or namespace it names unqualified, a name the
//     emitter makes), not starting or ending with "_", no "__";
//   - otherwise a reserved name without those underscores and without "_0" gets a trailing
//     "_" (EOF -> EOF_, main -> main_, INT64_MAX -> INT64_MAX_);
//   - any other name has each "_" spelled "_0", then a trailing "_" (main_ -> main_0_,
//     _x -> _0x_, a__b -> a_0_0b_).
// Kept names never end in "_"; the two mangled forms differ in holding "_0"; each form is
// one-to-one: so two Go names never share a C++ name, and no mangled name holds "__".

#include <unordered_set>

#include "lower/emitter.h"

namespace gocxx::lower {

namespace {

const std::unordered_set<std::string_view>& reserved() {
  static const std::unordered_set<std::string_view> kReserved = {
      // C++ keywords that are not Go keywords, and identifiers with special meaning.
      "alignas",
      "alignof",
      "and",
      "and_eq",
      "asm",
      "auto",
      "bitand",
      "bitor",
      "bool",
      "catch",
      "char",
      "char8_t",
      "char16_t",
      "char32_t",
      "class",
      "compl",
      "concept",
      "const_cast",
      "consteval",
      "constexpr",
      "constinit",
      "co_await",
      "co_return",
      "co_yield",
      "decltype",
      "delete",
      "do",
      "double",
      "dynamic_cast",
      "enum",
      "explicit",
      "export",
      "extern",
      "false",
      "float",
      "friend",
      "inline",
      "int",
      "long",
      "mutable",
      "namespace",
      "new",
      "noexcept",
      "not",
      "not_eq",
      "nullptr",
      "operator",
      "or",
      "or_eq",
      "private",
      "protected",
      "public",
      "register",
      "reinterpret_cast",
      "requires",
      "short",
      "signed",
      "sizeof",
      "static",
      "static_assert",
      "static_cast",
      "template",
      "this",
      "thread_local",
      "throw",
      "true",
      "try",
      "typedef",
      "typeid",
      "typename",
      "union",
      "unsigned",
      "using",
      "virtual",
      "void",
      "volatile",
      "wchar_t",
      "while",
      "xor",
      "xor_eq",
      "final",
      "override",
      "import",
      "module",
      // Names the generated code uses unqualified: namespaces, the program's entry, C types.
      "main",
      "std",
      "gocxx",
      "go",
      "int8_t",
      "int16_t",
      "int32_t",
      "int64_t",
      "uint8_t",
      "uint16_t",
      "uint32_t",
      "uint64_t",
      "intptr_t",
      "uintptr_t",
      "size_t",
      "ssize_t",
      "ptrdiff_t",
      "max_align_t",
      "nullptr_t",
      "intmax_t",
      "uintmax_t",
      "string",
      // Names the emitter makes (besides the patterns of emitter_made below).
      "df",
      "init_package",
  // Every macro of the headers the generated code includes (tools/gen-cxx-macros).
#include "lower/cxx_macros.inc"
  };
  return kReserved;
}

// Whether `s` is `prefix` followed by one or more digits.
bool digits_after(std::string_view s, std::string_view prefix) {
  if (!s.starts_with(prefix) || s.size() == prefix.size()) return false;
  for (char c : s.substr(prefix.size()))
    if (c < '0' || c > '9') return false;
  return true;
}

// The emitter's own numbered names: temporaries t1, unnamed parameters p0, lambda
// arguments a0, range iterators i1/it1, select states sel1, results res_0, init_1,
// recover_tag_1.
bool emitter_made(std::string_view s) {
  for (std::string_view p : {"t", "p", "a", "i", "it", "sel", "res_", "init_", "recover_tag_"})
    if (digits_after(s, p)) return true;
  return false;
}

bool is_reserved(std::string_view name) {
  return reserved().count(name) != 0 || emitter_made(name);
}

// name with each "_" spelled "_0": one-to-one, and the result has no "_" followed by
// anything but "0".
std::string underscores_spelled(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '_')
      out += "_0";
    else
      out += c;
  }
  return out;
}

}  // namespace

std::string Emitter::escape(std::string_view name) {
  bool odd_underscores =
      name.starts_with('_') || name.ends_with('_') || name.find("__") != std::string_view::npos;
  if (!odd_underscores && !is_reserved(name)) return std::string(name);
  if (!odd_underscores && name.find("_0") == std::string_view::npos) return std::string(name) + "_";
  // Non-ASCII letters are valid identifiers for GCC and Clang (UTF-8 input).
  return underscores_spelled(name) + "_";
}

std::string Emitter::ns_of(const Package* pkg) const {
  if (pkg == nullptr) return "go";
  std::string out = "go";
  std::string_view path = pkg->path;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    std::string part;
    for (char c : path.substr(start, slash - start)) {
      part += (std::isalnum(static_cast<unsigned char>(c)) || c == '_') ? c : '_';
    }
    if (!part.empty() && std::isdigit(static_cast<unsigned char>(part[0]))) part = "p" + part;

    // A package directory named like an identifier of its parent package
    // would collide (math/rand vs math.rand): nested namespaces get a "_pkg"-free
    // spelling but keywords are escaped.
    // go::rt holds the type descriptors: a top-level package rt gets rt's reserved form, rt_
    // (which escape gives no other name: a package rt_ is rt_0_).
    out += "::" + (start == 0 && part == "rt" ? std::string("rt_") : escape(part));
    start = slash + 1;
  }
  return out;
}

std::string Emitter::qual(const Object* obj) {
  std::string name = escape(obj->name);
  if (auto* tn = dyn_cast<TypeName>(const_cast<Object*>(obj))) {
    auto it = local_type_names_.find(tn);
    if (it != local_type_names_.end()) name = it->second;
    // A C++ class cannot have a member named like itself: runtime.Error's
    // Error method, a struct T with a field T.
    if (auto* n = dyn_cast<Named>(tn->type);
        n && n->obj == tn && n->underlying && n->cxx_type.empty()) {
      bool clash = false;
      if (auto* i = dyn_cast<Interface>(n->underlying))
        for (Func* m : i->all_methods) clash |= m->name == tn->name;
      if (auto* st = dyn_cast<Struct>(n->underlying))
        for (Var* f : st->fields) clash |= f->name == tn->name;
      if (clash) name += "_";
    }
  }
  return ns_of(obj->pkg) + "::" + name;
}

std::string Emitter::func_name(const Func* f) {
  auto* sig = static_cast<Signature*>(f->type);
  if (sig->recv == nullptr) {
    auto it = init_names_.find(f);
    if (it != init_names_.end()) return ns_of(f->pkg) + "::" + it->second;
    return qual(f);
  }
  Type* rt = sig->recv->type;
  if (auto* p = dyn_cast<Pointer>(rt)) rt = p->elem;
  auto* named = dyn_cast<Named>(rt);
  std::string tname = named ? escape(named->obj->name) : "recv";
  if (named) {
    auto it = local_type_names_.find(named->obj);
    if (it != local_type_names_.end()) tname = it->second;
  }
  // Type and method are joined by the first "_" not followed by "0": each part spells its
  // own "_" as "_0" (type A_B method C -> A_0B_C, type A method B_C -> A_B_0C), so no two
  // methods share a name. The joined name goes through escape() too (type M, method PI: not
  // the macro M_PI), and it gives way to the package's own names (var M_PI, func T_M):
  // "_m1", "_m2", ... then.
  std::string joined = underscores_spelled(tname) + "_" + underscores_spelled(escape(f->name));
  std::string name = escape(joined);
  const std::unordered_set<std::string>& taken = package_names(f->pkg);
  for (int k = 1; taken.count(name) != 0; k++) name = escape(joined + "_m" + std::to_string(k));
  return ns_of(f->pkg) + "::" + name;
}

// The C++ names of a package's package-level objects (escape of each).
const std::unordered_set<std::string>& Emitter::package_names(const Package* pkg) {
  auto [it, fresh] = package_names_.try_emplace(pkg);
  if (fresh && pkg != nullptr && pkg->scope != nullptr)
    for (const Object* o : pkg->scope->objects()) it->second.insert(escape(o->name));
  return it->second;
}

std::string Emitter::declare_local(const Var* v) {
  std::string base = v->name.empty() || v->name == "_" ? "_" : escape(v->name);
  if (base == "_") base = "blank";
  std::string name = base;
  for (int i = 1; fn_->used.count(name); i++) name = base + "_" + std::to_string(i);
  fn_->used.insert(name);
  fn_->names[v] = name;
  return name;
}

std::string Emitter::local(const Var* v) {
  auto it = fn_ != nullptr ? fn_->names.find(v) : decltype(fn_->names)::iterator{};
  if (fn_ != nullptr && it != fn_->names.end()) {
    return an_.on_heap(v) ? "(*" + it->second + ")" : it->second;
  }
  if (v->parent != nullptr && v->pkg != nullptr && v->parent == v->pkg->scope) return qual(v);
  // A variable of an enclosing function seen from a closure: same name.
  return escape(v->name);
}

// Temporaries share the function's name space with Go locals: a later Go
// local named like one is renamed by declare_local.
std::string Emitter::tmp() {
  std::string name;
  do name = "t" + std::to_string(++fn_->temps);
  while (fn_->used.count(name));
  fn_->used.insert(name);
  return name;
}

void Emitter::error(Pos pos, const std::string& msg) { diags_.error(pos, msg); }

}  // namespace gocxx::lower
