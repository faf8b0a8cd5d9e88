// This file implements the AST's kind tables, start_pos and unparen.

#include "parse/ast.h"

namespace gocxx::ast {
namespace {

constexpr std::string_view kKindNames[] = {
#define GOCXX_AST_NODE(Name) #Name,
#include "parse/ast_nodes.def"
};

enum class Category { kExpr, kStmt, kDecl, kSpec, kOther };

Category category(NodeKind kind) {
  switch (kind) {
#define GOCXX_AST_EXPR(Name) \
  case NodeKind::Name:       \
    return Category::kExpr;
#define GOCXX_AST_STMT(Name) \
  case NodeKind::Name:       \
    return Category::kStmt;
#define GOCXX_AST_DECL(Name) \
  case NodeKind::Name:       \
    return Category::kDecl;
#define GOCXX_AST_SPEC(Name) \
  case NodeKind::Name:       \
    return Category::kSpec;
#define GOCXX_AST_OTHER(Name) \
  case NodeKind::Name:        \
    return Category::kOther;
#include "parse/ast_nodes.def"
  }
  return Category::kOther;
}

}  // namespace

std::string_view kind_name(NodeKind kind) { return kKindNames[static_cast<int>(kind)]; }
bool is_expr(NodeKind kind) { return category(kind) == Category::kExpr; }
bool is_stmt(NodeKind kind) { return category(kind) == Category::kStmt; }
bool is_decl(NodeKind kind) { return category(kind) == Category::kDecl; }
bool is_spec(NodeKind kind) { return category(kind) == Category::kSpec; }

Pos start_pos(const Node* n) {
  // Only nodes whose significant token is not their first one need a step
  // to the left (compare syntax.StartPos).
  for (;;) {
    switch (n->kind) {
      case NodeKind::CompositeLit:
        if (const Expr* t = cast<CompositeLit>(n)->type) {
          n = t;
          continue;
        }
        return n->pos;
      case NodeKind::SelectorExpr:
        n = cast<SelectorExpr>(n)->x;
        continue;
      case NodeKind::IndexExpr:
        n = cast<IndexExpr>(n)->x;
        continue;
      case NodeKind::TypeAssertExpr:
        n = cast<TypeAssertExpr>(n)->x;
        continue;
      case NodeKind::TypeSwitchGuard: {
        auto* g = cast<TypeSwitchGuard>(n);
        n = g->lhs != nullptr ? static_cast<const Node*>(g->lhs) : g->x;
        continue;
      }
      case NodeKind::CallExpr:
        n = cast<CallExpr>(n)->fun;
        continue;
      case NodeKind::BinaryExpr:
        n = cast<BinaryExpr>(n)->x;
        continue;
      case NodeKind::FuncType:
        // A FuncType's pos is its "(": there is nothing further left in it.
        return n->pos;
      case NodeKind::SendStmt:
        n = cast<SendStmt>(n)->chan;
        continue;
      case NodeKind::IncDecStmt:
        n = cast<IncDecStmt>(n)->x;
        continue;
      case NodeKind::AssignStmt: {
        auto* a = cast<AssignStmt>(n);
        if (a->lhs.empty()) return n->pos;
        n = a->lhs[0];
        continue;
      }
      case NodeKind::LabeledStmt:
        n = cast<LabeledStmt>(n)->label;
        continue;
      case NodeKind::Field: {
        auto* f = cast<Field>(n);
        if (f->name != nullptr) return f->name->pos;
        n = f->type;
        continue;
      }
      case NodeKind::FuncDecl:
        return cast<FuncDecl>(n)->func_pos;
      case NodeKind::File: {
        const auto* f = cast<File>(n);
        return f->source != nullptr ? f->source->base() : f->pos;
      }
      // Go 1.19's syntax.StartPos stops at these, though their pos is not
      // their first token: a KeyValueExpr's is its ":", a SliceExpr's its
      // "[" (gc reports `s[1:2] ... is not used` at the "["), an
      // ExprStmt's that of its expression (the operator of `x > 0`).
      case NodeKind::KeyValueExpr:
      case NodeKind::SliceExpr:
      case NodeKind::ExprStmt:
      case NodeKind::BadExpr:
      case NodeKind::Ident:
      case NodeKind::BasicLit:
      case NodeKind::FuncLit:
      case NodeKind::ParenExpr:
      case NodeKind::StarExpr:
      case NodeKind::UnaryExpr:
      case NodeKind::ArrayType:
      case NodeKind::SliceType:
      case NodeKind::DotsType:
      case NodeKind::StructType:
      case NodeKind::InterfaceType:
      case NodeKind::MapType:
      case NodeKind::ChanType:
      case NodeKind::BadStmt:
      case NodeKind::EmptyStmt:
      case NodeKind::GoStmt:
      case NodeKind::DeferStmt:
      case NodeKind::ReturnStmt:
      case NodeKind::BranchStmt:
      case NodeKind::BlockStmt:
      case NodeKind::IfStmt:
      case NodeKind::SwitchStmt:
      case NodeKind::SelectStmt:
      case NodeKind::ForStmt:
      case NodeKind::RangeStmt:
      case NodeKind::DeclStmt:
      case NodeKind::CaseClause:
      case NodeKind::CommClause:
      case NodeKind::BadDecl:
      case NodeKind::GenDecl:
      case NodeKind::ImportSpec:
      case NodeKind::ValueSpec:
      case NodeKind::TypeSpec:
        return n->pos;
    }
    return n->pos;
  }
}

Expr* unparen(Expr* x) {
  while (auto* p = dyn_cast<ParenExpr>(x)) x = p->x;
  return x;
}

const Expr* unparen(const Expr* x) {
  while (const auto* p = dyn_cast<ParenExpr>(x)) x = p->x;
  return x;
}

}  // namespace gocxx::ast
