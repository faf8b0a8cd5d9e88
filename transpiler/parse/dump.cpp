// This file implements ast::dump (see dump.h for the format).

#include "parse/dump.h"

#include <span>
#include <vector>

#include "parse/visit.h"

namespace gocxx::ast {
namespace {

class Dumper {
 public:
  // Adapts Dumper to visit_children.
  struct ChildPrinter {
    Dumper& d;
    void node(std::string_view label, const Node* c) { d.node(label, c); }
    template <class T>
    void list(std::string_view label, std::span<T*> xs) {
      d.list(label, std::span<T* const>(xs.data(), xs.size()));
    }
  };

  explicit Dumper(const DumpOptions& options) : options_(options) {}
  std::string out;

  // Prints n (if not null) at the current depth, prefixed by "label: ".
  void node(std::string_view label, const Node* n);

 private:
  template <class T>
  void list(std::string_view label, std::span<T* const> xs) {
    if (xs.empty()) return;
    indent();
    out += label;
    out += ":\n";
    depth_++;
    for (const T* x : xs) node("", x);
    depth_--;
  }
  template <class T>
  void list(std::string_view label, std::span<T*> xs) {
    list(label, std::span<T* const>(xs.data(), xs.size()));
  }
  void directives(const Node* n) {
    std::span<const Directive> ds;
    if (auto* d = dyn_cast<GenDecl>(n)) ds = d->directives;
    if (auto* d = dyn_cast<FuncDecl>(n)) ds = d->directives;
    if (auto* s = dyn_cast<ImportSpec>(n)) ds = s->directives;
    if (auto* s = dyn_cast<ValueSpec>(n)) ds = s->directives;
    if (auto* s = dyn_cast<TypeSpec>(n)) ds = s->directives;
    if (auto* f = dyn_cast<File>(n)) ds = f->directives;
    for (const Directive& d : ds) {
      indent();
      out += "directive: ";
      out += d.text;
      out += '\n';
    }
  }
  void indent() { out.append(2 * depth_, ' '); }
  void binary_chain(std::string_view label, const BinaryExpr* n);
  void header(const Node* n);
  void attrs(const Node* n);
  void children(const Node* n);

