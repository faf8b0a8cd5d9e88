// This file implements the short-form source printer used in messages.
// It follows the output of gc's syntax.String exactly for expressions,
// types and simple statements; other statements print a placeholder.

#include "parse/print.h"

#include <vector>

namespace gocxx::ast {
namespace {

class Printer {
 public:
  std::string out;

  void node(const Node* n);
  void list(std::span<Expr* const> xs) {
    for (size_t i = 0; i < xs.size(); i++) {
      if (i > 0) out += ", ";
      node(xs[i]);
    }
  }

 private:
  void tok(TokenKind k) { out += scan::spelling(k); }
  void signature(const FuncType* t);
  void params(std::span<Field* const> fields);
  void struct_fields(std::span<Field* const> fields);
  void methods(std::span<Field* const> fields);
  void expr(const Node* n);
  void stmt(const Node* n);
};

void Printer::params(std::span<Field* const> fields) {
  out += '(';
  for (size_t i = 0; i < fields.size(); i++) {
    const Field* f = fields[i];
    if (i > 0) out += ", ";
    if (f->name != nullptr) {
      out += f->name->name;
      // a, b int: print the shared type once
      if (i + 1 < fields.size() && fields[i + 1]->name != nullptr &&
          fields[i + 1]->type == f->type) {
        continue;
      }
      out += ' ';
    }
    node(unparen(f->type));
  }
  out += ')';
}

void Printer::signature(const FuncType* t) {
  params(t->params);
  if (t->results.empty()) return;
  out += ' ';
  if (t->results.size() == 1 && t->results[0]->name == nullptr) {
    node(t->results[0]->type);
  } else {
    params(t->results);
  }
}

void Printer::struct_fields(std::span<Field* const> fields) {
  for (size_t i = 0; i < fields.size();) {
    // Group consecutive named fields sharing one type: a, b int.
    size_t j = i + 1;
    if (fields[i]->name != nullptr) {
      while (j < fields.size() && fields[j]->name != nullptr && fields[j]->type == fields[i]->type)
        j++;
    }
    if (i > 0) out += "; ";
    if (fields[i]->name != nullptr) {
      for (size_t k = i; k < j; k++) {
        if (k > i) out += ", ";
        out += fields[k]->name->name;
      }
      out += ' ';
    }
    node(fields[i]->type);
    if (fields[i]->tag != nullptr) {
      out += ' ';
      out += fields[i]->tag->value;
    }
    i = j;
  }
}

void Printer::methods(std::span<Field* const> fields) {
  for (size_t i = 0; i < fields.size(); i++) {
    if (i > 0) out += "; ";
    const Field* m = fields[i];
    if (m->name != nullptr && isa<FuncType>(m->type)) {
      out += m->name->name;
      signature(cast<FuncType>(m->type));
    } else {
      node(m->type);
    }
  }
}

void Printer::node(const Node* n) {
  if (n == nullptr) return;
  if (is_expr(n->kind)) {
    expr(n);
  } else {
    stmt(n);
  }
}

void Printer::expr(const Node* n) {
  switch (n->kind) {
    case NodeKind::BadExpr:
      out += "<bad expr>";
      return;
    case NodeKind::Ident:
      out += cast<Ident>(n)->name;
      return;
    case NodeKind::BasicLit:
      out += cast<BasicLit>(n)->value;
      return;
    case NodeKind::CompositeLit: {
      auto* c = cast<CompositeLit>(n);
      node(c->type);
      out += c->elts.empty() ? "{}" : "{…}";
      return;
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = cast<KeyValueExpr>(n);
      node(kv->key);
      out += ": ";
      node(kv->value);
      return;
    }
    case NodeKind::FuncLit: {
      auto* f = cast<FuncLit>(n);
      node(f->type);
      out += f->body->stmts.empty() ? " {}" : " {…}";
      return;
    }
    case NodeKind::ParenExpr:
      out += '(';
      node(cast<ParenExpr>(n)->x);
      out += ')';
      return;
    case NodeKind::SelectorExpr: {
      auto* s = cast<SelectorExpr>(n);
      node(s->x);
      out += '.';
      out += s->sel->name;
      return;
    }
    case NodeKind::IndexExpr: {
      auto* ix = cast<IndexExpr>(n);
      node(ix->x);
      out += '[';
      list(ix->indices);
      out += ']';
      return;
    }
    case NodeKind::SliceExpr: {
      auto* s = cast<SliceExpr>(n);
      node(s->x);
      out += '[';
      node(s->low);
      out += ':';
      node(s->high);
      if (s->max != nullptr) {
        out += ':';
        node(s->max);
      }
      out += ']';
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* a = cast<TypeAssertExpr>(n);
      node(a->x);
      out += ".(";
      node(a->type);
      out += ')';
      return;
    }
    case NodeKind::TypeSwitchGuard: {
      auto* g = cast<TypeSwitchGuard>(n);
      if (g->lhs != nullptr) {
        out += g->lhs->name;
        out += " := ";
      }
      node(g->x);
      out += ".(type)";
      return;
    }
    case NodeKind::CallExpr: {
      auto* c = cast<CallExpr>(n);
      node(c->fun);
      out += '(';
      list(c->args);
      if (c->has_dots) out += "...";
      out += ')';
      return;
    }
    case NodeKind::StarExpr:
      out += '*';
      node(cast<StarExpr>(n)->x);
      return;
    case NodeKind::UnaryExpr: {
      auto* u = cast<UnaryExpr>(n);
      tok(u->op);
      node(u->x);
      return;
    }
    case NodeKind::BinaryExpr: {
      // A chain a + b + c + ... may be 100k terms deep along its left
      // operands: print that spine iteratively (only y recurses).
      std::vector<const BinaryExpr*> spine;
      const Node* x = n;
      for (auto* b = dyn_cast<BinaryExpr>(x); b != nullptr; b = dyn_cast<BinaryExpr>(x)) {
        spine.push_back(b);
        x = b->x;
      }
      node(x);
      for (size_t i = spine.size(); i-- > 0;) {
        out += ' ';
        tok(spine[i]->op);
        out += ' ';
        node(spine[i]->y);
      }
      return;
    }
    case NodeKind::ArrayType: {
      auto* a = cast<ArrayType>(n);
      out += '[';
      if (a->len != nullptr) {
        node(a->len);
      } else {
        out += "...";
      }
      out += ']';
      node(a->elem);
      return;
    }
    case NodeKind::SliceType:
      out += "[]";
      node(cast<SliceType>(n)->elem);
      return;
    case NodeKind::DotsType:
      out += "...";
      node(cast<DotsType>(n)->elem);
      return;
    case NodeKind::StructType:
      out += "struct{";
      struct_fields(cast<StructType>(n)->fields);
      out += '}';
      return;
    case NodeKind::FuncType:
      out += "func";
      signature(cast<FuncType>(n));
      return;
    case NodeKind::InterfaceType:
      out += "interface{";
      methods(cast<InterfaceType>(n)->methods);
      out += '}';
      return;
    case NodeKind::MapType: {
      auto* m = cast<MapType>(n);
      out += "map[";
      node(m->key);
      out += ']';
      node(m->value);
      return;
    }
    case NodeKind::ChanType: {
      auto* c = cast<ChanType>(n);
      if (c->dir == ChanDir::kRecv) out += "<-";
      out += "chan";
      if (c->dir == ChanDir::kSend) out += "<-";
      out += ' ';
      // chan (<-chan T) must not print as chan <-chan T
      auto* e = dyn_cast<ChanType>(c->elem);
      bool paren = c->dir == ChanDir::kBoth && e != nullptr && e->dir == ChanDir::kRecv;
      if (paren) out += '(';
      node(c->elem);
      if (paren) out += ')';
      return;
    }
    default:
      stmt(n);
      return;
  }
}

void Printer::stmt(const Node* n) {
  switch (n->kind) {
    case NodeKind::ExprStmt:
      node(cast<ExprStmt>(n)->x);
      return;
    case NodeKind::SendStmt: {
      auto* s = cast<SendStmt>(n);
      node(s->chan);
      out += " <- ";
      node(s->value);
      return;
    }
    case NodeKind::IncDecStmt: {
      auto* s = cast<IncDecStmt>(n);
      node(s->x);
      tok(s->tok);
      return;
    }
    case NodeKind::AssignStmt: {
      auto* s = cast<AssignStmt>(n);
      list(s->lhs);
      out += ' ';
      tok(s->tok);
      out += ' ';
      list(s->rhs);
      return;
    }
    case NodeKind::RangeStmt: {
      auto* r = cast<RangeStmt>(n);
      if (!r->lhs.empty()) {
        list(r->lhs);
        out += r->define ? " := " : " = ";
      }
      out += "range ";
      node(r->x);
      return;
    }
    case NodeKind::Field: {
      auto* f = cast<Field>(n);
      if (f->name != nullptr) {
        out += f->name->name;
        out += ' ';
      }
      node(f->type);
      return;
    }
    default:
      // Statements and declarations are not quoted in messages.
      out += '<';
      out += kind_name(n->kind);
      out += '>';
      return;
  }
}

}  // namespace

std::string to_string(const Node* n) {
  Printer p;
  p.node(n);
  return std::move(p.out);
}

std::string to_string(std::span<Expr* const> list) {
  Printer p;
  p.list(list);
  return std::move(p.out);
}

}  // namespace gocxx::ast
