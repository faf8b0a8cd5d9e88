// This file implements the declaration of Parser, the recursive-descent
// parser shared by parser.cpp (core, files), parse_decl.cpp, parse_expr.cpp,
// parse_type.cpp and parse_stmt.cpp. It is internal to gocxx_parse.
//
// The parser is a port of the structure of cmd/compile/internal/syntax's
// parser (same productions, same error recovery, same messages) onto the
// gocxx AST. Each parse function carries its EBNF rule.

#ifndef GOCXX_PARSE_PARSER_IMPL_H_
#define GOCXX_PARSE_PARSER_IMPL_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parse/ast.h"
#include "parse/parser.h"
#include "scan/scanner.h"

namespace gocxx::parse {

using ast::Expr;
using ast::Field;
using ast::Ident;
using ast::Stmt;
using base::Pos;
using scan::TokenKind;
using scan::TokenSet;

class Parser {
 public:
  Parser(const base::SourceFile& file, base::Diagnostics& diags, ast::Arena& arena,
         const ParseOptions& options);
  ast::File* parse_file();

 private:
  friend class DepthGuard;
  friend class BranchChecker;

  // --- core (parser.cpp) ---------------------------------------------------
  TokenKind tok() const { return scanner_.token().kind; }
  Pos pos() const { return scanner_.token().pos; }
  std::string_view lit() const { return scanner_.token().text; }
  void next() { scanner_.next(); }
  bool got(TokenKind k);
  void want(TokenKind k);
  bool got_assign();

  void error_at(Pos pos, std::string msg);
  void error(std::string msg) { error_at(pos(), std::move(msg)); }
  void syntax_error_at(Pos pos, std::string_view msg);
  void syntax_error(std::string_view msg) { syntax_error_at(pos(), msg); }
  bool any_errors() const { return errors_ + scanner_.error_count() > 0; }
  std::string token_string() const;
  void advance(TokenSet follow);
  void advance_one() { advance(TokenSet{}); }

  // Nesting control (see DepthGuard).
  bool enter();
  void leave() { depth_--; }
  void give_up();

  // list = [ f { sep f } [sep] ] close . Calls f for each element until f
  // returns true; returns the position of the closing token.
  template <class F>
  Pos list(std::string_view context, TokenKind sep, TokenKind close, F f);

  template <class T, class... Args>
  T* make(Pos p, Args&&... args) {
    return arena_.make<T>(p, std::forward<Args>(args)...);
  }
  template <class T>
  std::span<T> to_span(const std::vector<T>& v) {
    return arena_.copy(v);
  }
  std::span<ast::Directive> take_directives();

  // --- declarations (parse_decl.cpp) --------------------------------------
  ast::GenDecl* gen_decl(TokenKind keyword, std::span<ast::Directive> directives);
  ast::Spec* spec(TokenKind keyword, uint32_t index, bool grouped);
  ast::Spec* import_spec();
  ast::Spec* const_spec();
  ast::Spec* type_spec();
  ast::Spec* var_spec();
  ast::FuncDecl* func_decl_or_null(Pos func_pos, std::span<ast::Directive> directives);
  ast::BlockStmt* func_body();
  // Checks labels and branches of a function body that parsed without
  // errors (branches.cpp; gc's syntax.checkBranches).
  void check_branches(const ast::BlockStmt* body);
  std::string pos_string(Pos p) const;  // "file:line:col", as gc prints positions
  bool extract_name(Expr* x, bool force, Ident** name, Expr** rest);
  static bool is_type_elem(const Expr* x);

  // --- expressions (parse_expr.cpp) ---------------------------------------
  Expr* expr();
  Expr* binary_expr(Expr* x, int prec);
  Expr* unary_expr();
  Stmt* call_stmt();
  Stmt* go_block_stmt(Pos go_pos);
  Expr* operand();
  Expr* pexpr(Expr* x);  // x: an already parsed operand, or null
  Expr* pexpr_dot(Expr* x, Pos dot);
  Expr* pexpr_index(Expr* x, Pos lbrack);
  bool complit_type_ok(const Expr* t) const;
  static bool is_value(const Expr* x);
  Expr* bare_complitexpr();
  ast::CompositeLit* complitexpr();
  std::span<Expr*> arg_list(bool* has_dots, Pos* rparen);
  ast::BadExpr* bad_expr();
  Ident* new_ident(Pos p, std::string_view name);
  Ident* name();
  std::span<Ident*> name_list(Ident* first);
  Expr* qualified_name(Ident* name);
  std::span<Expr*> expr_list();
  std::span<Expr*> type_list(bool* comma);
  ast::BasicLit* oliteral();

