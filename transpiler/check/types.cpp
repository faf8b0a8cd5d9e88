// This file implements the type table, basic predicates and type printing
// (go/types' typestring.go: the form gc uses in messages).

#include "check/types.h"

#include <algorithm>
#include <string>

#include "base/unicode.h"
#include "check/objects.h"

namespace gocxx::check {

namespace {

struct BasicDesc {
  BasicKind kind;
  uint8_t info;
  std::string_view name;
};

constexpr BasicDesc kBasics[] = {
    {BasicKind::Invalid, 0, "invalid type"},
    {BasicKind::Bool, kIsBoolean, "bool"},
    {BasicKind::Int, kIsInteger, "int"},
    {BasicKind::Int8, kIsInteger, "int8"},
    {BasicKind::Int16, kIsInteger, "int16"},
    {BasicKind::Int32, kIsInteger, "int32"},
    {BasicKind::Int64, kIsInteger, "int64"},
    {BasicKind::Uint, kIsInteger | kIsUnsigned, "uint"},
    {BasicKind::Uint8, kIsInteger | kIsUnsigned, "uint8"},
    {BasicKind::Uint16, kIsInteger | kIsUnsigned, "uint16"},
    {BasicKind::Uint32, kIsInteger | kIsUnsigned, "uint32"},
    {BasicKind::Uint64, kIsInteger | kIsUnsigned, "uint64"},
    {BasicKind::Uintptr, kIsInteger | kIsUnsigned, "uintptr"},
    {BasicKind::Float32, kIsFloat, "float32"},
    {BasicKind::Float64, kIsFloat, "float64"},
    {BasicKind::Complex64, kIsComplex, "complex64"},
    {BasicKind::Complex128, kIsComplex, "complex128"},
    {BasicKind::String, kIsString, "string"},
    {BasicKind::UntypedBool, kIsBoolean | kIsUntyped, "untyped bool"},
    {BasicKind::UntypedInt, kIsInteger | kIsUntyped, "untyped int"},
    {BasicKind::UntypedRune, kIsInteger | kIsUntyped, "untyped rune"},
    {BasicKind::UntypedFloat, kIsFloat | kIsUntyped, "untyped float"},
    {BasicKind::UntypedComplex, kIsComplex | kIsUntyped, "untyped complex"},
    {BasicKind::UntypedString, kIsString | kIsUntyped, "untyped string"},
    {BasicKind::UnsafePointer, 0, "Pointer"},
    {BasicKind::UntypedNil, kIsUntyped, "untyped nil"},
};
static_assert(sizeof(kBasics) / sizeof(kBasics[0]) == kNumBasicKinds);

}  // namespace

TypeTable::TypeTable() {
  for (const BasicDesc& d : kBasics) {
    basics_[static_cast<int>(d.kind)] = make<Basic>(d.kind, d.info, d.name);
  }
  byte_ = make<Basic>(BasicKind::Uint8, kIsInteger | kIsUnsigned, "byte");
  rune_ = make<Basic>(BasicKind::Int32, kIsInteger, "rune");
  empty_tuple_ = make<Tuple>();
}

Type* under(Type* t) {
  if (auto* n = dyn_cast<Named>(t)) return n->underlying != nullptr ? n->underlying : t;
  return t;
}
const Type* under(const Type* t) { return under(const_cast<Type*>(t)); }

bool is_basic_info(const Type* t, uint8_t info) {
  const auto* b = dyn_cast<Basic>(under(t));
  return b != nullptr && (b->info & info) != 0;
}

bool is_basic_kind(const Type* t, BasicKind k) {
  const auto* b = dyn_cast<Basic>(under(t));
  return b != nullptr && b->basic_kind == k;
}

bool is_interface(const Type* t) { return isa<Interface>(under(t)); }

bool is_typed(const Type* t) { return !is_untyped(t); }

namespace {

class TypeWriter {
 public:
  TypeWriter(std::string& out, const Package* local) : out_(out), local_(local) {}

  void type(const Type* t) {
    if (t == nullptr) {
      out_ += "<nil>";
      return;
    }
    // Cut off cycles through unnamed types (only possible after errors).
    if (depth_ > 100) {
      out_ += "…";
      return;
    }
    ++depth_;
    write(t);
    --depth_;
  }

  void tuple(const Tuple* t, bool variadic) {
    out_ += '(';
    if (t != nullptr) {
      for (size_t i = 0; i < t->vars.size(); ++i) {
        if (i > 0) out_ += ", ";
        const Var* v = t->vars[i];
        if (!v->name.empty()) {
          out_ += v->name;
          out_ += ' ';
        }
        const Type* vt = v->type;
        if (variadic && i + 1 == t->vars.size()) {
          out_ += "...";
          if (const auto* s = dyn_cast<Slice>(vt)) vt = s->elem;
        }
        type(vt);
      }
    }
    out_ += ')';
  }

