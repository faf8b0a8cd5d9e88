// This file implements the C++ spelling of Go types (docs/design/values.md),
// the definitions of named, struct and interface types, and run-time type
// descriptors.
//
//   type Point struct{ X, Y int }   ->  struct Point { int64_t X{}; int64_t Y{}; ... };
//   type Celsius float64            ->  using Celsius = double;
//   type Shape interface{ Area() float64 }
//                                   ->  struct Shape : gocxx::Any { double Area() const; };
//   []map[string]*Point             ->  gocxx::Slice<gocxx::Map<gocxx::String, go::main::Point*>>

#include <algorithm>
#include <functional>

#include "lower/emitter.h"

namespace gocxx::lower {

namespace {

const char* basic_cty(BasicKind k) {
  switch (k) {
    case BasicKind::Bool:
    case BasicKind::UntypedBool:
      return "bool";
    case BasicKind::Int:
    case BasicKind::UntypedInt:
      return "int64_t";
    case BasicKind::Int8:
      return "int8_t";
    case BasicKind::Int16:
      return "int16_t";
    case BasicKind::Int32:
    case BasicKind::UntypedRune:
      return "int32_t";
    case BasicKind::Int64:
      return "int64_t";
    case BasicKind::Uint:
      return "uint64_t";
    case BasicKind::Uint8:
      return "uint8_t";
    case BasicKind::Uint16:
      return "uint16_t";
    case BasicKind::Uint32:
      return "uint32_t";
    case BasicKind::Uint64:
      return "uint64_t";
    case BasicKind::Uintptr:
      return "uint64_t";
    case BasicKind::Float32:
      return "float";
    case BasicKind::Float64:
    case BasicKind::UntypedFloat:
      return "double";
    case BasicKind::Complex64:
      return "gocxx::Complex64";
    case BasicKind::Complex128:
    case BasicKind::UntypedComplex:
      return "gocxx::Complex128";
    case BasicKind::String:
    case BasicKind::UntypedString:
      return "gocxx::String";
    case BasicKind::UnsafePointer:
      return "void*";
    case BasicKind::UntypedNil:
      return "std::nullptr_t";
    default:
      return "void";
  }
}

}  // namespace

// The type as reflect (and so fmt's %T) writes it: package names, not paths;
// "uint8" for byte; "struct { X int }", "interface {}", "func(int) string".
std::string Emitter::rtype_string(Type* t) {
  switch (t->kind) {
    case TypeKind::Basic: {
      auto* b = static_cast<Basic*>(t);
      if (b->basic_kind == BasicKind::Uint8) return "uint8";
      if (b->basic_kind == BasicKind::Int32) return "int32";
      if (b->basic_kind == BasicKind::UnsafePointer) return "unsafe.Pointer";
      return std::string(b->name);
    }
    case TypeKind::Named: {
      auto* n = static_cast<Named*>(t);
      if (n->obj->pkg == nullptr) return std::string(n->obj->name);
      return n->obj->pkg->name + "." + std::string(n->obj->name);
    }
    case TypeKind::Pointer:
      return "*" + rtype_string(static_cast<Pointer*>(t)->elem);
    case TypeKind::Slice:
      return "[]" + rtype_string(static_cast<Slice*>(t)->elem);
    case TypeKind::Array: {
      auto* a = static_cast<Array*>(t);
      return "[" + std::to_string(a->len) + "]" + rtype_string(a->elem);
    }
    case TypeKind::Map: {
      auto* m = static_cast<Map*>(t);
      return "map[" + rtype_string(m->key) + "]" + rtype_string(m->elem);
    }
    case TypeKind::Chan: {
      auto* c = static_cast<check::Chan*>(t);
      std::string e = rtype_string(c->elem);
      if (c->dir == ChanDir::SendOnly) return "chan<- " + e;
      if (c->dir == ChanDir::RecvOnly) return "<-chan " + e;
      // chan (<-chan T) needs parentheses to stay unambiguous.
      if (auto* ce = dyn_cast<check::Chan>(c->elem); ce && ce->dir == ChanDir::RecvOnly)
        return "chan (" + e + ")";
      return "chan " + e;
    }
    case TypeKind::Signature: {
      auto* sig = static_cast<Signature*>(t);
      std::string out = "func(";
      for (size_t i = 0; i < sig->params->size(); i++) {
        if (i) out += ", ";
        Type* pt = sig->params->vars[i]->type;
        if (sig->variadic && i + 1 == sig->params->size())
          out += "..." + rtype_string(static_cast<Slice*>(pt)->elem);
        else
          out += rtype_string(pt);
      }
      out += ")";
      size_t n = sig->results->size();
      if (n == 1) out += " " + rtype_string(sig->results->vars[0]->type);
      if (n > 1) {
        out += " (";
        for (size_t i = 0; i < n; i++)
          out += (i ? ", " : "") + rtype_string(sig->results->vars[i]->type);
        out += ")";
      }
      return out;
    }
    case TypeKind::Struct: {
      auto* st = static_cast<Struct*>(t);
      if (st->fields.empty()) return "struct {}";
      std::string out = "struct { ";
      for (size_t i = 0; i < st->fields.size(); i++) {
        if (i) out += "; ";
        Var* f = st->fields[i];
        if (!f->embedded) out += std::string(f->name) + " ";
        out += rtype_string(f->type);
        if (i < st->tags.size() && !st->tags[i].empty()) {
          out += " \"";
          for (char c : st->tags[i]) {
            if (c == '"' || c == '\\') out += '\\';
            out += c;
          }
          out += "\"";
        }
      }
      return out + " }";
    }
    case TypeKind::Interface: {
      auto* it = static_cast<Interface*>(t);
      if (it->all_methods.empty()) return "interface {}";
      std::string out = "interface { ";
      for (size_t i = 0; i < it->all_methods.size(); i++) {
        if (i) out += "; ";
        std::string sig = rtype_string(it->all_methods[i]->type);
        out += std::string(it->all_methods[i]->name) + sig.substr(4);
      }
      return out + " }";
    }
    case TypeKind::Tuple:
      return "tuple";
  }
  return "?";
}

std::string Emitter::result_cty(const Signature* s, bool coroutine) {
  std::string r;
  size_t n = s->results->size();
  if (n == 0)
    r = "void";
  else if (n == 1)
    r = cty(s->results->vars[0]->type);
  else {
    r = "std::tuple<";
    for (size_t i = 0; i < n; i++) r += (i ? ", " : "") + cty(s->results->vars[i]->type);
    r += ">";
  }
  if (coroutine) return r == "void" ? "gocxx::Task<>" : "gocxx::Task<" + r + ">";
  return r;
}

std::string Emitter::func_cty(const Signature* s) {
  std::string out = "gocxx::Func<" + result_cty(s, is_async_sig(s)) + "(";
  for (size_t i = 0; i < s->params->size(); i++)
    out += (i ? ", " : "") + cty(s->params->vars[i]->type);
  return out + ")>";
}

std::string Emitter::zero(Type* t) {
  Type* u = under(t);
  if (isa<Pointer>(u) || is_basic_kind(u, BasicKind::UnsafePointer)) return "nullptr";
  return cty(t) + "{}";
}

std::string Emitter::cty(Type* t) {
  switch (t->kind) {
    case TypeKind::Basic:
      return basic_cty(static_cast<Basic*>(t)->basic_kind);
    case TypeKind::Pointer:
      return cty(static_cast<Pointer*>(t)->elem) + "*";
    case TypeKind::Array: {
      auto* a = static_cast<Array*>(t);
      return "gocxx::Array<" + cty(a->elem) + ", " + std::to_string(a->len) + ">";
    }
    case TypeKind::Slice:
      return "gocxx::Slice<" + cty(static_cast<Slice*>(t)->elem) + ">";
    case TypeKind::Map: {
      auto* m = static_cast<Map*>(t);
      return "gocxx::Map<" + cty(m->key) + ", " + cty(m->elem) + ">";
    }
    case TypeKind::Chan:
      return "gocxx::Chan<" + cty(static_cast<Chan*>(t)->elem) + ">";
    case TypeKind::Struct:
      return struct_name(t);
    case TypeKind::Tuple: {
      auto* tu = static_cast<Tuple*>(t);
      std::string r = "std::tuple<";
      for (size_t i = 0; i < tu->size(); i++) r += (i ? ", " : "") + cty(tu->vars[i]->type);
      return r + ">";
    }
    case TypeKind::Signature:
      return func_cty(static_cast<Signature*>(t));
    case TypeKind::Interface: {
      auto* it = static_cast<Interface*>(t);
      if (it->all_methods.empty()) return "gocxx::Any";
      return iface_name(t);
    }
    case TypeKind::Named: {
      auto* n = static_cast<Named*>(t);
      define_named(n);
      if (n->obj->pkg == nullptr) return "go::" + std::string(n->obj->name);  // error
      return qual(n->obj);
    }
  }
  return "void";
}

bool Emitter::pointer_free(Type* t) {
  Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic: {
      auto k = static_cast<Basic*>(u)->basic_kind;
      return k != BasicKind::String && k != BasicKind::UnsafePointer &&
             k != BasicKind::UntypedString;
    }
    case TypeKind::Array:
      return pointer_free(static_cast<Array*>(u)->elem);
    case TypeKind::Struct:
      for (Var* f : static_cast<Struct*>(u)->fields)
        if (!pointer_free(f->type)) return false;
      return true;
    default:
      return false;
  }
}

