// This file implements the whole translation unit: the worklist of
// functions from main.main and the init functions, package variables and
// their initialization in Go's order, run-time type descriptors with their
// method tables, the extern bodies of the standard library, and main().
//
//   package main; var x = f(); func init() { ... }; func main() { ... }
//     ->  namespace go::main_ { inline int64_t x{}; void init_package() { x = f(); init_1(); } }
//         int main(int argc, char** argv) {
//           gocxx::set_args(argc, argv);
//           gocxx::run_main([]() -> gocxx::Task<> { ...init_package(); go::main_::main_();
//           co_return; });
//         }

#include <algorithm>
#include <filesystem>
#include <functional>

#include "analyze/analysis.h"
#include "check/methodset.h"
#include "lower/emitter.h"
#include "lower/unsupported.h"

namespace gocxx::lower {

// A C string literal (descriptor names may hold quotes: struct tags).
std::string cxx_string_lit(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

namespace {

const char* kind_name(Type* t) {
  Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Basic:
      switch (static_cast<Basic*>(u)->basic_kind) {
        case BasicKind::Bool:
          return "Bool";
        case BasicKind::Int:
          return "Int";
        case BasicKind::Int8:
          return "Int8";
        case BasicKind::Int16:
          return "Int16";
        case BasicKind::Int32:
          return "Int32";
        case BasicKind::Int64:
          return "Int64";
        case BasicKind::Uint:
          return "Uint";
        case BasicKind::Uint8:
          return "Uint8";
        case BasicKind::Uint16:
          return "Uint16";
        case BasicKind::Uint32:
          return "Uint32";
        case BasicKind::Uint64:
          return "Uint64";
        case BasicKind::Uintptr:
          return "Uintptr";
        case BasicKind::Float32:
          return "Float32";
        case BasicKind::Float64:
          return "Float64";
        case BasicKind::Complex64:
          return "Complex64";
        case BasicKind::Complex128:
          return "Complex128";
        case BasicKind::String:
          return "String";
        case BasicKind::UnsafePointer:
          return "UnsafePointer";
        default:
          return "Invalid";
      }
    case TypeKind::Pointer:
      return "Pointer";
    case TypeKind::Array:
      return "Array";
    case TypeKind::Slice:
      return "Slice";
    case TypeKind::Map:
      return "Map";
    case TypeKind::Chan:
      return "Chan";
    case TypeKind::Struct:
      return "Struct";
    case TypeKind::Signature:
      return "Func";
    case TypeKind::Interface:
      return "Interface";
    default:
      return "Invalid";
  }
}

bool comparable(Type* t) {
  Type* u = under(t);
  switch (u->kind) {
    case TypeKind::Slice:
    case TypeKind::Map:
    case TypeKind::Signature:
      return false;
    case TypeKind::Array:
      return comparable(static_cast<Array*>(u)->elem);
    case TypeKind::Struct:
      for (Var* f : static_cast<Struct*>(u)->fields)
        if (!comparable(f->type)) return false;
      return true;
    default:
      return true;
  }
}

}  // namespace

// The definition of descriptor `name` for t (with its field and method
// tables): `inline` in headers for shared descriptors.
std::string Emitter::desc_definition(const std::string& name, Type* t, bool shared) {
  Type* u = under(t);
  std::string T = isa<Interface>(u) ? "gocxx::Any" : cty(t);
  std::string out;
  std::string inl = shared ? "inline " : "";
  std::string fields = "nullptr", nfields = "0", methods = "nullptr", nmethods = "0";
  std::string elem = "nullptr", key = "nullptr", len = "0";
  if (auto* p = dyn_cast<Pointer>(u)) elem = desc(p->elem);
  if (auto* s = dyn_cast<Slice>(u)) elem = desc(s->elem);
  if (auto* a = dyn_cast<Array>(u)) {
    elem = desc(a->elem);
    len = std::to_string(a->len);
  }
  if (auto* c = dyn_cast<check::Chan>(u)) {
    elem = desc(c->elem);
    len = std::to_string(int(c->dir));
  }
  if (auto* m = dyn_cast<Map>(u)) {
    elem = desc(m->elem);
    key = desc(m->key);
  }
  // A //gocxx:cxxtype type is opaque: its Go fields are not the C++ object's.
  bool opaque = isa<Named>(t) && !static_cast<Named*>(t)->cxx_type.empty();
  if (auto* s = dyn_cast<Struct>(u); s && !s->fields.empty()) {
    out += inl + "const gocxx::Field fields_" + name + "[] = {\n";
    int blank = 0;
    for (Var* f : s->fields) {
      std::string fname = f->name == "_" ? "blank_" + std::to_string(blank++) : escape(f->name);
      // An opaque type's fields are its Go definition's: no C++ member to find (kTypeOpaque).
      std::string offset = opaque ? "0" : "offsetof(" + T + ", " + fname + ")";
      out += "  {\"" + std::string(f->name) + "\", " + desc(f->type) + ", " + offset + ", " +
             (f->embedded ? "true" : "false") + ", " + (f->exported() ? "true" : "false") + "},\n";
    }
    out += "};\n";
    fields = "fields_" + name;
    nfields = std::to_string(s->fields.size());
  }
  auto qualified_name = [&](const Func* m) {
    std::string n(m->name);
    if (!m->exported() && m->pkg) n = m->pkg->path + "." + n;
    return n;
  };
  if (auto* it = dyn_cast<Interface>(u); it && !it->all_methods.empty()) {
    out += inl + "const gocxx::Method methods_" + name + "[] = {\n";
    for (const Func* m : it->all_methods) {
      out += "  {\"" + qualified_name(m) + "\", \"" +
             Analysis::sig_key(static_cast<Signature*>(m->type)) + "\", nullptr},\n";
    }
    out += "};\n";
    methods = "methods_" + name;
    nmethods = std::to_string(it->all_methods.size());
  } else if (!isa<Interface>(u)) {
    // Unnamed types have methods too: struct{ T } promotes T's (shared
    // descriptors live in headers, so their thunks are inline).
    std::vector<MethodEntry> ms = method_set(t);
    std::sort(ms.begin(), ms.end(), [&](const MethodEntry& a, const MethodEntry& b) {
      return qualified_name(a.m) < qualified_name(b.m);
    });
    if (!ms.empty()) {
      int k = 0;
      std::string table = "const gocxx::Method methods_" + name + "[] = {\n";
      for (const MethodEntry& me : ms) {
        auto* sig = static_cast<Signature*>(me.m->type);
        bool async = an_.async_method(me.m->name, sig);
        std::string thunk = "thunk_" + name + "_" + std::to_string(k++);
        std::string params, args;
        for (size_t i = 0; i < sig->params->size(); i++) {
          params += ", " + cty(sig->params->vars[i]->type) + " a" + std::to_string(i);
          args += ", a" + std::to_string(i);
        }
        // The receiver: the boxed value (or the pointer itself), then the embedding path.
        bool direct = isa<Pointer>(u) || isa<Map>(u) || isa<check::Chan>(u) || isa<Signature>(u);
        std::string r =
            direct ? "std::bit_cast<" + T + ">(d)" : "(*static_cast<const " + T + "*>(d))";
        Type* rt = t;
        for (int idx : me.path) {
          Type* x = under(rt);
          if (auto* p = dyn_cast<Pointer>(x)) {
            r = "gocxx::deref(" + r + ")";
            x = under(p->elem);
          }
          Var* f = static_cast<Struct*>(x)->fields[idx];
          r += "." + escape(f->name);
          rt = f->type;
        }
        std::string callee;
        bool callee_async;
        if (is_interface(rt)) {
          callee = "(" + r + ")." + escape(me.m->name) + "(" +
                   (args.empty() ? "" : args.substr(2)) + ")";
          callee_async = async;
        } else {
          bool have_ptr = isa<Pointer>(rt);
          std::string rv;
          if (me.m->has_ptr_recv)
            rv = have_ptr ? r : "const_cast<" + cty(rt) + "*>(&" + r + ")";
          else
            rv = have_ptr ? "gocxx::deref(" + r + ")" : r;
          auto* elem = have_ptr ? dyn_cast<Named>(static_cast<Pointer*>(rt)->elem) : nullptr;
          if (!me.m->has_ptr_recv && me.path.empty() && elem != nullptr &&
              elem->obj->pkg != nullptr) {
            // Go's wrapper (*T).M of a value method: runtime.panicwrap's text on a nil *T.
            std::string tn(elem->obj->name);
            rv = "gocxx::deref_value_receiver(" + r + ", " +
                 cxx_string_lit("value method " + elem->obj->pkg->path + "." + tn + "." +
                                std::string(me.m->name) + " called using nil *" + tn + " pointer") +
                 ")";
          }
          callee = func_name(me.m) + "(" + rv + args + ")";
          callee_async = an_.blocking(me.m);
        }
        std::string rty = result_cty(sig, async);
        std::string body =
            async && !callee_async ? "co_return " + callee + ";" : "return " + callee + ";";
        // A blocking method of a type no reachable code converts to an
        // interface, in a non-blocking family: never called (analysis.h).
        if (!async && callee_async)
          body =
              "gocxx::unreachable_blocking_method(" + cxx_string_lit(qualified_name(me.m)) + ");";
        // `defer x.M()` arms this entry (imethod_recover_id); Go's wrapper is transparent: it
        // hands directness on to M, or through an embedded interface to the entry of M in the
        // interface's dynamic type (looked up only when a panic armed this thunk).
        std::string self = "reinterpret_cast<const void*>(&" + thunk + ")";
        if (is_interface(rt)) {
          body = "gocxx::recover_forward_imethod(" + self + ", " + imethod_ref(r, rt, me.m) +
                 "); " + body;
        } else if (std::string tag = recover_tag_of(me.m, nullptr); !tag.empty()) {
          body = "gocxx::recover_forward(" + self + ", &" + tag + "); " + body;
        }
        out += (shared ? "inline " : "static ") + rty + " " + thunk + "(const void* d" + params +
               ") { " + body + " }\n";
        // The entry records its convention: a coroutine thunk is the Method's task_fn, so C++
        // callers that cannot suspend know to run it to completion (method_call.h).
        std::string entry = "reinterpret_cast<gocxx::MethodFn>(&" + thunk + ")";
        table += "  {\"" + qualified_name(me.m) + "\", \"" + Analysis::sig_key(sig) + "\", " +
                 (async ? "nullptr, " + entry : entry) + "},\n";
      }
      table += "};\n";
      out += table;
      methods = "methods_" + name;
      nmethods = std::to_string(ms.size());
    }
  }
  std::string flags;
  // Predeclared types are defined types too (Go gives them a name and an uncommontype).
  if (isa<Named>(t) || isa<Basic>(t)) flags += "gocxx::kTypeNamed | ";
  if (comparable(t)) flags += "gocxx::kTypeComparable | ";
  if (pointer_free(t)) flags += "gocxx::kTypePointerFree | ";
  if (opaque) flags += "gocxx::kTypeOpaque | ";
  if (auto* sig = dyn_cast<Signature>(u); sig && an_.async_func_type(sig))
    flags += "gocxx::kTypeAsyncFunc | ";
  flags += "0";
  std::string eq = "nullptr", hash = "nullptr";
  if (isa<Interface>(u)) {
    eq = "gocxx::equal_fn<gocxx::Any>";
    hash = "gocxx::hash_fn<gocxx::Any>";
  } else if (comparable(t) && !opaque) {
    eq = "gocxx::equal_fn<" + T + ">";
    hash = "gocxx::hash_fn<" + T + ">";
  }
  std::string pkg_path;
  if (auto* n = dyn_cast<Named>(t); n && n->obj->pkg) pkg_path = n->obj->pkg->path;
  out += inl + "const gocxx::Type " + name + "{gocxx::Kind::" + kind_name(t) + ", " + flags +
         ", sizeof(" + T + "), alignof(" + T + "), " + cxx_string_lit(rtype_string(t)) + ", \"" +
         pkg_path + "\", " + elem + ", " + key + ", " + len + ", " + fields + ", " + nfields +
         ", " + methods + ", " + nmethods + ", " + eq + ", " + hash + "};\n";
  return "namespace go::rt {\n" + out + "}  // namespace go::rt\n";
}

// Every named type of a package (and the pointer to it) gets a descriptor
// defined in the package's source, declared in its header.
void Emitter::emit_owned_descriptors(Package* pkg) {
  pkg_ = pkg;
  PkgOut& po = cur();
  std::vector<Named*> named;
  for (Object* o : pkg->scope->objects()) {
    if (auto* tn = dyn_cast<TypeName>(o); tn && !tn->is_alias && tn->type) {
      if (auto* n = dyn_cast<Named>(tn->type)) named.push_back(n);
    }
  }
  for (auto& [tn, name] : local_type_names_) {
    if (tn->pkg == pkg) {
      if (auto* n = dyn_cast<Named>(tn->type)) named.push_back(n);
    }
  }
  std::string decls;
  for (Named* n : named) {
    for (Type* t : {static_cast<Type*>(n), static_cast<Type*>(prog_.types.make<Pointer>(n))}) {
      std::string name = desc_name(t);
      decls += "extern const gocxx::Type " + name + ";\n";
      po.desc_defs += desc_definition(name, t, false);
    }
  }
  po.protos = "namespace go::rt {\n" + decls + "}  // namespace go::rt\n" + po.protos;
}

void Emitter::emit_globals(Package* pkg) {
  pkg_ = pkg;
  for (ast::File* f : pkg->files) {
    for (ast::Decl* d : f->decls) {
      auto* gd = ast::dyn_cast<ast::GenDecl>(d);
      if (gd == nullptr || gd->tok != TokenKind::Var) continue;
      for (ast::Spec* sp : gd->specs) {
        auto* vs = ast::cast<ast::ValueSpec>(sp);
        for (ast::Ident* id : vs->names) {
          auto it = info_.defs.find(id);
          if (it == info_.defs.end() || it->second == nullptr) continue;
          auto* v = static_cast<Var*>(it->second);
          if (v->name == "_") continue;  // evaluated by init_package only
          std::string q = qual(v);
          std::string ns = q.substr(0, q.rfind("::"));
          cur().globals += "namespace " + ns + " { inline " + cty(v->type) + " " +
                           q.substr(q.rfind("::") + 2) + "{}; }\n";
        }
      }
    }
  }
}

bool Emitter::emit_package_init(Package* pkg) {
  FuncState st;
  st.sig = nullptr;
  fn_ = &st;
  std::string text;
  out_ = &text;
  indent_ = 1;
  pkg_ = pkg;
  // Decide first whether initialization blocks (an initializer or init()
  // calls something that does).
  bool blocking = false;
  st.coroutine = true;
  for (const Initializer& in : info_.init_order) {
    if (in.lhs.empty() || in.lhs[0]->pkg != pkg || in.rhs == nullptr) continue;
    if (has_await(in.rhs)) blocking = true;
  }
  std::vector<const Func*> inits;
  for (ast::File* f : pkg->files) {
    for (ast::Decl* d : f->decls) {
      auto* fd = ast::dyn_cast<ast::FuncDecl>(d);
      if (fd && fd->recv == nullptr && fd->name->name == "init" && fd->body) {
        auto it = info_.defs.find(fd->name);
        if (it != info_.defs.end() && it->second) {
          inits.push_back(static_cast<Func*>(it->second));
          if (an_.blocking(static_cast<Func*>(it->second))) blocking = true;
        }
      }
    }
  }
  st.coroutine = blocking;
  for (const Initializer& in : info_.init_order) {
    if (in.lhs.empty() || in.lhs[0]->pkg != pkg || in.rhs == nullptr) continue;
    if (in.lhs.size() == 1) {
      std::string v;
      if (in.rhs->kind == ast::NodeKind::CallExpr &&
          call_is_async(ast::cast<ast::CallExpr>(in.rhs)))
        v = convert_value(call(ast::cast<ast::CallExpr>(in.rhs), true), info_.type_of(in.rhs)->type,
                          in.lhs[0]->type);
      else
        v = expr_as(in.rhs, in.lhs[0]->type);
      if (in.lhs[0]->name != "_")
        line(qual(in.lhs[0]) + " = " + v + ";");
      else
        line("(void)(" + v + ");");
    } else {
      auto vals = unpack(in.rhs);
      for (size_t i = 0; i < in.lhs.size(); i++) {
        if (in.lhs[i]->name == "_") continue;
        line(qual(in.lhs[i]) + " = " +
             convert_value(vals[i].first, vals[i].second, in.lhs[i]->type) + ";");
      }
    }
  }
  for (const Func* f : inits)
    line(std::string(an_.blocking(f) ? "co_await " : "") + func_name(f) + "();");
  std::string ns = ns_of(pkg);
  std::string r = blocking ? "gocxx::Task<>" : "void";
  if (blocking) line("co_return;");
  cur().protos += "namespace " + ns + " { " + r + " init_package(); }\n";
  cur().bodies += "namespace " + ns + " {\n" + r + " init_package() {\n" + text +
                  "}\n}  // namespace " + ns + "\n\n";
  fn_ = nullptr;
  out_ = nullptr;
  return blocking;
}

namespace {

std::string unit_name(const std::string& path) {
  std::string n;
  for (char c : path) n += c == '/' ? '.' : c;
  return n;
}

// "namespace N { decl }" lines grouped into one block per namespace.
std::string group_namespaces(const std::string& text) {
  std::map<std::string, std::string> by_ns;
  std::vector<std::string> order;
  std::string other;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string ln = text.substr(pos, end - pos);
    pos = end + 1;
    const std::string open = "namespace ";
    size_t brace = ln.find(" { ");
    if (ln.rfind(open, 0) == 0 && brace != std::string::npos && ln.size() >= 2 &&
        ln.substr(ln.size() - 2) == " }") {
      std::string ns = ln.substr(open.size(), brace - open.size());
      if (!by_ns.count(ns)) order.push_back(ns);
      by_ns[ns] += ln.substr(brace + 3, ln.size() - 2 - (brace + 3)) + "\n";
    } else {
      other += ln + "\n";
    }
  }
  std::string out = other;
  for (const std::string& ns : order)
    out += "namespace " + ns + " {\n" + by_ns[ns] + "}  // namespace " + ns + "\n";
  return out;
}

}  // namespace