  // --- types (parse_type.cpp) ---------------------------------------------
  Expr* type_();
  Expr* type_or_nil();
  Expr* type_or_nil_inner();
  Expr* type_instance(Expr* typ);
  ast::FuncType* func_type(std::string_view context, std::span<Field*>* tparams);
  Expr* array_type(Pos lbrack, Expr* len);
  Expr* slice_type(Pos lbrack);
  Expr* chan_elem();
  Expr* struct_type();
  Expr* interface_type();
  std::span<Field*> func_result();
  void field_decl(std::vector<Field*>& fields);
  void add_field(std::vector<Field*>& fields, Pos p, Ident* name, Expr* typ, ast::BasicLit* tag);
  Expr* array_or_targs();
  Field* method_decl();
  Field* embedded_elem(Field* f);
  Expr* embedded_term();
  Field* param_decl_or_nil(Ident* name, TokenKind follow);
  std::span<Field*> param_list(Ident* name, Expr* typ, TokenKind close, bool require_names);
  void distribute_param_types(std::vector<Field*>& list, size_t named, size_t typed, Pos end,
                              bool require_names);
  Field* new_field(Pos p, Ident* name, Expr* type);

  // --- statements (parse_stmt.cpp) ----------------------------------------
  Stmt* simple_stmt(std::span<Expr*> lhs, TokenKind keyword);
  Stmt* new_range_clause(std::span<Expr*> lhs, bool define);
  Stmt* labeled_stmt_or_nil(Ident* label);
  ast::BlockStmt* block_stmt(std::string_view context);
  Stmt* decl_stmt();
  Stmt* for_stmt();
  void header(TokenKind keyword, Stmt** init, Expr** cond, Stmt** post);
  Expr* header_cond(TokenKind keyword, Stmt* cond_stmt, Pos semi_pos, std::string_view semi_lit);
  Stmt* if_stmt();
  Stmt* switch_stmt();
  Stmt* select_stmt();
  ast::CaseClause* case_clause();
  ast::CommClause* comm_clause();
  Stmt* stmt_or_nil();
  std::span<Stmt*> stmt_list();

  const base::SourceFile& file_;
  base::Diagnostics& diags_;
  ast::Arena& arena_;
  ParseOptions options_;
  scan::Scanner scanner_;

  int errors_ = 0;             // syntax errors reported by the parser
  int fnest_ = 0;              // function nesting level (for error recovery)
  int xnest_ = 0;              // expression nesting level (complit ambiguity)
  uint32_t depth_ = 0;         // recursion depth (for "nesting too deep")
  bool stopped_ = false;       // gave up on the file; report nothing more
  uintptr_t stack_floor_ = 0;  // lowest safe frame address, 0 if unknown
  Pos directive_floor_;        // directives at or before this belong to an earlier decl
};

// DepthGuard counts one level of recursion for as long as it lives.
class DepthGuard {
 public:
  explicit DepthGuard(Parser& p) : p_(p) { p_.enter(); }
  ~DepthGuard() { p_.leave(); }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;

 private:
  Parser& p_;
};

template <class F>
Pos Parser::list(std::string_view context, TokenKind sep, TokenKind close, F f) {
  bool done = false;
  while (tok() != TokenKind::EndOfFile && tok() != close && !done) {
    done = f();
    // sep is optional before close
    if (!got(sep) && tok() != close) {
      std::string msg = "in ";
      msg += context;
      msg += "; possibly missing ";
      msg += sep == TokenKind::Comma ? "comma" : "semicolon or newline";
      msg += " or ";
      msg += scan::spelling(close);
      syntax_error(msg);
      advance({TokenKind::Rparen, TokenKind::Rbrack, TokenKind::Rbrace});
      if (tok() != close) return pos();  // already reported; position is not important
    }
  }
  Pos p = pos();
  want(close);
  return p;
}

}  // namespace gocxx::parse

#endif  // GOCXX_PARSE_PARSER_IMPL_H_