// ---- definitions

// The keys of the definitions a value of type t needs complete (by-value
// containment) or at least declared (aliases).
std::vector<std::string> Emitter::value_deps(Type* t, bool decl_only) {
  std::vector<std::string> deps;
  std::function<void(Type*, bool)> walk = [&](Type* x, bool by_value) {
    switch (x->kind) {
      case TypeKind::Named: {
        auto* n = static_cast<Named*>(x);
        if (n->obj->pkg == nullptr) {
          if (!decl_only && by_value) deps.push_back("iface:go::error");
          return;
        }
        define_named(n);
        std::string q = qual(n->obj);
        bool is_struct =
            n->cxx_type.empty() && (isa<Struct>(n->underlying) || wrapped_named_.count(n));
        bool is_iface = n->cxx_type.empty() && isa<Interface>(n->underlying) &&
                        !static_cast<Interface*>(n->underlying)->all_methods.empty();
        // Structs and interface structs are forward-declared: only a value
        // needs them complete. Aliases must always come first.
        if (is_struct) {
          if (by_value && !decl_only) deps.push_back("named:" + q);
        } else if (is_iface) {
          if (by_value && !decl_only) deps.push_back("iface:" + q);
        } else {
          deps.push_back("named:" + q);
        }
        return;
      }
      case TypeKind::Array:
        walk(static_cast<Array*>(x)->elem, by_value);
        return;
      case TypeKind::Struct:
        struct_name(x);
        if (by_value && !decl_only) deps.push_back("struct:" + struct_names_[type_key(x)]);
        return;
      case TypeKind::Interface:
        if (!static_cast<Interface*>(x)->all_methods.empty()) {
          std::string n = iface_name(x);
          if (by_value && !decl_only) deps.push_back("iface:" + n);
        }
        return;
      case TypeKind::Pointer:
        walk(static_cast<Pointer*>(x)->elem, false);
        return;
      case TypeKind::Slice:
        walk(static_cast<Slice*>(x)->elem, false);
        return;
      case TypeKind::Chan:
        walk(static_cast<Chan*>(x)->elem, false);
        return;
      case TypeKind::Map:
        walk(static_cast<Map*>(x)->key, false);
        walk(static_cast<Map*>(x)->elem, false);
        return;
      case TypeKind::Signature: {
        auto* s = static_cast<Signature*>(x);
        for (Var* v : s->params->vars) walk(v->type, false);
        for (Var* v : s->results->vars) walk(v->type, false);
        return;
      }
      case TypeKind::Tuple:
        for (Var* v : static_cast<Tuple*>(x)->vars) walk(v->type, by_value);
        return;
      case TypeKind::Basic:
        return;
    }
  };
  walk(t, true);
  return deps;
}