  void signature(const Signature* s) {
    tuple(s->params, s->variadic);
    size_t n = s->results != nullptr ? s->results->size() : 0;
    if (n == 0) return;
    out_ += ' ';
    if (n == 1 && s->results->vars[0]->name.empty()) {
      type(s->results->vars[0]->type);
      return;
    }
    tuple(s->results, false);
  }

 private:
  void write(const Type* t) {
    switch (t->kind) {
      case TypeKind::Basic: {
        const auto* b = static_cast<const Basic*>(t);
        if (b->basic_kind == BasicKind::UnsafePointer) out_ += "unsafe.";
        out_ += b->name;
        return;
      }
      case TypeKind::Pointer:
        out_ += '*';
        type(static_cast<const Pointer*>(t)->elem);
        return;
      case TypeKind::Array: {
        const auto* a = static_cast<const Array*>(t);
        out_ += '[';
        out_ += a->len < 0 ? std::string("unknown") : std::to_string(a->len);
        out_ += ']';
        type(a->elem);
        return;
      }
      case TypeKind::Slice:
        out_ += "[]";
        type(static_cast<const Slice*>(t)->elem);
        return;
      case TypeKind::Map: {
        const auto* m = static_cast<const Map*>(t);
        out_ += "map[";
        type(m->key);
        out_ += ']';
        type(m->elem);
        return;
      }
      case TypeKind::Chan: {
        const auto* c = static_cast<const Chan*>(t);
        bool parens = false;
        switch (c->dir) {
          case ChanDir::SendRecv:
            out_ += "chan ";
            // chan (<-chan T) needs parentheses.
            if (const auto* e = dyn_cast<Chan>(c->elem);
                e != nullptr && e->dir == ChanDir::RecvOnly) {
              parens = true;
            }
            break;
          case ChanDir::SendOnly:
            out_ += "chan<- ";
            break;
          case ChanDir::RecvOnly:
            out_ += "<-chan ";
            break;
        }
        if (parens) out_ += '(';
        type(c->elem);
        if (parens) out_ += ')';
        return;
      }
      case TypeKind::Struct: {
        const auto* s = static_cast<const Struct*>(t);
        out_ += "struct{";
        for (size_t i = 0; i < s->fields.size(); ++i) {
          if (i > 0) out_ += "; ";
          const Var* f = s->fields[i];
          if (!f->embedded) {
            out_ += f->name;
            out_ += ' ';
          }
          type(f->type);
          if (i < s->tags.size() && !s->tags[i].empty()) {
            out_ += ' ';
            out_ += base::quote_string(s->tags[i]);  // strconv.Quote, as types2
          }
        }
        out_ += '}';
        return;
      }
      case TypeKind::Tuple:
        tuple(static_cast<const Tuple*>(t), false);
        return;
      case TypeKind::Signature:
        out_ += "func";
        signature(static_cast<const Signature*>(t));
        return;
      case TypeKind::Interface: {
        const auto* it = static_cast<const Interface*>(t);
        if (it->is_comparable_constraint) {
          out_ += "comparable";
          return;
        }
        if (it->methods.empty() && it->embeddeds.empty()) {
          out_ += "interface{}";
          return;
        }
        out_ += "interface{";
        bool first = true;
        // types2 keeps explicit methods sorted by Id (the name if exported,
        // else "path.name"): interface{w(); r()} prints as interface{r(); w()}.
        std::vector<const Func*> methods(it->methods.begin(), it->methods.end());
        auto id = [](const Func* m) {
          if (m->exported()) return std::string(m->name);
          return (m->pkg != nullptr && !m->pkg->path.empty() ? m->pkg->path : std::string("_")) +
                 "." + std::string(m->name);
        };
        std::stable_sort(methods.begin(), methods.end(),
                         [&](const Func* a, const Func* b) { return id(a) < id(b); });
        for (const Func* m : methods) {
          if (!first) out_ += "; ";
          first = false;
          out_ += m->name;
          signature(static_cast<const Signature*>(m->type));
        }
        for (const Type* e : it->embeddeds) {
          if (!first) out_ += "; ";
          first = false;
          type(e);
        }
        out_ += '}';
        return;
      }
      case TypeKind::Named: {
        const auto* n = static_cast<const Named*>(t);
        const TypeName* obj = n->obj;
        if (obj->pkg != nullptr && obj->pkg != local_ && !obj->pkg->name.empty()) {
          out_ += obj->pkg->name;
          out_ += '.';
        }
        out_ += obj->name;
        return;
      }
    }
  }

  std::string& out_;
  const Package* local_;
  int depth_ = 0;
};

}  // namespace

std::string type_string(const Type* t, const Package* local) {
  std::string out;
  TypeWriter(out, local).type(t);
  return out;
}

void write_tuple(std::string& out, const Tuple* t, bool variadic, const Package* local) {
  TypeWriter(out, local).tuple(t, variadic);
}

void write_signature(std::string& out, const Signature* s, const Package* local) {
  TypeWriter(out, local).signature(s);
}

}  // namespace gocxx::check
