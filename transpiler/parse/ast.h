// This file implements the Go abstract syntax tree (package gocxx::ast).
//
// The tree covers the whole Go 1.19 grammar, generics included (the checker
// rejects them later). Node kinds are listed once in ast_nodes.def. Nodes
// live in an ast::Arena and are linked by plain pointers; lists are
// std::span views into the same arena.
//
// Positions follow cmd/compile/internal/syntax, the parser gc uses, so the
// checker can report at exactly gc's columns: `pos` is the position of the
// node's significant token (the operator of a BinaryExpr, the "(" of a
// CallExpr, the "." of a SelectorExpr, ...; each struct says which).
// ast::start_pos(node) gives the leftmost position instead (syntax.StartPos),
// which is what go/types-style "at expression x" errors use.
//
// Null fields: each struct documents what a null pointer means. An empty
// span simply means an empty list.

#ifndef GOCXX_PARSE_AST_H_
#define GOCXX_PARSE_AST_H_

#include <cassert>
#include <cstdint>
#include <span>
#include <string_view>

#include "base/casting.h"
#include "base/pos.h"
#include "base/source_manager.h"
#include "scan/scanner.h"
#include "scan/token.h"

namespace gocxx::ast {

using base::Pos;
using scan::TokenKind;

enum class NodeKind : uint8_t {
#define GOCXX_AST_NODE(Name) Name,
#include "parse/ast_nodes.def"
};

std::string_view kind_name(NodeKind kind);
bool is_expr(NodeKind kind);
bool is_stmt(NodeKind kind);
bool is_decl(NodeKind kind);
bool is_spec(NodeKind kind);

struct Node {
  const NodeKind kind;
  Pos pos;

 protected:
  Node(NodeKind k, Pos p) : kind(k), pos(p) {}
};

// Expr is the base of expressions and type expressions. The two slots are
// for the checker (the parser leaves them null): the type (or other
// per-expression facts) and the constant value of constant expressions.
struct Expr : Node {
  void* type_info = nullptr;
  void* const_value = nullptr;
  static bool classof(const Node* n) { return is_expr(n->kind); }

 protected:
  using Node::Node;
};

struct Stmt : Node {
  static bool classof(const Node* n) { return is_stmt(n->kind); }

 protected:
  using Node::Node;
};

struct Decl : Node {
  static bool classof(const Node* n) { return is_decl(n->kind); }

 protected:
  using Node::Node;
};

struct Spec : Node {
  static bool classof(const Node* n) { return is_spec(n->kind); }