namespace {
// FNV-1a: stable names for unnamed types and descriptors across runs.
std::string stable_hash(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%08llx", static_cast<unsigned long long>(h & 0xffffffffULL));
  return buf;
}
// "go::a::b::Name" -> {"go::a::b", "Name"}
std::pair<std::string, std::string> split_qual(const std::string& q) {
  size_t p = q.rfind("::");
  return {q.substr(0, p), q.substr(p + 2)};
}
std::string guard_of(const std::string& q) {
  std::string g = "GOCXX_DEF_";
  for (char c : q) g += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return g;
}
}  // namespace

void Emitter::note_typedef(const std::string& key) {
  auto it = typedefs_.find(key);
  if (it == typedefs_.end()) return;
  PkgOut& po = outs_[it->second.owner != nullptr ? it->second.owner : pkg_];
  if (po.typedef_seen.insert(key).second) po.typedef_order.push_back(key);
}

std::string Emitter::struct_name(Type* t) {
  if (auto* n = dyn_cast<Named>(t)) return cty(n);
  std::string key = type_key(t);
  auto it = struct_names_.find(key);
  if (it == struct_names_.end()) {
    std::string name = "go::struct_" + stable_hash(key);
    it = struct_names_.emplace(key, name).first;
    define_struct(t, name, static_cast<Struct*>(t));
  }
  note_typedef("struct:" + it->second);
  return it->second;
}

