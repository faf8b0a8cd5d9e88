// This file implements the collection of package-level objects from all
// files of a package, imports, and the reports of unused imports
// (types2's resolver.go).

#include "base/unicode.h"
#include "check/checker.h"
#include "check/constant/literal.h"

namespace gocxx::check {

namespace {

std::string import_path(ast::BasicLit* lit) {
  if (lit == nullptr || lit->bad) return "";
  constant::Value v = constant::make_from_literal(lit->value, constant::LiteralKind::String);
  return v.kind() == constant::Kind::String ? constant::string_val(v) : "";
}

// Why an import path (unquoted) is invalid, or "" (types2's
// validatedImportPath): "invalid import path (<why>)".
std::string invalid_import_path(std::string_view path) {
  if (path.empty()) return "empty string";
  constexpr std::u32string_view kIllegal = U"!\"#$%&'()*,:;<=>?[\\]^{|}`\uFFFD";
  while (!path.empty()) {
    base::DecodedRune d = base::decode_rune(path);
    path.remove_prefix(d.width);
    // !unicode.IsGraphic(r) || unicode.IsSpace(r): every graphic space
    // (category Zs) is a space, so this is !strconv.IsPrint(r) || r == ' '.
    if (!base::is_print(d.rune) || d.rune == ' ' ||
        kIllegal.find(d.rune) != std::u32string_view::npos) {
      return "invalid character " + base::format_unicode(d.rune);
    }
  }
  return "";
}

// Go's path.Clean.
std::string clean_path(std::string_view path) {
  bool rooted = !path.empty() && path.front() == '/';
  std::vector<std::string_view> elems;
  while (!path.empty()) {
    size_t slash = path.find('/');
    std::string_view e = path.substr(0, slash);
    path.remove_prefix(slash == std::string_view::npos ? path.size() : slash + 1);
    if (e.empty() || e == ".") continue;
    if (e == "..") {
      if (!elems.empty() && elems.back() != "..") {
        elems.pop_back();
      } else if (!rooted) {
        elems.push_back(e);
      }
      continue;
    }
    elems.push_back(e);
  }
  std::string out = rooted ? "/" : "";
  for (size_t i = 0; i < elems.size(); ++i) {
    if (i > 0) out += '/';
    out += elems[i];
  }
  return out.empty() ? "." : out;
}

// Why a valid import path cannot be imported, or "" (gc's importer:
// resolveImportPath and openPackage): "could not import P (<why>)". Local
// paths are never found (gocxx imports only from the std tree and the
// module); non-canonical ones are rejected before any lookup, which also
// keeps every path inside those trees.
std::string unimportable(const std::string& path) {
  if (path == "main") return "cannot import \"main\"";
  if (path.front() == '/') return "import path cannot be absolute path";
  if (path == "." || path == ".." || path.starts_with("./") || path.starts_with("../"))
    return "file not found";
  if (std::string clean = clean_path(path); clean != path) {
    return "non-canonical import path " + base::quote_string(path) + " (should be " +
           base::quote_string(clean) + ")";
  }
  return "";
}

}  // namespace

std::string Checker::pos_string(Pos pos) {
  base::Location loc = diags_.sources().location(pos);
  if (loc.file == nullptr) return "?";
  return std::string(loc.file->name()) + ":" + std::to_string(loc.line) + ":" +
         std::to_string(loc.column);
}

void Checker::record_def(ast::Ident* id, Object* obj) {
  if (id != nullptr) info_.defs[id] = obj;
}

void Checker::record_use(ast::Ident* id, Object* obj) {
  if (id == nullptr) return;
  info_.uses[id] = obj;
  if (obj != nullptr) check_supported(id->pos, obj);
}

// `//gocxx:unsupported "reason"`: records the reason on obj; false for other directives.
bool Checker::mark_unsupported(Object* obj, const ast::Directive& d) {
  if (d.text.substr(0, 17) != "gocxx:unsupported") return false;
  std::string_view why = d.text.substr(17);
  while (!why.empty() && (why.front() == ' ' || why.front() == '\t')) why.remove_prefix(1);
  if (why.size() >= 2 && why.front() == '"' && why.back() == '"')
    why = why.substr(1, why.size() - 2);
  obj->unsupported = why.empty() ? std::string_view("not implemented") : why;
  return true;
}

// An unsupported standard-library object used outside the standard library: a build error
// naming why, instead of a program that silently behaves differently.
void Checker::check_supported(Pos pos, const Object* obj) {
  if (obj->unsupported.empty() || pkg_ == nullptr || pkg_->is_std) return;
  std::string name(obj->name);
  if (obj->pkg != nullptr) name = obj->pkg->name + "." + name;
  error(pos, name + " is not supported by gocxx: " + std::string(obj->unsupported));
}

void Checker::report_redeclared(Object* obj, Object* alt, std::string_view what) {
  auto b = report(obj->pos, std::string(what));
  if (alt->pos.is_valid())
    b.note("\t" + pos_string(alt->pos) + ": other declaration of " + std::string(alt->name));
}

void Checker::declare(Scope* scope, ast::Ident* id, Object* obj) {
  if (id != nullptr) record_def(id, obj);
  if (obj->name == "_") {
    if (obj->parent == nullptr) obj->parent = scope;
    return;
  }
  if (Object* alt = scope->insert(obj)) {
    report_redeclared(obj, alt, std::string(obj->name) + " redeclared in this block");
  }
}

void Checker::declare_pkg_obj(ast::Ident* id, Object* obj, DeclInfo* d) {
  if (obj->name == "init") {
    error(id->pos, "cannot declare init - must be func");
    return;
  }
  if (obj->name == "main" && pkg_->name == "main") {
    error(id->pos, "cannot declare main - must be func");
    return;
  }
  declare(pkg_->scope, id, obj);
  d->seq = seq_++;
  obj->order = d->seq;
  obj_map_[obj] = d;
}

DeclInfo* Checker::new_decl(ast::File* file, Scope* file_scope) {
  decls_.push_back(std::make_unique<DeclInfo>());
  DeclInfo* d = decls_.back().get();
  d->file = file;
  d->file_scope = file_scope;
  return d;
}

void Checker::collect_imports(ast::File* file, Scope* file_scope, ast::GenDecl* gd) {
  for (ast::Spec* spec : gd->specs) {
    auto* s = ast::dyn_cast<ast::ImportSpec>(spec);
    if (s == nullptr || s->path == nullptr) continue;
    std::string path = import_path(s->path);
    if (s->path->bad) continue;
    if (std::string why = invalid_import_path(path); !why.empty()) {
      error(s->path->pos, "invalid import path (" + why + ")");
      continue;
    }
    Package* imp = nullptr;
    if (std::string why = unimportable(path); !why.empty()) {
      error(s->path->pos, "could not import " + path + " (" + why + ")");
    } else {
      imp = path == "unsafe" ? prog_.unsafe_pkg : loader_->import(path, s->path->pos, pkg_);
    }
    if (imp == nullptr) {
      // A fake package keeps uses of the name from reporting follow-on errors.
      std::string_view last = path;
      if (last.size() > 1 && last.back() == '/') last.remove_suffix(1);
      if (size_t slash = last.rfind('/'); slash != std::string_view::npos)
        last.remove_prefix(slash + 1);
      imp = prog_.objects.make_package(path, std::string(last));
      imp->scope = prog_.objects.make_scope(prog_.universe, "package");
      imp->fake = true;
      imp->checked = true;
    }
    if (std::find(pkg_->imports.begin(), pkg_->imports.end(), imp) == pkg_->imports.end()) {
      pkg_->imports.push_back(imp);
    }
    std::string_view name = imp->name;
    if (s->name != nullptr) {
      name = s->name->name;
      if (name == "init") {
        error(s->name->pos, "cannot import package as init - init must be a func");
        continue;
      }
    }
    if (name == ".") {
      // Dot import: the exported objects join the file scope.
      auto* pn = prog_.objects.make<PkgName>(".", s->pos, pkg_, imp);
      for (Object* o : imp->scope->objects()) {
        if (!o->exported()) continue;
        if (Object* alt = file_scope->insert(o)) {
          // Reported at this import (the object itself lives in the other package).
          auto b = report(s->pos, std::string(o->name) + " redeclared in this block");
          if (alt->pos.is_valid())
            b.note("\t" + pos_string(alt->pos) + ": other declaration of " +
                   std::string(alt->name));
        }
      }
      info_.implicits[s] = pn;
      dot_imports_.push_back({pn, s});
      continue;
    }
    // The name refers to a string owned by the package; keep a stable copy.
    auto* pn = prog_.objects.make<PkgName>(name, s->name != nullptr ? s->name->pos : s->path->pos,
                                           pkg_, imp);
    if (s->name != nullptr) {
      record_def(s->name, pn);
    } else {
      info_.implicits[s] = pn;
    }
    if (name == "_") continue;
    imports_.push_back(pn);
    import_specs_[pn] = s;
    declare(file_scope, nullptr, pn);
  }
}

void Checker::collect_value_specs(ast::File* file, Scope* file_scope, ast::GenDecl* gd) {
  ast::ValueSpec* last = nullptr;  // last const spec with values
  for (ast::Spec* spec : gd->specs) {
    auto* s = ast::dyn_cast<ast::ValueSpec>(spec);
    if (s == nullptr) continue;
    if (gd->tok == scan::TokenKind::Const) {
      if (s->type != nullptr || !s->values.empty()) last = s;
      ast::Expr* vtype = last != nullptr ? last->type : nullptr;
      std::span<ast::Expr*> values = last != nullptr ? last->values : std::span<ast::Expr*>();
      for (size_t i = 0; i < s->names.size(); ++i) {
        ast::Ident* id = s->names[i];
        auto* obj = prog_.objects.make<Const>(id->name, id->pos, pkg_, nullptr, constant::Value());
        DeclInfo* d = new_decl(file, file_scope);
        d->vtype = vtype;
        d->init = i < values.size() ? values[i] : nullptr;
        d->inherited = last != s;
        d->iota = s->index;
        for (auto ds : {s->directives, gd->directives})
          for (const ast::Directive& dir : ds) mark_unsupported(obj, dir);
        declare_pkg_obj(id, obj, d);
      }
      arity(s->pos, s->names, values, true, last != s);
      continue;
    }
    // var
    std::vector<Var*> lhs;
    DeclInfo* shared = nullptr;
    if (s->values.size() == 1 && s->names.size() > 1) {
      shared = new_decl(file, file_scope);
      shared->vtype = s->type;
      shared->init = s->values[0];
    }
    for (size_t i = 0; i < s->names.size(); ++i) {
      ast::Ident* id = s->names[i];
      auto* obj = prog_.objects.make<Var>(id->name, id->pos, pkg_, nullptr);
      lhs.push_back(obj);
      DeclInfo* d = shared;
      if (d == nullptr) {
        d = new_decl(file, file_scope);
        d->vtype = s->type;
        d->init = i < s->values.size() ? s->values[i] : nullptr;
      }
      declare_pkg_obj(id, obj, d);
    }
    if (shared != nullptr) shared->lhs = lhs;
    if (s->type == nullptr || !s->values.empty()) arity(s->pos, s->names, s->values, false, false);
  }
}

// Reports a mismatch between the names and values of a const or var spec
// (types2's arity). `inits` may be inherited from an earlier const spec.
void Checker::arity(Pos pos, std::span<ast::Ident*> names, std::span<ast::Expr*> inits,
                    bool const_decl, bool inherited) {
  size_t l = names.size(), r = inits.size();
  if (l < r) {
    ast::Expr* n = inits[l];
    if (inherited) {
      error(pos, "extra init expr at " + pos_string(ast::start_pos(n)));
    } else {
      error_at(n, "extra init expr " + expr_str(n));
    }
  } else if (l > r && (const_decl || r != 1)) {
    error(names[r]->pos, "missing init expr for " + std::string(names[r]->name));
  }
}

void Checker::collect_objects() {
  for (ast::File* file : pkg_->files) {
    Scope* file_scope = prog_.objects.make_scope(pkg_->scope, "file");
    file_scopes_.push_back(file_scope);
    info_.scopes[file] = file_scope;
    for (ast::Decl* decl : file->decls) {
      if (auto* gd = ast::dyn_cast<ast::GenDecl>(decl)) {
        switch (gd->tok) {
          case scan::TokenKind::Import:
            collect_imports(file, file_scope, gd);
            break;
          case scan::TokenKind::Const:
          case scan::TokenKind::Var:
            collect_value_specs(file, file_scope, gd);
            break;
          case scan::TokenKind::Type:
            for (ast::Spec* spec : gd->specs) {
              auto* s = ast::dyn_cast<ast::TypeSpec>(spec);
              if (s == nullptr || s->name == nullptr) continue;
              auto* obj = prog_.objects.make<TypeName>(s->name->name, s->name->pos, pkg_, nullptr);
              DeclInfo* d = new_decl(file, file_scope);
              d->tspec = s;
              // The directive sits on the spec inside a group, or on the declaration.
              for (auto ds : {s->directives, gd->directives}) {
                for (const ast::Directive& dir : ds) {
                  if (dir.text.substr(0, 13) != "gocxx:cxxtype") continue;
                  std::string_view t = dir.text.substr(13);
                  while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
                  cxx_types_[obj] = t;
                }
              }
              declare_pkg_obj(s->name, obj, d);
            }
            break;
          default:
            break;
        }
        continue;
      }
      auto* fd = ast::dyn_cast<ast::FuncDecl>(decl);
      if (fd == nullptr || fd->name == nullptr) continue;
      collect_func(file, file_scope, fd);
    }
  }
  // Objects in the package and file scopes must have different names:
  // `import "fmt"` and `var fmt int` clash, reported at the package-level
  // object (types2's collectObjects).
  for (Scope* file_scope : file_scopes_) {
    for (Object* obj : file_scope->objects()) {
      Object* alt = pkg_->scope->lookup(obj->name);
      if (alt == nullptr) continue;
      if (auto* pn = dyn_cast<PkgName>(obj)) {
        auto b = report(alt->pos, std::string(alt->name) +
                                      " already declared through import of package " +
                                      pn->imported->name + " (\"" + pn->imported->path + "\")");
        b.note("\t" + pos_string(pn->pos) + ": other declaration of " + std::string(pn->name));
      } else if (obj->pkg != nullptr) {
        auto b = report(alt->pos, std::string(alt->name) +
                                      " already declared through dot-import of package " +
                                      obj->pkg->name + " (\"" + obj->pkg->path + "\")");
        if (obj->pos.is_valid())
          b.note("\t" + pos_string(obj->pos) + ": other declaration of " + std::string(obj->name));
      }
    }
  }
  resolve_method_receivers();
}

void Checker::collect_func(ast::File* file, Scope* file_scope, ast::FuncDecl* fd) {
  auto* obj = prog_.objects.make<Func>(fd->name->name, fd->name->pos, pkg_, nullptr);
  obj->decl = fd;
  for (const ast::Directive& d : fd->directives) {
    if (!mark_unsupported(obj, d) && d.text.substr(0, 6) == "gocxx:")
      obj->cxx_binding = d.text.substr(6);
  }
  DeclInfo* d = new_decl(file, file_scope);
  d->fdecl = fd;
  d->seq = seq_++;
  obj->order = d->seq;
  obj_map_[obj] = d;
  bool is_init = fd->recv == nullptr && obj->name == "init";
  // types2 requires init's body even without -complete, after the
  // signature check below.
  if (fd->body == nullptr && obj->cxx_binding.empty() && config_.complete && !is_init) {
    error(fd->name->pos, "missing function body");
  }
  if (!fd->type_params.empty()) {
    error(fd->name->pos, "generics are not supported yet");
    generic_funcs_.insert(obj);
  }
  if (fd->recv == nullptr) {
    std::string_view name = obj->name;
    if (name == "init" || (name == "main" && pkg_->name == "main")) {
      if (!fd->type->params.empty() || !fd->type->results.empty()) {
        error(fd->name->pos,
              "func " + std::string(name) + " must have no arguments and no return values");
      }
      if (is_init && fd->body == nullptr && obj->cxx_binding.empty()) {
        error(fd->name->pos, "missing function body");
      }
      if (name == "init") {
        record_def(fd->name, obj);
        obj->parent = pkg_->scope;
        init_funcs_.push_back(obj);
        return;
      }
    }
    declare(pkg_->scope, fd->name, obj);
    return;
  }
  record_def(fd->name, obj);
  ast::Expr* rt = ast::unparen(fd->recv->type);
  if (auto* star = ast::dyn_cast<ast::StarExpr>(rt)) rt = ast::unparen(star->x);
  if (ast::isa<ast::IndexExpr>(rt)) {
    // A method of a generic type: reported once, never checked.
    error(fd->name->pos, "generics are not supported yet");
    obj->type = types_.invalid();
    obj->color = Color::Black;
    generic_funcs_.insert(obj);
    return;
  }
  pending_methods_.push_back(obj);
}

// The type name of a receiver type expression's base type, following alias
// declarations (type A = T; func (A) m() is a method of T) with at most one
// pointer in all; null if there is none (types2's resolveBaseTypeName).
TypeName* Checker::receiver_base_type_name(ast::Expr* t) {
  bool ptr = false;
  std::vector<TypeName*> seen;
  for (;;) {
    t = ast::unparen(t);
    if (auto* star = ast::dyn_cast<ast::StarExpr>(t)) {
      if (ptr) return nullptr;
      ptr = true;
      t = ast::unparen(star->x);
    }
    if (auto* idx = ast::dyn_cast<ast::IndexExpr>(t))
      t = idx->x;  // generic receiver: reported later
    auto* id = ast::dyn_cast<ast::Ident>(t);
    if (id == nullptr) return nullptr;
    auto* tn = dyn_cast<TypeName>(pkg_->scope->lookup(id->name));
    if (tn == nullptr || tn->pkg != pkg_) return nullptr;
    if (std::find(seen.begin(), seen.end(), tn) != seen.end()) return nullptr;
    auto it = obj_map_.find(tn);
    if (it == obj_map_.end() || it->second->tspec == nullptr || !it->second->tspec->alias)
      return tn;
    seen.push_back(tn);
    t = it->second->tspec->type;
  }
}

// Associates each method with the type name of its receiver's base type;
// methods on invalid receivers are checked as functions only.
void Checker::resolve_method_receivers() {
  for (Func* m : pending_methods_) {
    TypeName* tn = receiver_base_type_name(m->decl->recv->type);
    if (tn == nullptr) continue;
    auto& list = methods_[tn];
    if (m->name != "_") {
      bool dup = false;
      for (Func* other : list) {
        if (other->name == m->name) {
          auto b = report(m->pos, std::string(tn->name) + "." + std::string(m->name) +
                                      " redeclared in this block");
          b.note("\t" + pos_string(other->pos) + ": other declaration of " + std::string(m->name));
          dup = true;
          break;
        }
      }
      if (dup) continue;
    }
    list.push_back(m);
  }
}

void Checker::unused_imports() {
  auto report_unused = [&](PkgName* pn, ast::ImportSpec* s) {
    std::string path = import_path(s->path);
    std::string_view elem = path;
    if (size_t slash = elem.rfind('/'); slash != std::string_view::npos)
      elem = elem.substr(slash + 1);
    if (pn->name == "." || pn->name == elem) {
      error(s->pos, "imported and not used: \"" + path + "\"");
    } else {
      error(s->pos, "imported and not used: \"" + path + "\" as " + std::string(pn->name));
    }
  };
  for (PkgName* pn : imports_) {
    if (!pn->used && !pn->imported->fake) report_unused(pn, import_specs_[pn]);
  }
  for (auto& [pn, s] : dot_imports_) {
    if (!pn->used) report_unused(pn, s);
  }
}

}  // namespace gocxx::check