  const DumpOptions& options_;
  size_t depth_ = 0;
};

void Dumper::node(std::string_view label, const Node* n) {
  if (n == nullptr) return;
  if (n->kind == NodeKind::BinaryExpr && cast<BinaryExpr>(n)->x->kind == NodeKind::BinaryExpr) {
    binary_chain(label, cast<BinaryExpr>(n));
    return;
  }
  indent();
  if (!label.empty()) {
    out += label;
    out += ": ";
  }
  header(n);
  depth_++;
  directives(n);
  children(n);
  depth_--;
}

// binary_chain dumps a chain a + b + c + ... as node() would, iteratively
// down its left operands: the parser accepts chains 100k terms long.
void Dumper::binary_chain(std::string_view label, const BinaryExpr* n) {
  size_t depth = depth_;
  std::vector<const BinaryExpr*> spine;
  const Expr* x = n;
  for (auto* b = dyn_cast<BinaryExpr>(x); b != nullptr; b = dyn_cast<BinaryExpr>(x)) {
    indent();
    out += spine.empty() ? label : "x";
    if (!spine.empty() || !label.empty()) out += ": ";
    header(b);
    spine.push_back(b);
    depth_++;
    x = b->x;
  }
  node("x", x);
  for (size_t i = spine.size(); i-- > 0;) {
    depth_ = depth + i + 1;
    node("y", spine[i]->y);
  }
  depth_ = depth;
}

void Dumper::header(const Node* n) {
  out += kind_name(n->kind);
  attrs(n);
  if (options_.positions != nullptr) {
    base::Location loc = options_.positions->location(n->pos);
    out += " @" + std::to_string(loc.line) + ":" + std::to_string(loc.column);
  }
  out += '\n';
}

// attrs appends the scalar attributes of n to its header line.
void Dumper::attrs(const Node* n) {
  auto word = [&](std::string_view s) {
    out += ' ';
    out += s;
  };
  auto tok = [&](TokenKind k) { word(scan::spelling(k)); };
  switch (n->kind) {
    case NodeKind::Ident:
      word(cast<Ident>(n)->name);
      return;
    case NodeKind::BasicLit: {
      auto* b = cast<BasicLit>(n);
      word(scan::kind_name(b->lit_kind));
      word(b->value);
      if (b->bad) word("bad");
      return;
    }
    case NodeKind::CallExpr:
      if (cast<CallExpr>(n)->has_dots) word("...");
      return;
    case NodeKind::SliceExpr:
      if (cast<SliceExpr>(n)->slice3) word("slice3");
      return;
    case NodeKind::UnaryExpr:
      tok(cast<UnaryExpr>(n)->op);
      return;
    case NodeKind::BinaryExpr:
      tok(cast<BinaryExpr>(n)->op);
      return;
    case NodeKind::ChanType: {
      ChanDir d = cast<ChanType>(n)->dir;
      word(d == ChanDir::kBoth ? "chan" : d == ChanDir::kSend ? "chan<-" : "<-chan");
      return;
    }
    case NodeKind::IncDecStmt:
      tok(cast<IncDecStmt>(n)->tok);
      return;
    case NodeKind::AssignStmt:
      tok(cast<AssignStmt>(n)->tok);
      return;
    case NodeKind::GoStmt:
      if (cast<GoStmt>(n)->from_block) word("from_block");
      return;
    case NodeKind::BranchStmt:
      tok(cast<BranchStmt>(n)->tok);
      return;
    case NodeKind::RangeStmt: {
      auto* r = cast<RangeStmt>(n);
      if (!r->lhs.empty()) word(r->define ? ":=" : "=");
      return;
    }
    case NodeKind::CaseClause:
      if (cast<CaseClause>(n)->is_default) word("default");
      return;
    case NodeKind::CommClause:
      if (cast<CommClause>(n)->comm == nullptr) word("default");
      return;
    case NodeKind::GenDecl:
      tok(cast<GenDecl>(n)->tok);
      return;
    case NodeKind::ValueSpec:
      word("index=" + std::to_string(cast<ValueSpec>(n)->index));
      return;
    case NodeKind::TypeSpec:
      if (cast<TypeSpec>(n)->alias) word("alias");
      return;
    case NodeKind::BadExpr:
    case NodeKind::CompositeLit:
    case NodeKind::KeyValueExpr:
    case NodeKind::FuncLit:
    case NodeKind::ParenExpr:
    case NodeKind::SelectorExpr:
    case NodeKind::IndexExpr:
    case NodeKind::TypeAssertExpr:
    case NodeKind::TypeSwitchGuard:
    case NodeKind::StarExpr:
    case NodeKind::ArrayType:
    case NodeKind::SliceType:
    case NodeKind::DotsType:
    case NodeKind::StructType:
    case NodeKind::FuncType:
    case NodeKind::InterfaceType:
    case NodeKind::MapType:
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt:
    case NodeKind::LabeledStmt:
    case NodeKind::ExprStmt:
    case NodeKind::SendStmt:
    case NodeKind::DeferStmt:
    case NodeKind::ReturnStmt:
    case NodeKind::BlockStmt:
    case NodeKind::IfStmt:
    case NodeKind::SwitchStmt:
    case NodeKind::SelectStmt:
    case NodeKind::ForStmt:
    case NodeKind::DeclStmt:
    case NodeKind::BadDecl:
    case NodeKind::FuncDecl:
    case NodeKind::ImportSpec:
    case NodeKind::Field:
    case NodeKind::File:
      return;
  }
}

void Dumper::children(const Node* n) { visit_children(n, ChildPrinter{*this}); }

}  // namespace

std::string dump(const Node* n, const DumpOptions& options) {
  Dumper d(options);
  d.node("", n);
  return std::move(d.out);
}

}  // namespace gocxx::ast