std::string Emitter::iface_name(Type* t) {
  if (auto* n = dyn_cast<Named>(t)) return cty(n);
  std::string key = type_key(t);
  auto it = iface_names_.find(key);
  if (it == iface_names_.end()) {
    std::string name = "go::iface_" + stable_hash(key);
    it = iface_names_.emplace(key, name).first;
    define_iface(t, name, static_cast<Interface*>(t));
  }
  note_typedef("iface:" + it->second);
  return it->second;
}

void Emitter::define_named(Named* n) {
  if (n->obj->pkg == nullptr) {  // the predeclared error
    if (named_defined_.insert(n).second)
      define_iface(n, "go::error", static_cast<Interface*>(n->underlying));
    note_typedef("iface:go::error");
    return;
  }
  if (!named_defined_.insert(n).second) return;
  // A type declared inside a function is emitted at namespace scope under a
  // unique, stable name.
  if (n->obj->parent != nullptr && n->obj->parent != n->obj->pkg->scope &&
      !local_type_names_.count(n->obj)) {
    // Two files can declare T at the same line and column, and the package can name
    // something T_L12C3: the name then gives way ("_m1", ...).
    auto loc = prog_.sources.location(n->obj->pos);
    std::string base =
        escape(n->obj->name) + "_L" + std::to_string(loc.line) + "C" + std::to_string(loc.column);
    std::string name = base;
    std::unordered_set<std::string>& taken = local_type_names_taken_[n->obj->pkg];
    for (int k = 1; taken.count(name) != 0 || package_names(n->obj->pkg).count(name) != 0; k++)
      name = base + "_m" + std::to_string(k);
    taken.insert(name);
    local_type_names_[n->obj] = name;
  }
  std::string q = qual(n->obj);
  auto [ns, name] = split_qual(q);
  std::string key = "named:" + q;
  Package* saved = pkg_;
  pkg_ = n->obj->pkg;
  if (!n->cxx_type.empty()) {
    TypeDef def;
    def.owner = n->obj->pkg;
    def.text = "namespace " + ns + " { using " + name + " = " + std::string(n->cxx_type) + "; }\n";
    typedefs_[key] = std::move(def);
    note_typedef(key);
  } else if (auto* st = dyn_cast<Struct>(n->underlying)) {
    define_struct(n, q, st);
  } else if (auto* it = dyn_cast<Interface>(n->underlying); it && !it->all_methods.empty()) {
    define_iface(n, q, it);
  } else if (alias_cycle(n)) {
    define_wrapper(n, q);
  } else {
    // using Name = <underlying>;
    TypeDef def;
    def.owner = n->obj->pkg;
    typedefs_[key] = def;  // reserve
    def.text = "namespace " + ns + " { using " + name + " = " + cty(n->underlying) + "; }\n";
    def.deps = value_deps(n->underlying);
    typedefs_[key] = std::move(def);
    note_typedef(key);
  }
  pkg_ = saved;
}

