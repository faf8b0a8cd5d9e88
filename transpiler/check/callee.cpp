// This file implements callee_of (callee.h).

#include "check/callee.h"

#include "check/types.h"

namespace gocxx::check {

namespace {

// F or pkg.F: the declared function an identifier uses, if it is one.
Callee function_use(const Info& info, const ast::Ident* id) {
  auto it = info.uses.find(id);
  Callee c;
  if (it != info.uses.end()) c.func = dyn_cast<Func>(it->second);
  if (c.func != nullptr) c.kind = Callee::Kind::Func;
  return c;
}

}  // namespace

Callee callee_of(const Info& info, const ast::Expr* fun) {
  fun = ast::unparen(fun);
  if (auto* id = ast::dyn_cast<ast::Ident>(fun)) return function_use(info, id);
  auto* sel = ast::dyn_cast<ast::SelectorExpr>(fun);
  if (sel == nullptr) return {};
  auto it = info.selections.find(sel);
  if (it == info.selections.end()) return function_use(info, sel->sel);  // pkg.F
  const Selection& s = it->second;
  if (s.kind == Selection::Kind::FieldVal) return {};  // a func-valued field
  Callee c;
  c.func = static_cast<Func*>(s.obj);
  c.selection = &s;
  // The method's own receiver says where it is declared: an interface's
  // method runs through a method table even when reached through a struct
  // that embeds the interface.
  auto* sig = static_cast<Signature*>(c.func->type);
  bool dispatched = (sig->recv != nullptr && is_interface(sig->recv->type)) ||
                    (s.kind == Selection::Kind::MethodVal && is_interface(s.recv));
  c.kind = dispatched ? Callee::Kind::InterfaceMethod : Callee::Kind::Method;
  return c;
}

}  // namespace gocxx::check
