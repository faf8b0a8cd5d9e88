// This file implements ast::verify (see verify.h).

#include "parse/verify.h"

#include "parse/visit.h"

namespace gocxx::ast {
namespace {

// check_node returns the first invariant n itself violates, or null.
const char* check_node(const Node* n) {
  switch (n->kind) {
    case NodeKind::BadExpr:
    case NodeKind::Ident:
    case NodeKind::BasicLit:
    case NodeKind::CompositeLit:
    case NodeKind::StructType:
    case NodeKind::InterfaceType:
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt:
    case NodeKind::ReturnStmt:
    case NodeKind::BranchStmt:
    case NodeKind::BlockStmt:
    case NodeKind::SwitchStmt:
    case NodeKind::SelectStmt:
    case NodeKind::CaseClause:
    case NodeKind::CommClause:
    case NodeKind::BadDecl:
    case NodeKind::GenDecl:
    case NodeKind::ImportSpec:
    case NodeKind::File:
      return nullptr;
    case NodeKind::KeyValueExpr: {
      auto* kv = cast<KeyValueExpr>(n);
      return kv->key == nullptr || kv->value == nullptr ? "null key or value" : nullptr;
    }
    case NodeKind::FuncLit: {
      auto* f = cast<FuncLit>(n);
      return f->type == nullptr || f->body == nullptr ? "null type or body" : nullptr;
    }
    case NodeKind::ParenExpr:
      return cast<ParenExpr>(n)->x == nullptr ? "null x" : nullptr;
    case NodeKind::SelectorExpr: {
      auto* s = cast<SelectorExpr>(n);
      return s->x == nullptr || s->sel == nullptr ? "null x or sel" : nullptr;
    }
    case NodeKind::IndexExpr: {
      auto* ix = cast<IndexExpr>(n);
      return ix->x == nullptr || ix->indices.empty() ? "null x or no indices" : nullptr;
    }
    case NodeKind::SliceExpr: {
      auto* s = cast<SliceExpr>(n);
      if (s->x == nullptr) return "null x";
      return s->slice3 && (s->high == nullptr || s->max == nullptr)
                 ? "3-index slice without high or max"
                 : nullptr;
    }
    case NodeKind::TypeAssertExpr: {
      auto* a = cast<TypeAssertExpr>(n);
      return a->x == nullptr || a->type == nullptr ? "null x or type" : nullptr;
    }
    case NodeKind::TypeSwitchGuard:
      return cast<TypeSwitchGuard>(n)->x == nullptr ? "null x" : nullptr;
    case NodeKind::CallExpr:
      return cast<CallExpr>(n)->fun == nullptr ? "null fun" : nullptr;
    case NodeKind::StarExpr:
      return cast<StarExpr>(n)->x == nullptr ? "null x" : nullptr;
    case NodeKind::UnaryExpr:
      return cast<UnaryExpr>(n)->x == nullptr ? "null x" : nullptr;
    case NodeKind::BinaryExpr: {
      auto* b = cast<BinaryExpr>(n);
      return b->x == nullptr || b->y == nullptr ? "null x or y" : nullptr;
    }
    case NodeKind::ArrayType:
      return cast<ArrayType>(n)->elem == nullptr ? "null elem" : nullptr;
    case NodeKind::SliceType:
      return cast<SliceType>(n)->elem == nullptr ? "null elem" : nullptr;
    case NodeKind::DotsType:
      return cast<DotsType>(n)->elem == nullptr ? "null elem" : nullptr;
    case NodeKind::FuncType:
      return nullptr;
    case NodeKind::MapType: {
      auto* m = cast<MapType>(n);
      return m->key == nullptr || m->value == nullptr ? "null key or value" : nullptr;
    }
    case NodeKind::ChanType:
      return cast<ChanType>(n)->elem == nullptr ? "null elem" : nullptr;
    case NodeKind::LabeledStmt: {
      auto* l = cast<LabeledStmt>(n);
      return l->label == nullptr || l->stmt == nullptr ? "null label or stmt" : nullptr;
    }
    case NodeKind::ExprStmt:
      return cast<ExprStmt>(n)->x == nullptr ? "null x" : nullptr;
    case NodeKind::SendStmt: {
      auto* s = cast<SendStmt>(n);
      return s->chan == nullptr || s->value == nullptr ? "null chan or value" : nullptr;
    }
    case NodeKind::IncDecStmt:
      return cast<IncDecStmt>(n)->x == nullptr ? "null x" : nullptr;
    case NodeKind::AssignStmt: {
      auto* a = cast<AssignStmt>(n);
      return a->lhs.empty() || a->rhs.empty() ? "empty lhs or rhs" : nullptr;
    }
    case NodeKind::GoStmt:
      return cast<GoStmt>(n)->call == nullptr ? "null call" : nullptr;
    case NodeKind::DeferStmt:
      return cast<DeferStmt>(n)->call == nullptr ? "null call" : nullptr;
    case NodeKind::IfStmt: {
      auto* s = cast<IfStmt>(n);
      return s->cond == nullptr || s->then == nullptr ? "null cond or then" : nullptr;
    }
    case NodeKind::ForStmt:
      return cast<ForStmt>(n)->body == nullptr ? "null body" : nullptr;
    case NodeKind::RangeStmt: {
      auto* r = cast<RangeStmt>(n);
      return r->x == nullptr || r->body == nullptr ? "null x or body" : nullptr;
    }
    case NodeKind::DeclStmt:
      return cast<DeclStmt>(n)->decl == nullptr ? "null decl" : nullptr;
    case NodeKind::Field:
      return cast<Field>(n)->type == nullptr ? "null type" : nullptr;
    case NodeKind::FuncDecl: {
      auto* f = cast<FuncDecl>(n);
      return f->name == nullptr || f->type == nullptr ? "null name or type" : nullptr;
    }
    case NodeKind::ValueSpec:
      return cast<ValueSpec>(n)->names.empty() ? "no names" : nullptr;
    case NodeKind::TypeSpec: {
      auto* s = cast<TypeSpec>(n);
      return s->name == nullptr || s->type == nullptr ? "null name or type" : nullptr;
    }
  }
  return nullptr;
}

}  // namespace

std::string verify(const Node* n) {
  std::string error;
  walk(const_cast<Node*>(n), [&](Node* x) {
    if (!error.empty()) return false;
    if (const char* problem = check_node(x))
      error = std::string(kind_name(x->kind)) + ": " + problem;
    return error.empty();
  });
  return error;
}

}  // namespace gocxx::ast