Output Emitter::run() {
  Output result;
  // Name init functions apart (a package may have several).
  for (Package* pkg : prog_.packages) {
    int k = 0;
    for (ast::File* f : pkg->files) {
      if (f->source) result.files.push_back(std::string(f->source->name()));
      for (ast::Decl* d : f->decls) {
        auto* fd = ast::dyn_cast<ast::FuncDecl>(d);
        if (fd && fd->recv == nullptr && fd->name->name == "init") {
          auto it = info_.defs.find(fd->name);
          if (it != info_.defs.end() && it->second)
            init_names_[static_cast<Func*>(it->second)] = "init_" + std::to_string(++k);
        }
      }
    }
  }
  std::string init_calls, init_protos;
  for (Package* pkg : prog_.packages) {
    pkg_ = pkg;
    // Every type and function of the package: its C++ must not depend on
    // which of them this program uses, so that it can be cached.
    for (Object* o : pkg->scope->objects()) {
      if (auto* tn = dyn_cast<TypeName>(o); tn && tn->type) require_type(tn->type);
    }
    emit_globals(pkg);
    for (ast::File* f : pkg->files) {
      for (ast::Decl* d : f->decls) {
        auto* fd = ast::dyn_cast<ast::FuncDecl>(d);
        if (fd == nullptr || fd->body == nullptr) continue;
        auto it = info_.defs.find(fd->name);
        if (it == info_.defs.end() || !isa<Func>(it->second)) continue;
        emit_func(static_cast<Func*>(it->second));
      }
    }
    bool blocking = emit_package_init(pkg);
    emit_owned_descriptors(pkg);
    init_calls += std::string(blocking ? "co_await " : "") + ns_of(pkg) + "::init_package(); ";
    init_protos += "namespace " + ns_of(pkg) + " { " + (blocking ? "gocxx::Task<>" : "void") +
                   " init_package(); }\n";
  }
  const Func* main_fn = nullptr;
  if (prog_.main != nullptr) main_fn = dyn_cast<Func>(prog_.main->scope->lookup("main"));
  for (Package* pkg : prog_.packages) {
    PkgOut& po = outs_[pkg];
    for (size_t i = 0; i < po.typedef_order.size(); i++) emit_typedef(po.typedef_order[i], po);
    Unit u;
    u.path = pkg->path;
    u.name = unit_name(pkg->path);
    u.is_std = pkg->is_std;
    std::string guard = "GOCXX_PKG_" + u.name;
    for (char& c : guard)
      if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
    std::string h = "// Generated by gocxx from Go package " + pkg->path + ". Do not edit.\n";
    h += "#ifndef " + guard + "\n#define " + guard + "\n";
    h += "#include <cstddef>\n#include <tuple>\n#include \"gocxx/gocxx.h\"\n#include "
         "\"gocxx/support.h\"\n";
    for (Package* imp : pkg->imports) {
      h += "#include \"gocxx_pkg/" + unit_name(imp->path) + ".h\"\n";
      u.imports.push_back(unit_name(imp->path));
    }
    std::string fwd;
    for (const std::string& key : po.typedef_order) {
      auto it = typedefs_.find(key);
      if (it != typedefs_.end() && (it->second.owner == pkg || it->second.owner == nullptr))
        fwd += it->second.fwd;
    }
    for (const std::string& key : po.emitted) {
      auto it = typedefs_.find(key);
      if (it != typedefs_.end() && it->second.owner == nullptr &&
          fwd.find(it->second.fwd) == std::string::npos)
        fwd += it->second.fwd;
    }
    h += "\n// Forward declarations.\n" + group_namespaces(fwd);
    h += "\n// Types.\n" + po.types;
    h += "\n// Prototypes and run-time type descriptors.\n" + group_namespaces(po.protos);
    h += po.shared_descs;
    h += "\n// Interface methods.\n" + po.iface_bodies;
    h += "\n// Package variables.\n" + group_namespaces(po.globals);
    if (pkg->is_std) {
      std::filesystem::path p = std::filesystem::path(opts_.std_root) / pkg->path / "extern.h";
      if (std::filesystem::exists(p)) {
        // Named from the standard library's root (on the include path, as
        // $GOCXXROOT/runtime/std): the text does not depend on where gocxx is.
        h += "\n// C++ bodies of //gocxx:extern functions.\n#include \"" + pkg->path +
             "/extern.h\"\n";
        result.files.push_back(p.string());
      }
    }
    if (!po.inline_bodies.empty()) {
      h += "\n// Small functions, defined here so that other units can inline them.\n" +
           po.inline_bodies;
      if (opts_.line_directives) {
        size_t lines = static_cast<size_t>(std::count(h.begin(), h.end(), '\n'));
        h += "#line " + std::to_string(lines + 2) + " \"gocxx_pkg/" + u.name + ".h\"\n";
      }
    }
    h += "#endif  // " + guard + "\n";
    std::string src = "// Generated by gocxx from Go package " + pkg->path + ". Do not edit.\n";
    src += "#include \"gocxx_pkg/" + u.name + ".h\"\n\n";
    src += po.bodies;
    if (opts_.line_directives) {
      size_t lines = static_cast<size_t>(std::count(src.begin(), src.end(), '\n'));
      src += "#line " + std::to_string(lines + 2) + " \"gocxx_pkg/" + u.name + ".cpp\"\n";
    }
    src += "// Run-time type descriptors.\n" + po.desc_defs;
    u.header = std::move(h);
    u.source = std::move(src);
    result.units.push_back(std::move(u));
  }
  if (main_fn != nullptr) {
    // The entry point declares what it calls rather than including every
    // package header: it compiles in a fraction of the time.
    std::string m =
        "// Generated by gocxx: the program's entry point.\n#include \"gocxx/gocxx.h\"\n#include "
        "\"gocxx/support.h\"\n\n";
    m += "// What it calls, one line each (clang-format would take three).\n// clang-format off\n";
    m += init_protos;
    m += "namespace " + ns_of(prog_.main) + " { " +
         (an_.blocking(main_fn) ? "gocxx::Task<>" : "void") + " " +
         func_name(main_fn).substr(func_name(main_fn).rfind("::") + 2) +
         "(); }\n// clang-format on\n";
    m += "\nint main(int argc, char** argv) {\n  gocxx::set_args(argc, argv);\n";
    // The coroutine method families, for the runtime's own types' method tables (method_call.h).
    std::vector<std::string> families = an_.async_method_keys();
    if (!families.empty()) {
      m += "  gocxx::set_async_methods({";
      for (size_t i = 0; i < families.size(); i++)
        m += (i ? ", " : "") + cxx_string_lit(families[i]);
      m += "});\n";
    }
    m += "  gocxx::run_main([]() -> gocxx::Task<> { " + init_calls +
         (an_.blocking(main_fn) ? "co_await " : "") + func_name(main_fn) +
         "(); co_return; });\n}\n";
    result.main_source = std::move(m);
  }
  return result;
}