// Whether n's underlying type refers back to n through other `using`
// aliases only (type T []T, type F func() F, type A []B; type B []A): a
// `using` cannot name itself, structs and interfaces are forward-declared.
bool Emitter::alias_cycle(Named* n) {
  std::unordered_set<const Named*> seen;
  std::function<bool(Type*)> walk = [&](Type* x) -> bool {
    switch (x->kind) {
      case TypeKind::Named: {
        auto* m = static_cast<Named*>(x);
        if (m == n) return true;
        if (m->obj->pkg == nullptr || !m->cxx_type.empty() || wrapped_named_.count(m) ||
            !seen.insert(m).second)
          return false;
        if (isa<Struct>(m->underlying) || isa<Interface>(m->underlying)) return false;
        return walk(m->underlying);
      }
      case TypeKind::Pointer:
        return walk(static_cast<Pointer*>(x)->elem);
      case TypeKind::Array:
        return walk(static_cast<Array*>(x)->elem);
      case TypeKind::Slice:
        return walk(static_cast<Slice*>(x)->elem);
      case TypeKind::Chan:
        return walk(static_cast<Chan*>(x)->elem);
      case TypeKind::Map:
        return walk(static_cast<Map*>(x)->key) || walk(static_cast<Map*>(x)->elem);
      case TypeKind::Signature: {
        auto* sg = static_cast<Signature*>(x);
        for (Var* v : sg->params->vars)
          if (walk(v->type)) return true;
        for (Var* v : sg->results->vars)
          if (walk(v->type)) return true;
        return false;
      }
      default:
        return false;
    }
  };
  return walk(n->underlying);
}

// A recursive slice, map, chan or func type is a struct deriving from its
// underlying representation, convertible both ways:
//   type T []T  ->  struct T : gocxx::Slice<go::main_::T> {
//                     T() = default;
//                     T(const gocxx::Slice<go::main_::T>& v) : gocxx::Slice<go::main_::T>(v) {}
//                   };
void Emitter::define_wrapper(Named* n, const std::string& q) {
  auto [ns, name] = split_qual(q);
  std::string key = "named:" + q;
  Type* u = n->underlying;
  if (!isa<Slice>(u) && !isa<Map>(u) && !isa<Chan>(u) && !isa<Signature>(u)) {
    error(n->obj->pos, "unsupported: recursive " +
                           std::string(isa<Pointer>(u) ? "pointer" : "array") + " type " +
                           std::string(n->obj->name));
    return;
  }
  wrapped_named_.insert(n);
  TypeDef def;
  def.owner = n->obj->pkg;
  def.fwd = "namespace " + ns + " { struct " + name + "; }\n";
  typedefs_[key] = def;  // reserve: the base names the struct itself
  note_typedef(key);
  std::string base = cty(u);                             // gocxx::Slice<go::main_::T>
  std::string tmpl = base.substr(0, base.find('<'));     // gocxx::Slice
  std::string ctor = tmpl.substr(tmpl.rfind("::") + 2);  // Slice
  def.text = "namespace " + ns + " {\n// " + type_string(n, nullptr) + "\nstruct " + name + " : " +
             base + " {\n" + "  using " + base + "::" + ctor + ";\n  " + name +
             "() = default;\n  " + name + "(const " + base + "& v) : " + base +
             "(v) {}\n};\n}  // namespace " + ns + "\n";
  def.deps = value_deps(u, true);
  typedefs_[key] = std::move(def);
}

