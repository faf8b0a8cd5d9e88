// This file implements the generic traversal of the AST: visit_children
// enumerates the children of any node (the one place that knows every
// node's fields, switched on exhaustively), and walk visits a whole tree.
// ast::dump and later phases' generic passes are built on it.

#ifndef GOCXX_PARSE_VISIT_H_
#define GOCXX_PARSE_VISIT_H_

#include <span>
#include <string_view>
#include <vector>

#include "parse/ast.h"

namespace gocxx::ast {

// visit_children calls, for each field of n that holds nodes, in source
// order:
//   internal::child(v, label, child)  for a single child (not called if it is null);
//   internal::children(v, label, span)   for a list (a std::span<T*> with T an AST type;
//                         not called if it is empty).
// label is the field name ("x", "body", "args", ...). Directives, tokens and
// positions are not children.
namespace internal {
template <class V, class T>
void child(V& v, std::string_view label, T* c) {
  if (c != nullptr) v.node(label, c);
}
template <class V, class T>
void children(V& v, std::string_view label, std::span<T*> xs) {
  if (!xs.empty()) v.list(label, xs);
}
}  // namespace internal

template <class V>
void visit_children(Node* n, V&& v) {
  switch (n->kind) {
    case NodeKind::BadExpr:
    case NodeKind::Ident:
    case NodeKind::BasicLit:
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt:
    case NodeKind::BadDecl:
      return;
    case NodeKind::CompositeLit: {
      auto* c = cast<CompositeLit>(n);
      internal::child(v, "type", c->type);
      internal::children(v, "elts", c->elts);
      return;
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = cast<KeyValueExpr>(n);
      internal::child(v, "key", kv->key);
      internal::child(v, "value", kv->value);
      return;
    }
    case NodeKind::FuncLit: {
      auto* f = cast<FuncLit>(n);
      internal::child(v, "type", f->type);
      internal::child(v, "body", f->body);
      return;
    }
    case NodeKind::ParenExpr:
      internal::child(v, "x", cast<ParenExpr>(n)->x);
      return;
    case NodeKind::SelectorExpr: {
      auto* s = cast<SelectorExpr>(n);
      internal::child(v, "x", s->x);
      internal::child(v, "sel", s->sel);
      return;
    }
    case NodeKind::IndexExpr: {
      auto* ix = cast<IndexExpr>(n);
      internal::child(v, "x", ix->x);
      internal::children(v, "indices", ix->indices);
      return;
    }
    case NodeKind::SliceExpr: {
      auto* s = cast<SliceExpr>(n);
      internal::child(v, "x", s->x);
      internal::child(v, "low", s->low);
      internal::child(v, "high", s->high);
      internal::child(v, "max", s->max);
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* a = cast<TypeAssertExpr>(n);
      internal::child(v, "x", a->x);
      internal::child(v, "type", a->type);
      return;
    }
    case NodeKind::TypeSwitchGuard: {
      auto* g = cast<TypeSwitchGuard>(n);
      internal::child(v, "lhs", g->lhs);
      internal::child(v, "x", g->x);
      return;
    }
    case NodeKind::CallExpr: {
      auto* c = cast<CallExpr>(n);
      internal::child(v, "fun", c->fun);
      internal::children(v, "args", c->args);
      return;
    }
    case NodeKind::StarExpr:
      internal::child(v, "x", cast<StarExpr>(n)->x);
      return;
    case NodeKind::UnaryExpr:
      internal::child(v, "x", cast<UnaryExpr>(n)->x);
      return;
    case NodeKind::BinaryExpr: {
      auto* b = cast<BinaryExpr>(n);
      internal::child(v, "x", b->x);
      internal::child(v, "y", b->y);
      return;
    }
    case NodeKind::ArrayType: {
      auto* a = cast<ArrayType>(n);
      internal::child(v, "len", a->len);
      internal::child(v, "elem", a->elem);
      return;
    }
    case NodeKind::SliceType:
      internal::child(v, "elem", cast<SliceType>(n)->elem);
      return;
    case NodeKind::DotsType:
      internal::child(v, "elem", cast<DotsType>(n)->elem);
      return;
    case NodeKind::StructType:
      internal::children(v, "fields", cast<StructType>(n)->fields);
      return;
    case NodeKind::FuncType: {
      auto* f = cast<FuncType>(n);
      internal::children(v, "params", f->params);
      internal::children(v, "results", f->results);
      return;
    }
    case NodeKind::InterfaceType:
      internal::children(v, "methods", cast<InterfaceType>(n)->methods);
      return;
    case NodeKind::MapType: {
      auto* m = cast<MapType>(n);
      internal::child(v, "key", m->key);
      internal::child(v, "value", m->value);
      return;
    }
    case NodeKind::ChanType:
      internal::child(v, "elem", cast<ChanType>(n)->elem);
      return;
    case NodeKind::LabeledStmt: {
      auto* l = cast<LabeledStmt>(n);
      internal::child(v, "label", l->label);
      internal::child(v, "stmt", l->stmt);
      return;
    }
    case NodeKind::ExprStmt:
      internal::child(v, "x", cast<ExprStmt>(n)->x);
      return;
    case NodeKind::SendStmt: {
      auto* s = cast<SendStmt>(n);
      internal::child(v, "chan", s->chan);
      internal::child(v, "value", s->value);
      return;
    }
    case NodeKind::IncDecStmt:
      internal::child(v, "x", cast<IncDecStmt>(n)->x);
      return;
    case NodeKind::AssignStmt: {
      auto* a = cast<AssignStmt>(n);
      internal::children(v, "lhs", a->lhs);
      internal::children(v, "rhs", a->rhs);
      return;
    }
    case NodeKind::GoStmt:
      internal::child(v, "call", cast<GoStmt>(n)->call);
      return;
    case NodeKind::DeferStmt:
      internal::child(v, "call", cast<DeferStmt>(n)->call);
      return;
    case NodeKind::ReturnStmt:
      internal::children(v, "results", cast<ReturnStmt>(n)->results);
      return;
    case NodeKind::BranchStmt:
      internal::child(v, "label", cast<BranchStmt>(n)->label);
      return;
    case NodeKind::BlockStmt:
      internal::children(v, "stmts", cast<BlockStmt>(n)->stmts);
      return;
    case NodeKind::IfStmt: {
      auto* s = cast<IfStmt>(n);
      internal::child(v, "init", s->init);
      internal::child(v, "cond", s->cond);
      internal::child(v, "then", s->then);
      internal::child(v, "else", s->else_);
      return;
    }
    case NodeKind::SwitchStmt: {
      auto* s = cast<SwitchStmt>(n);
      internal::child(v, "init", s->init);
      internal::child(v, "tag", s->tag);
      internal::children(v, "body", s->body);
      return;
    }
    case NodeKind::SelectStmt:
      internal::children(v, "body", cast<SelectStmt>(n)->body);
      return;
    case NodeKind::ForStmt: {
      auto* s = cast<ForStmt>(n);
      internal::child(v, "init", s->init);
      internal::child(v, "cond", s->cond);
      internal::child(v, "post", s->post);
      internal::child(v, "body", s->body);
      return;
    }
    case NodeKind::RangeStmt: {
      auto* r = cast<RangeStmt>(n);
      internal::children(v, "lhs", r->lhs);
      internal::child(v, "x", r->x);
      internal::child(v, "body", r->body);
      return;
    }
    case NodeKind::DeclStmt:
      internal::child(v, "decl", cast<DeclStmt>(n)->decl);
      return;
    case NodeKind::CaseClause: {
      auto* c = cast<CaseClause>(n);
      internal::children(v, "list", c->list);
      internal::children(v, "body", c->body);
      return;
    }
    case NodeKind::CommClause: {
      auto* c = cast<CommClause>(n);
      internal::child(v, "comm", c->comm);
      internal::children(v, "body", c->body);
      return;
    }
    case NodeKind::Field: {
      auto* f = cast<Field>(n);
      internal::child(v, "name", f->name);
      internal::child(v, "type", f->type);
      internal::child(v, "tag", f->tag);
      return;
    }
    case NodeKind::GenDecl: {
      auto* d = cast<GenDecl>(n);
      internal::children(v, "specs", d->specs);
      return;
    }
    case NodeKind::FuncDecl: {
      auto* f = cast<FuncDecl>(n);
      internal::child(v, "recv", f->recv);
      internal::child(v, "name", f->name);
      internal::children(v, "type_params", f->type_params);
      internal::child(v, "type", f->type);
      internal::child(v, "body", f->body);
      return;
    }
    case NodeKind::ImportSpec: {
      auto* s = cast<ImportSpec>(n);
      internal::child(v, "name", s->name);
      internal::child(v, "path", s->path);
      return;
    }
    case NodeKind::ValueSpec: {
      auto* s = cast<ValueSpec>(n);
      internal::children(v, "names", s->names);
      internal::child(v, "type", s->type);
      internal::children(v, "values", s->values);
      return;
    }
    case NodeKind::TypeSpec: {
      auto* s = cast<TypeSpec>(n);
      internal::child(v, "name", s->name);
      internal::children(v, "type_params", s->type_params);
      internal::child(v, "type", s->type);
      return;
    }
    case NodeKind::File: {
      auto* f = cast<File>(n);
      internal::child(v, "package", f->package_name);
      internal::children(v, "decls", f->decls);
      return;
    }
  }
}

template <class V>
void visit_children(const Node* n, V&& v) {
  visit_children(const_cast<Node*>(n), v);
}

// walk calls f(node) for n and, depth first in source order, every node
// below it. If f returns false the node's children are skipped. walk keeps
// its own stack, so it is safe on the deepest trees the parser accepts
// (a 7,000-term string concatenation in GOROOT is 7,000 levels deep).
template <class F>
void walk(Node* n, F&& f);

namespace internal {
// Collects the children of a node in source order.
struct Collector {
  std::vector<Node*>& out;
  void node(std::string_view, Node* c) { out.push_back(c); }
  template <class T>
  void list(std::string_view, std::span<T*> xs) {
    for (T* x : xs) out.push_back(x);
  }
};
}  // namespace internal

template <class F>
void walk(Node* n, F&& f) {
  std::vector<Node*> stack{n};
  std::vector<Node*> kids;
  while (!stack.empty()) {
    Node* x = stack.back();
    stack.pop_back();
    if (!f(x)) continue;
    kids.clear();
    visit_children(x, internal::Collector{kids});
    stack.insert(stack.end(), kids.rbegin(), kids.rend());  // first child on top
  }
}

}  // namespace gocxx::ast

#endif  // GOCXX_PARSE_VISIT_H_