std::vector<std::string> Output::single_tu() const {
  // Headers in dependency order, then sources, then main: the generated
  // includes are dropped (everything they name is already above).
  auto strip = [](const std::string& text) {
    std::string out;
    size_t pos = 0;
    while (pos < text.size()) {
      size_t end = text.find('\n', pos);
      if (end == std::string::npos) end = text.size();
      std::string_view ln(text.data() + pos, end - pos);
      if (ln.rfind("#include \"gocxx_pkg/", 0) != 0) {
        out.append(ln);
        out += '\n';
      }
      pos = end + 1;
    }
    return out;
  };
  std::vector<std::string> out;
  for (const Unit& u : units) out.push_back(strip(u.header) + "\n");
  for (const Unit& u : units) out.push_back(strip(u.source) + "\n");
  out.push_back(strip(main_source));
  return out;
}

std::vector<std::string> Output::program_text() const {
  std::vector<std::string> out;
  for (const Unit& u : units) {
    if (!u.is_std) out.push_back(u.header + "\n");
  }
  for (const Unit& u : units) {
    if (!u.is_std) out.push_back(u.source + "\n");
  }
  out.push_back(main_source);
  return out;
}

Output lower_program(Program& program, const Analysis& analysis, const Options& options,
                     base::Diagnostics& diags) {
  // C++ for what gocxx cannot translate would name what does not exist.
  if (report_unsupported(program, diags)) return Output{};
  Emitter e(program, analysis, options, diags);
  return e.run();
}

}  // namespace gocxx::lower