void Emitter::define_struct(Type* t, const std::string& q, Struct* s) {
  auto [ns, name] = split_qual(q);
  bool named = isa<Named>(t);
  std::string key = named ? "named:" + q : "struct:" + q;
  TypeDef def;
  def.owner = named ? static_cast<Named*>(t)->obj->pkg : nullptr;
  def.guard = named ? "" : guard_of(q);
  def.fwd = "namespace " + ns + " { struct " + name + "; }\n";
  typedefs_[key] = def;  // reserve (recursive types)
  if (named) note_typedef(key);
  std::string body =
      "namespace " + ns + " {\n// " + type_string(t, nullptr) + "\nstruct " + name + " {\n";
  bool comparable = true;
  std::function<bool(Type*)> cmp = [&](Type* x) -> bool {
    Type* u = under(x);
    switch (u->kind) {
      case TypeKind::Slice:
      case TypeKind::Map:
      case TypeKind::Signature:
        return false;
      case TypeKind::Array:
        return cmp(static_cast<Array*>(u)->elem);
      case TypeKind::Struct:
        for (Var* f : static_cast<Struct*>(u)->fields)
          if (!cmp(f->type)) return false;
        return true;
      default:
        return true;
    }
  };
  int blank = 0;
  for (Var* f : s->fields) {
    std::string fname = f->name == "_" ? "blank_" + std::to_string(blank++) : escape(f->name);
    body += "  " + cty(f->type) + " " + fname + "{};\n";
    for (auto& d : value_deps(f->type)) def.deps.push_back(d);
    if (!cmp(f->type)) comparable = false;
  }
  if (comparable) {
    // Go's == compares every non-blank field.
    body +=
        "  friend bool operator==(const " + name + "& a, const " + name + "& b) {\n    return true";
    for (Var* f : s->fields) {
      if (f->name == "_") continue;
      std::string fname = escape(f->name);
      body += " && a." + fname + " == b." + fname;
    }
    body += ";\n  }\n";
    body += "  friend uint64_t go_hash(const " + name +
            "& v, uint64_t seed) {\n    uint64_t h = seed;\n";
    for (Var* f : s->fields) {
      if (f->name == "_") continue;
      body += "    h = gocxx::Hasher<" + cty(f->type) + ">::hash(v." + escape(f->name) + ", h);\n";
    }
    body += "    return h;\n  }\n";
  }
  body += "};\n}  // namespace " + ns + "\n";
  def.text = std::move(body);
  typedefs_[key] = std::move(def);
}