 protected:
  using Node::Node;
};

// Declares kKind, classof and the (Pos) constructor of a concrete node.
#define GOCXX_AST_LEAF(Name, Base)                                         \
  static constexpr NodeKind kKind = NodeKind::Name;                        \
  static bool classof(const Node* n) { return n->kind == NodeKind::Name; } \
  explicit Name(Pos p) : Base(NodeKind::Name, p) {}

struct Field;
struct FuncType;
struct BlockStmt;
struct CaseClause;
struct CommClause;
struct GenDecl;

// ----------------------------------------------------------------------------
// Expressions

// A syntactically invalid expression; pos is where the error was reported.
struct BadExpr : Expr {
  GOCXX_AST_LEAF(BadExpr, Expr)
};

// name. pos: the name. `_` is an Ident too.
struct Ident : Expr {
  GOCXX_AST_LEAF(Ident, Expr)
  std::string_view name;
};

// 42, 1.5, 2i, 'a', "s", `raw`. pos: the literal. The value is not
// converted: `value` is the source text; `bad` means the scanner reported an
// error for it (the checker must not try to convert it).
struct BasicLit : Expr {
  GOCXX_AST_LEAF(BasicLit, Expr)
  TokenKind lit_kind = TokenKind::IntLit;  // IntLit FloatLit ImagLit RuneLit StringLit
  std::string_view value;
  bool bad = false;
};

// Type{elts}. pos: the "{". type is null for an elided type (an element
// of an enclosing literal, `{1, 2}` in `[][]int{{1, 2}}`).
struct CompositeLit : Expr {
  GOCXX_AST_LEAF(CompositeLit, Expr)
  Expr* type = nullptr;
  std::span<Expr*> elts;  // KeyValueExpr for keyed elements
  uint32_t nkeys = 0;     // number of KeyValueExpr elements
  Pos rbrace;
};

// key: value, only inside composite literals. pos: the ":".
struct KeyValueExpr : Expr {
  GOCXX_AST_LEAF(KeyValueExpr, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
};

// func(params) results { body }. pos: the "func" (for the `go { ... }`
// extension: the "{").
struct FuncLit : Expr {
  GOCXX_AST_LEAF(FuncLit, Expr)
  FuncType* type = nullptr;
  BlockStmt* body = nullptr;
};

// (x). pos: the "(". Kept everywhere, also around types.
struct ParenExpr : Expr {
  GOCXX_AST_LEAF(ParenExpr, Expr)
  Expr* x = nullptr;
};

// x.sel. pos: the ".".
struct SelectorExpr : Expr {
  GOCXX_AST_LEAF(SelectorExpr, Expr)
  Expr* x = nullptr;
  Ident* sel = nullptr;
};

// x[index] or, for generic instantiation, x[T1, T2]. pos: the "[".
// indices has at least one element.
struct IndexExpr : Expr {
  GOCXX_AST_LEAF(IndexExpr, Expr)
  Expr* x = nullptr;
  std::span<Expr*> indices;
};

// x[low:high] or x[low:high:max]. pos: the "[". A null index was omitted
// (for a 3-index slice the parser substitutes a BadExpr after reporting).
struct SliceExpr : Expr {
  GOCXX_AST_LEAF(SliceExpr, Expr)
  Expr* x = nullptr;
  Expr* low = nullptr;
  Expr* high = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
};

// x.(type). pos: the ".".
struct TypeAssertExpr : Expr {
  GOCXX_AST_LEAF(TypeAssertExpr, Expr)
  Expr* x = nullptr;
  Expr* type = nullptr;
};

// [lhs :=] x.(type), the tag of a type switch. pos: the ".". lhs is null
// without a symbol. The parser accepts it anywhere; the checker rejects it
// outside a switch header.
struct TypeSwitchGuard : Expr {
  GOCXX_AST_LEAF(TypeSwitchGuard, Expr)
  Ident* lhs = nullptr;
  Expr* x = nullptr;
};

// fun(args) or fun(args...). pos: the "(" (for a `go { ... }` block: the "{").
struct CallExpr : Expr {
  GOCXX_AST_LEAF(CallExpr, Expr)
  Expr* fun = nullptr;
  std::span<Expr*> args;
  bool has_dots = false;  // final argument followed by "..."
  Pos rparen;
};

// *x: a pointer type or an indirection. pos: the "*".
struct StarExpr : Expr {
  GOCXX_AST_LEAF(StarExpr, Expr)
  Expr* x = nullptr;
};

// op x for op in + - ! ^ & <- ~ (~ only in constraints). pos: the operator.
struct UnaryExpr : Expr {
  GOCXX_AST_LEAF(UnaryExpr, Expr)
  TokenKind op = TokenKind::Add;
  Expr* x = nullptr;
};

// x op y. pos: the operator. `|` also builds constraint unions.
struct BinaryExpr : Expr {
  GOCXX_AST_LEAF(BinaryExpr, Expr)
  TokenKind op = TokenKind::Add;
  Expr* x = nullptr;
  Expr* y = nullptr;
};

// [len]elem. pos: the "[". len is null for [...]elem (composite literals).
struct ArrayType : Expr {
  GOCXX_AST_LEAF(ArrayType, Expr)
  Expr* len = nullptr;
  Expr* elem = nullptr;
};

// []elem. pos: the "[".
struct SliceType : Expr {
  GOCXX_AST_LEAF(SliceType, Expr)
  Expr* elem = nullptr;
};

// ...elem, the type of a final variadic parameter. pos: the "...".
struct DotsType : Expr {
  GOCXX_AST_LEAF(DotsType, Expr)
  Expr* elem = nullptr;
};

// struct { fields }. pos: the "struct". One Field per field name; fields
// declared together (`a, b int`) share one type expression.
struct StructType : Expr {
  GOCXX_AST_LEAF(StructType, Expr)
  std::span<Field*> fields;
};

// (params) results, the signature after "func". pos: the token after
// "func": the "(", or the "[" of type parameters (gc's convention; the
// FuncLit / FuncDecl holds the "func"). One Field per parameter name;
// unnamed parameters have a null name. Type parameters are kept by the
// FuncDecl.
struct FuncType : Expr {
  GOCXX_AST_LEAF(FuncType, Expr)
  std::span<Field*> params;
  std::span<Field*> results;
};

// interface { elems }. pos: the "interface". A method is a Field with a
// name and a FuncType; an embedded element (interface name or constraint
// union / ~T term) is a Field with a null name.
struct InterfaceType : Expr {
  GOCXX_AST_LEAF(InterfaceType, Expr)
  std::span<Field*> methods;
};

// map[key]value. pos: the "map".
struct MapType : Expr {
  GOCXX_AST_LEAF(MapType, Expr)
  Expr* key = nullptr;
  Expr* value = nullptr;
};

enum class ChanDir : uint8_t { kBoth, kSend, kRecv };

// chan elem, chan<- elem, <-chan elem. pos: the "chan" or leading "<-".
struct ChanType : Expr {
  GOCXX_AST_LEAF(ChanType, Expr)
  ChanDir dir = ChanDir::kBoth;
  Expr* elem = nullptr;
};

// ----------------------------------------------------------------------------
// Statements

// A statement that could not be parsed; pos is where the error was reported.
struct BadStmt : Stmt {
  GOCXX_AST_LEAF(BadStmt, Stmt)
};

// An empty statement (an explicit or implied ";"). pos: where it would be.
struct EmptyStmt : Stmt {
  GOCXX_AST_LEAF(EmptyStmt, Stmt)
};

// label: stmt. pos: the ":".
struct LabeledStmt : Stmt {
  GOCXX_AST_LEAF(LabeledStmt, Stmt)
  Ident* label = nullptr;
  Stmt* stmt = nullptr;  // EmptyStmt if the label is last in a block
};

// x, a statement that is an expression (a call or receive). pos: x->pos.
struct ExprStmt : Stmt {
  GOCXX_AST_LEAF(ExprStmt, Stmt)
  Expr* x = nullptr;
};

// ch <- value. pos: the "<-".
struct SendStmt : Stmt {
  GOCXX_AST_LEAF(SendStmt, Stmt)
  Expr* chan = nullptr;
  Expr* value = nullptr;
};

// x++ or x--. pos: the operator.
struct IncDecStmt : Stmt {
  GOCXX_AST_LEAF(IncDecStmt, Stmt)
  TokenKind tok = TokenKind::Inc;  // Inc or Dec
  Expr* x = nullptr;
};

// lhs = rhs, lhs := rhs, lhs op= rhs. pos: the operator.
struct AssignStmt : Stmt {
  GOCXX_AST_LEAF(AssignStmt, Stmt)
  TokenKind tok = TokenKind::Assign;  // Assign, Define or an op-assign (AddAssign, ...)
  std::span<Expr*> lhs;
  std::span<Expr*> rhs;
};

// go call. pos: the "go". from_block marks the gocxx extension
// `go { stmts }`, stored as `go func() { stmts }()`: call->fun is then a
// FuncLit without parameters and call->args is empty.
struct GoStmt : Stmt {
  GOCXX_AST_LEAF(GoStmt, Stmt)
  CallExpr* call = nullptr;
  bool from_block = false;
};

// defer call. pos: the "defer". If the operand was not a call, the parser
// reported it and wrapped the operand in a CallExpr without arguments.
struct DeferStmt : Stmt {
  GOCXX_AST_LEAF(DeferStmt, Stmt)
  CallExpr* call = nullptr;
};

// return results. pos: the "return".
struct ReturnStmt : Stmt {
  GOCXX_AST_LEAF(ReturnStmt, Stmt)
  std::span<Expr*> results;
};

// break, continue, goto, fallthrough [label]. pos: the keyword. label is
// null when absent (always present for a valid goto).
struct BranchStmt : Stmt {
  GOCXX_AST_LEAF(BranchStmt, Stmt)
  TokenKind tok = TokenKind::Break;
  Ident* label = nullptr;
};

// { stmts }. pos: the "{".
struct BlockStmt : Stmt {
  GOCXX_AST_LEAF(BlockStmt, Stmt)
  std::span<Stmt*> stmts;
  Pos rbrace;
};

// if init; cond { then } else else_. pos: the "if". init and else_ may be
// null; else_ is an IfStmt or a BlockStmt. cond is never null (a BadExpr
// if it was missing).
struct IfStmt : Stmt {
  GOCXX_AST_LEAF(IfStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* then = nullptr;
  Stmt* else_ = nullptr;
};

// switch init; tag { body }. pos: the "switch". init and tag may be null.
// A type switch has a TypeSwitchGuard as its tag.
struct SwitchStmt : Stmt {
  GOCXX_AST_LEAF(SwitchStmt, Stmt)
  Stmt* init = nullptr;
  Expr* tag = nullptr;
  std::span<CaseClause*> body;
  Pos rbrace;
};

// select { body }. pos: the "select".
struct SelectStmt : Stmt {
  GOCXX_AST_LEAF(SelectStmt, Stmt)
  std::span<CommClause*> body;
  Pos rbrace;
};

// for init; cond; post { body }. pos: the "for". Any of init, cond, post
// may be null (`for {}`, `for cond {}`).
struct ForStmt : Stmt {
  GOCXX_AST_LEAF(ForStmt, Stmt)
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
};

// for lhs := range x { body } or for lhs = range x { body } or
// for range x { body }. pos: the "for". lhs holds the iteration variables
// as written (the checker reports more than two).
struct RangeStmt : Stmt {
  GOCXX_AST_LEAF(RangeStmt, Stmt)
  std::span<Expr*> lhs;
  bool define = false;  // := rather than =
  Pos range_pos;        // the "range" keyword
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
};

// A const, type or var declaration inside a function. pos: the keyword.
struct DeclStmt : Stmt {
  GOCXX_AST_LEAF(DeclStmt, Stmt)
  GenDecl* decl = nullptr;
};

// case list: body or default: body, inside a switch. pos: the keyword.
struct CaseClause : Node {
  GOCXX_AST_LEAF(CaseClause, Node)
  std::span<Expr*> list;  // empty for default
  bool is_default = false;
  std::span<Stmt*> body;
  Pos colon;
};

// case comm: body or default: body, inside a select. pos: the keyword. comm
// is a SendStmt, ExprStmt (receive) or AssignStmt (receive); null for default.
struct CommClause : Node {
  GOCXX_AST_LEAF(CommClause, Node)
  Stmt* comm = nullptr;
  std::span<Stmt*> body;
  Pos colon;
};

// ----------------------------------------------------------------------------
// Declarations

// A parameter, result, type parameter, struct field, interface method or
// embedded element. pos: the name, or the type if there is no name. name is
// null for unnamed parameters and embedded fields / elements; tag is null
// without a struct tag; type is never null. Fields declared together
// (`a, b int`) share one type pointer.
struct Field : Node {
  GOCXX_AST_LEAF(Field, Node)
  Ident* name = nullptr;
  Expr* type = nullptr;
  BasicLit* tag = nullptr;
};

using Directive = scan::Directive;

// A declaration that could not be parsed.
struct BadDecl : Decl {
  GOCXX_AST_LEAF(BadDecl, Decl)
};

// import/const/type/var spec or ( specs ). pos: the keyword. lparen is
// invalid for an ungrouped declaration.
struct GenDecl : Decl {
  GOCXX_AST_LEAF(GenDecl, Decl)
  TokenKind tok = TokenKind::Var;  // Import, Const, Type or Var
  std::span<Spec*> specs;
  Pos lparen;
  Pos rparen;
  // Directive comments (//go:..., //gocxx:..., //export ...), each on a
  // line of its own, between the previous top-level declaration and this
  // one (directives inside function bodies are dropped). Text without "//".
  std::span<Directive> directives;
};

// func (recv) name[tparams](params) results { body }. pos: the token after
// "func" (gc's convention); func_pos: the "func". recv is null for a
// function; body is null for a declaration without body.
struct FuncDecl : Decl {
  GOCXX_AST_LEAF(FuncDecl, Decl)
  Pos func_pos;
  Field* recv = nullptr;
  Ident* name = nullptr;
  std::span<Field*> type_params;
  FuncType* type = nullptr;
  BlockStmt* body = nullptr;
  std::span<Directive> directives;  // as for GenDecl
};

// [name] "path". pos: the spec's first token. name is null without a local
// name ("." for a dot import, "_" for a blank import); path is null if
// missing (reported).
struct ImportSpec : Spec {
  GOCXX_AST_LEAF(ImportSpec, Spec)
  Ident* name = nullptr;
  BasicLit* path = nullptr;
  std::span<Directive> directives;  // only inside a ( group )
};

// names [type] [= values], of a const or var declaration. pos: the first
// name. type is null if omitted; values is empty if omitted (for a const
// spec this means "repeat the previous spec's type and values").
struct ValueSpec : Spec {
  GOCXX_AST_LEAF(ValueSpec, Spec)
  std::span<Ident*> names;
  Expr* type = nullptr;
  std::span<Expr*> values;
  uint32_t index = 0;               // position in its group: the value of iota for a const
  std::span<Directive> directives;  // only inside a ( group )
};

// name[tparams] [=] type. pos: the name. alias is set for `name = type`.
struct TypeSpec : Spec {
  GOCXX_AST_LEAF(TypeSpec, Spec)
  Ident* name = nullptr;
  std::span<Field*> type_params;
  bool alias = false;
  Expr* type = nullptr;
  std::span<Directive> directives;  // only inside a ( group )
};

// A source file. pos: the "package" keyword. package_name is null if the
// package clause is missing (reported); then decls is empty.
struct File : Node {
  GOCXX_AST_LEAF(File, Node)
  const base::SourceFile* source = nullptr;
  Ident* package_name = nullptr;
  std::span<Decl*> decls;
  std::span<Directive> directives;  // before the package clause
  Pos eof;
};

#undef GOCXX_AST_LEAF

// ----------------------------------------------------------------------------
// Casting helpers (base/casting.h): isa<T>(n), dyn_cast<T>(n), cast<T>(n).
using base::cast;
using base::dyn_cast;
using base::isa;

// The leftmost position of n (syntax.StartPos): for `a.b + c` the "a".
Pos start_pos(const Node* n);
// x without enclosing parentheses.
Expr* unparen(Expr* x);
const Expr* unparen(const Expr* x);

}  // namespace gocxx::ast

#endif  // GOCXX_PARSE_AST_H_
