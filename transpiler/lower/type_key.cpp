// This file implements Emitter::type_key: the text that identifies a type for
// the emitter's tables (shared struct and interface definitions, run-time type
// descriptors). Two types get the same key exactly when Go's type identity
// holds (spec: Type identity), so identical types share one descriptor, which
// interface comparisons, type switches and assertions compare by address:
//
//   byte, uint8                    ->  "uint8"         (rune, int32 -> "int32")
//   func(x int) string             ->  "func(int) string"   (parameter names do not count)
//   interface{ io.Reader; M() }    ->  its whole method set, sorted by name
//   type T inside a function       ->  "main.T·L12C3"  (each declaration is its own type)
//
// Otherwise the key is types2's string for the type (check::type_string), so
// the names derived from it stay as they were.

#include <algorithm>
#include <filesystem>

#include "base/unicode.h"
#include "lower/emitter.h"

namespace gocxx::lower {

namespace {

class KeyWriter {
 public:
  KeyWriter(const check::Program& prog, std::string& out) : prog_(prog), out_(out) {}

  void type(const Type* t) {
    switch (t->kind) {
      case TypeKind::Basic:
        return basic(static_cast<const Basic*>(t));
      case TypeKind::Named:
        return named(static_cast<const Named*>(t));
      case TypeKind::Pointer:
        out_ += '*';
        return type(static_cast<const Pointer*>(t)->elem);
      case TypeKind::Array:
        out_ += "[" + std::to_string(static_cast<const Array*>(t)->len) + "]";
        return type(static_cast<const Array*>(t)->elem);
      case TypeKind::Slice:
        out_ += "[]";
        return type(static_cast<const Slice*>(t)->elem);
      case TypeKind::Map:
        out_ += "map[";
        type(static_cast<const Map*>(t)->key);
        out_ += ']';
        return type(static_cast<const Map*>(t)->elem);
      case TypeKind::Chan:
        return chan(static_cast<const check::Chan*>(t));
      case TypeKind::Struct:
        return strct(static_cast<const Struct*>(t));
      case TypeKind::Tuple:
        return tuple(static_cast<const Tuple*>(t), false);
      case TypeKind::Signature:
        out_ += "func";
        return signature(static_cast<const Signature*>(t));
      case TypeKind::Interface:
        return iface(static_cast<const Interface*>(t));
    }
  }

  void signature(const Signature* s) {
    tuple(s->params, s->variadic);
    size_t n = s->results != nullptr ? s->results->size() : 0;
    if (n == 0) return;
    out_ += ' ';
    if (n == 1) return type(s->results->vars[0]->type);
    tuple(s->results, false);
  }

 private:
  void basic(const Basic* b) {
    // byte and rune are aliases: spelled by their kind.
    if (b->basic_kind == BasicKind::Uint8)
      out_ += "uint8";
    else if (b->basic_kind == BasicKind::Int32)
      out_ += "int32";
    else if (b->basic_kind == BasicKind::UnsafePointer)
      out_ += "unsafe.Pointer";
    else
      out_ += b->name;
  }

  void named(const Named* n) {
    const TypeName* obj = n->obj;
    // The path, where it says more than the name: two packages named httplib
    // (different paths) declare distinct types.
    if (obj->pkg != nullptr && !obj->pkg->name.empty()) {
      out_ +=
          (obj->pkg->path.empty() || obj->pkg->path == "main" ? obj->pkg->name : obj->pkg->path) +
          ".";
    }
    out_ += obj->name;
    if (obj->pkg != nullptr && obj->parent != nullptr && obj->parent != obj->pkg->scope) {
      // File name, line and column: two files of a package can declare T at the same line
      // and column. (The base name only, so the key does not depend on where the package is.)
      auto loc = prog_.sources.location(obj->pos);
      std::string file =
          loc.file ? std::filesystem::path(loc.file->name()).filename().string() : "";
      out_ += "·" + file + ":L" + std::to_string(loc.line) + "C" + std::to_string(loc.column);
    }
  }

  void chan(const check::Chan* c) {
    if (c->dir == ChanDir::SendOnly)
      out_ += "chan<- ";
    else if (c->dir == ChanDir::RecvOnly)
      out_ += "<-chan ";
    else
      out_ += "chan ";
    auto* e = dyn_cast<check::Chan>(c->elem);
    bool parens = c->dir == ChanDir::SendRecv && e != nullptr && e->dir == ChanDir::RecvOnly;
    if (parens) out_ += '(';
    type(c->elem);
    if (parens) out_ += ')';
  }

  void strct(const Struct* s) {
    out_ += "struct{";
    for (size_t i = 0; i < s->fields.size(); ++i) {
      if (i > 0) out_ += "; ";
      const Var* f = s->fields[i];
      // An embedded field is named by its type, or by the alias it was
      // written with (struct{ Int } with type Int = int is not struct{ int }).
      if (!f->embedded || f->name != embedded_name(f->type)) out_ += std::string(f->name) + " ";
      type(f->type);
      if (i < s->tags.size() && !s->tags[i].empty()) out_ += " " + base::quote_string(s->tags[i]);
    }
    out_ += '}';
  }

  static std::string_view embedded_name(const Type* t) {
    if (const auto* p = dyn_cast<Pointer>(t)) t = p->elem;
    if (const auto* n = dyn_cast<Named>(t)) return n->obj->name;
    if (const auto* b = dyn_cast<Basic>(t)) return b->name;
    return {};
  }

  void tuple(const Tuple* t, bool variadic) {
    out_ += '(';
    for (size_t i = 0; t != nullptr && i < t->vars.size(); ++i) {
      if (i > 0) out_ += ", ";
      const Type* vt = t->vars[i]->type;
      if (variadic && i + 1 == t->vars.size()) {
        out_ += "...";
        if (const auto* s = dyn_cast<Slice>(vt)) vt = s->elem;
      }
      type(vt);
    }
    out_ += ')';
  }

  void iface(const Interface* it) {
    if (it->all_methods.empty()) {
      out_ += "interface{}";
      return;
    }
    // Method set identity: names (unexported ones qualified by package) and signatures.
    std::vector<const Func*> ms(it->all_methods.begin(), it->all_methods.end());
    auto id = [](const Func* m) {
      if (m->exported() || m->pkg == nullptr) return std::string(m->name);
      return m->pkg->path + "." + std::string(m->name);
    };
    std::stable_sort(ms.begin(), ms.end(),
                     [&](const Func* a, const Func* b) { return id(a) < id(b); });
    out_ += "interface{";
    for (size_t i = 0; i < ms.size(); i++) {
      if (i > 0) out_ += "; ";
      out_ += ms[i]->name;
      signature(static_cast<const Signature*>(ms[i]->type));
    }
    out_ += '}';
  }

  const check::Program& prog_;
  std::string& out_;
};

}  // namespace

std::string Emitter::type_key(Type* t) {
  std::string out;
  KeyWriter(prog_, out).type(t);
  return out;
}

}  // namespace gocxx::lower