void Emitter::define_iface(Type* t, const std::string& q, Interface* it) {
  auto [ns, name] = split_qual(q);
  bool named = isa<Named>(t) && static_cast<Named*>(t)->obj->pkg != nullptr;
  std::string key = "iface:" + q;
  TypeDef def;
  def.owner = named ? static_cast<Named*>(t)->obj->pkg : nullptr;
  def.guard = named ? "" : guard_of(q);
  def.fwd = "namespace " + ns + " { struct " + name + "; }\n";
  typedefs_[key] = def;
  if (named) note_typedef(key);
  std::string body = "namespace " + ns + " {\n// " + type_string(t, nullptr) + "\nstruct " + name +
                     " : gocxx::Any {\n";
  std::string d = desc(t);
  int i = 0;
  for (Func* m : it->all_methods) {
    auto* sig = static_cast<Signature*>(m->type);
    bool async = an_.async_method(m->name, sig);
    std::string r = result_cty(sig, async);
    std::string params, args;
    for (size_t k = 0; k < sig->params->size(); k++) {
      std::string pn = "a" + std::to_string(k);
      params += (k ? ", " : "") + cty(sig->params->vars[k]->type) + " " + pn;
      args += ", " + pn;
    }
    body += "  " + r + " " + escape(m->name) + "(" + params + ") const;\n";
    def.after += "inline " + r + " " + q + "::" + escape(m->name) + "(" + params +
                 ") const {\n  return gocxx::icall<" + r + ">(*this, " + d + ", " +
                 std::to_string(i) + args + ");\n}\n";
    // Declarations only need the names; aliases must be declared first.
    for (auto& dep : value_deps(sig, true)) def.deps.push_back(dep);
    i++;
  }
  body += "};\n}  // namespace " + ns + "\n";
  def.text = std::move(body);
  if (!named) {
    // Shared interfaces travel with their descriptor: the method bodies use it
    // in whichever header the definition lands.
    std::string dn = desc_name(t);
    def.after = "#ifndef GOCXX_DESC_" + dn + "\n#define GOCXX_DESC_" + dn + "\n" +
                desc_definition(dn, t, true) + "#endif\n" + def.after;
  }
  typedefs_[key] = std::move(def);
}

void Emitter::require_type(Type* t) { (void)cty(t); }

void Emitter::emit_typedef(const std::string& key, PkgOut& po) {
  auto it = typedefs_.find(key);
  if (it == typedefs_.end()) return;
  const Package* self = nullptr;
  for (auto& [p, o] : outs_)
    if (&o == &po) self = p;
  if (it->second.owner != nullptr && it->second.owner != self) return;  // from an included header
  if (po.emitted.count(key) || po.visiting.count(key)) return;
  po.visiting.insert(key);
  std::vector<std::string> deps = it->second.deps;
  for (const std::string& dep : deps) {
    if (dep != key) emit_typedef(dep, po);
  }
  po.visiting.erase(key);
  po.emitted.insert(key);
  const TypeDef& d = typedefs_[key];
  if (d.guard.empty()) {
    po.types += d.text;
    po.iface_bodies += d.after;
  } else {
    po.types += "#ifndef " + d.guard + "\n#define " + d.guard + "\n" + d.text + "#endif\n";
    if (!d.after.empty())
      po.iface_bodies +=
          "#ifndef " + d.guard + "_M\n#define " + d.guard + "_M\n" + d.after + "#endif\n";
  }
}

// ---- descriptors

// Named types and pointers to them have their descriptor defined by their
// package; every other type's is an inline definition (under a guard) in
// each package header that needs it.
const Package* Emitter::desc_owner(Type* t) {
  if (auto* p = dyn_cast<Pointer>(t)) t = p->elem;
  if (auto* n = dyn_cast<Named>(t)) return n->obj->pkg;
  return nullptr;
}

std::string Emitter::desc_name(Type* t) {
  std::string key = type_key(t);
  std::string name;
  for (char c : key) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  if (name.size() > 60) name.resize(60);
  // Distinct keys could mangle alike ("a_b" / "a.b"): a hash tells them apart.
  return "type_" + name + "_" + stable_hash(key);
}

// The descriptor of t: "&go::rt::type_...". Shared descriptors are noted for
// the current package's header, with the descriptors they refer to first.
std::string Emitter::desc(Type* t) {
  std::string name = desc_name(t);
  if (desc_owner(t) == nullptr) {
    PkgOut& po = cur();
    if (!po.shared_desc_seen.count(name)) {
      po.shared_desc_seen.insert(name);
      std::string def = desc_definition(name, t, true);  // may note others first
      po.shared_desc_order.push_back(name);
      po.shared_descs +=
          "#ifndef GOCXX_DESC_" + name + "\n#define GOCXX_DESC_" + name + "\n" + def + "#endif\n";
    }
  } else {
    require_type(isa<Pointer>(t) ? static_cast<Pointer*>(t)->elem : t);
  }
  return "&go::rt::" + name;
}

}  // namespace gocxx::lower
