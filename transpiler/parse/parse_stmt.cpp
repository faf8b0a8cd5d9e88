// This file implements the parsing of statements: simple statements,
// blocks, if/for/switch/select with their headers (where a "{" ends the
// header rather than starting a composite literal), labels, branches,
// returns and local declarations.

#include "parse/parser_impl.h"
#include "parse/print.h"

namespace gocxx::parse {

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
// lhs, if not empty, is the already parsed expression list. keyword is For
// (a range clause is allowed), Switch (x := y.(type) is allowed) or
// EndOfFile (neither).
Stmt* Parser::simple_stmt(std::span<Expr*> lhs, TokenKind keyword) {
  if (keyword == TokenKind::For && tok() == TokenKind::Range) {
    return new_range_clause({}, false);  // range x
  }
  if (lhs.empty()) lhs = expr_list();

  if (lhs.size() == 1 && tok() != TokenKind::Assign && tok() != TokenKind::Define) {
    Pos p = pos();
    TokenKind k = tok();
    if (scan::is_assign_op(k)) {  // lhs op= rhs
      auto* s = make<ast::AssignStmt>(p);
      s->tok = k;
      next();
      s->lhs = lhs;
      Expr* rhs = expr();
      s->rhs = arena_.copy(&rhs, 1);
      return s;
    }
    if (k == TokenKind::Inc || k == TokenKind::Dec) {  // lhs++ or lhs--
      auto* s = make<ast::IncDecStmt>(p);
      s->tok = k;
      s->x = lhs[0];
      next();
      return s;
    }
    if (k == TokenKind::Arrow) {  // lhs <- rhs
      auto* s = make<ast::SendStmt>(p);
      next();
      s->chan = lhs[0];
      s->value = expr();
      return s;
    }
    auto* s = make<ast::ExprStmt>(lhs[0]->pos);  // expr
    s->x = lhs[0];
    return s;
  }

  if (tok() == TokenKind::Assign || tok() == TokenKind::Define) {
    Pos p = pos();
    bool define = tok() == TokenKind::Define;
    next();
    if (keyword == TokenKind::For && tok() == TokenKind::Range) {
      return new_range_clause(lhs, define);  // lhs op= range x
    }
    std::span<Expr*> rhs = expr_list();  // lhs op= rhs
    if (auto* g = ast::dyn_cast<ast::TypeSwitchGuard>(rhs[0]);
        g != nullptr && rhs.size() == 1 && keyword == TokenKind::Switch && define) {
      if (auto* id = ast::dyn_cast<Ident>(lhs[0]); id != nullptr && lhs.size() == 1) {
        g->lhs = id;  // switch … lhs := rhs.(type)
        auto* s = make<ast::ExprStmt>(g->pos);
        s->x = g;
        return s;
      }
    }
    auto* s = make<ast::AssignStmt>(p);
    s->tok = define ? TokenKind::Define : TokenKind::Assign;
    s->lhs = lhs;
    s->rhs = rhs;
    return s;
  }

  syntax_error("expecting := or = or comma");
  advance({TokenKind::Semicolon, TokenKind::Rbrace});
  auto* s = make<ast::ExprStmt>(lhs[0]->pos);  // make the best of what we have
  s->x = lhs[0];
  return s;
}

// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
// The RangeStmt's pos and body are set by for_stmt.
Stmt* Parser::new_range_clause(std::span<Expr*> lhs, bool define) {
  auto* r = make<ast::RangeStmt>(pos());
  r->range_pos = pos();
  next();  // range
  r->lhs = lhs;
  r->define = define;
  r->x = expr();
  return r;
}

// LabeledStmt = Label ":" Statement .
Stmt* Parser::labeled_stmt_or_nil(Ident* label) {
  auto* s = make<ast::LabeledStmt>(pos());
  s->label = label;
  want(TokenKind::Colon);
  if (tok() == TokenKind::Rbrace) {
    // A label at the end of a block labels an (implied) empty statement.
    s->stmt = make<ast::EmptyStmt>(pos());
    return s;
  }
  s->stmt = stmt_or_nil();
  if (s->stmt != nullptr) return s;
  // report at the line of the ':'; we are already at the end of the statement
  syntax_error_at(s->pos, "missing statement after label");
  return nullptr;
}

// Block = "{" StatementList "}" .
// context names the construct for "expecting { after <context>"; it may be
// empty only if the current token is known to be "{".
ast::BlockStmt* Parser::block_stmt(std::string_view context) {
  DepthGuard guard(*this);
  auto* s = make<ast::BlockStmt>(pos());
  // people coming from C may forget that braces are mandatory in Go
  if (!got(TokenKind::Lbrace)) {
    syntax_error("expecting { after " + std::string(context));
    advance({TokenKind::Ident, TokenKind::Rbrace});
    s->rbrace = pos();  // in case we found "}"
    if (got(TokenKind::Rbrace)) return s;
  }
  s->stmts = stmt_list();
  s->rbrace = pos();
  want(TokenKind::Rbrace);
  return s;
}

// Declaration inside a function: const, type or var.
Stmt* Parser::decl_stmt() {
  auto* s = make<ast::DeclStmt>(pos());
  s->decl = gen_decl(tok(), {});
  return s;
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
Stmt* Parser::for_stmt() {
  Pos for_pos = pos();
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  header(TokenKind::For, &init, &cond, &post);
  if (auto* r = ast::dyn_cast<ast::RangeStmt>(init)) {
    r->pos = for_pos;
    r->body = block_stmt("for clause");
    return r;
  }
  auto* s = make<ast::ForStmt>(for_pos);
  s->init = init;
  s->cond = cond;
  s->post = post;
  s->body = block_stmt("for clause");
  return s;
}

// header parses the part of an if, for or switch statement between the
// keyword and the "{": [ SimpleStmt ";" ] [ cond ] (and "; post" for
// "for"). Composite literals with a bare type name are not allowed here
// (xnest = -1), so "{" ends the header.
void Parser::header(TokenKind keyword, Stmt** init, Expr** cond, Stmt** post) {
  want(keyword);
  if (tok() == TokenKind::Lbrace) {
    if (keyword == TokenKind::If) {
      syntax_error("missing condition in if statement");
      *cond = bad_expr();
    }
    return;
  }
  int outer = xnest_;
  xnest_ = -1;

  if (tok() != TokenKind::Semicolon) {
    // accept a potential var declaration but complain
    if (got(TokenKind::Var)) {
      syntax_error("var declaration not allowed in " + std::string(scan::spelling(keyword)) +
                   " initializer");
    }
    *init = simple_stmt({}, keyword);
    // a range clause ends the header (only possible for keyword == For)
    if (ast::isa<ast::RangeStmt>(*init)) {
      xnest_ = outer;
      return;
    }
  }

  Stmt* cond_stmt = nullptr;
  Pos semi_pos;
  std::string_view semi_lit;
  if (tok() != TokenKind::Lbrace) {
    if (tok() == TokenKind::Semicolon) {
      semi_pos = pos();
      semi_lit = lit();
      next();
    } else {
      // asking for a '{' rather than a ';' here gives a better message
      want(TokenKind::Lbrace);
      if (tok() != TokenKind::Lbrace) advance({TokenKind::Lbrace, TokenKind::Rbrace});
    }
    if (keyword == TokenKind::For) {
      if (tok() != TokenKind::Semicolon) {
        if (tok() == TokenKind::Lbrace) {
          syntax_error("expecting for loop condition");
          *cond = header_cond(keyword, nullptr, Pos(), {});
          xnest_ = outer;
          return;
        }
        cond_stmt = simple_stmt({}, TokenKind::EndOfFile);
      }
      want(TokenKind::Semicolon);
      if (tok() != TokenKind::Lbrace) {
        *post = simple_stmt({}, TokenKind::EndOfFile);
        if (auto* a = ast::dyn_cast<ast::AssignStmt>(*post);
            a != nullptr && a->tok == TokenKind::Define) {
          syntax_error_at(a->pos, "cannot declare in post statement of for loop");
        }
      }
    } else if (tok() != TokenKind::Lbrace) {
      cond_stmt = simple_stmt({}, keyword);
    }
  } else {
    cond_stmt = *init;
    *init = nullptr;
  }
  *cond = header_cond(keyword, cond_stmt, semi_pos, semi_lit);
  xnest_ = outer;
}

// header_cond unpacks the condition statement of a header into an
// expression, reporting statements used as values.
Expr* Parser::header_cond(TokenKind keyword, Stmt* cond_stmt, Pos semi_pos,
                          std::string_view semi_lit) {
  if (cond_stmt == nullptr) {
    if (keyword == TokenKind::If && semi_pos.is_valid()) {
      if (semi_lit != "semicolon") {
        syntax_error_at(semi_pos,
                        "unexpected " + std::string(semi_lit) + ", expecting { after if clause");
      } else {
        syntax_error_at(semi_pos, "missing condition in if statement");
      }
      return make<ast::BadExpr>(semi_pos);
    }
    return nullptr;
  }
  if (auto* es = ast::dyn_cast<ast::ExprStmt>(cond_stmt)) return es->x;
  // A common mistake is '=' for '==', which turns the expression into an
  // assignment: say so explicitly, with parentheses around both sides.
  std::string str;
  auto* as = ast::dyn_cast<ast::AssignStmt>(cond_stmt);
  if (as != nullptr && as->tok == TokenKind::Assign) {
    str = "assignment (" + ast::to_string(as->lhs) + ") = (" + ast::to_string(as->rhs) + ")";
  } else {
    str = ast::to_string(cond_stmt);
  }
  syntax_error_at(cond_stmt->pos, "cannot use " + str + " as value");
  return make<ast::BadExpr>(cond_stmt->pos);
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
Stmt* Parser::if_stmt() {
  DepthGuard guard(*this);
  auto* s = make<ast::IfStmt>(pos());
  header(TokenKind::If, &s->init, &s->cond, nullptr);
  if (s->cond == nullptr) s->cond = bad_expr();  // after a reported error
  s->then = block_stmt("if clause");
  if (got(TokenKind::Else)) {
    switch (tok()) {
      case TokenKind::If:
        s->else_ = if_stmt();
        break;
      case TokenKind::Lbrace:
        s->else_ = block_stmt("");
        break;
      default:
        syntax_error("else must be followed by if or statement block");
        advance({TokenKind::Ident, TokenKind::Rbrace});
        break;
    }
  }
  return s;
}

// SwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression | TypeSwitchGuard ] "{" { CaseClause } "}"
// .
Stmt* Parser::switch_stmt() {
  auto* s = make<ast::SwitchStmt>(pos());
  header(TokenKind::Switch, &s->init, &s->tag, nullptr);
  if (!got(TokenKind::Lbrace)) {
    syntax_error("missing { after switch clause");
    advance({TokenKind::Case, TokenKind::Default, TokenKind::Rbrace});
  }
  std::vector<ast::CaseClause*> body;
  while (tok() != TokenKind::EndOfFile && tok() != TokenKind::Rbrace) body.push_back(case_clause());
  s->body = to_span(body);
  s->rbrace = pos();
  want(TokenKind::Rbrace);
  return s;
}

// SelectStmt = "select" "{" { CommClause } "}" .
Stmt* Parser::select_stmt() {
  auto* s = make<ast::SelectStmt>(pos());
  want(TokenKind::Select);
  if (!got(TokenKind::Lbrace)) {
    syntax_error("missing { after select clause");
    advance({TokenKind::Case, TokenKind::Default, TokenKind::Rbrace});
  }
  std::vector<ast::CommClause*> body;
  while (tok() != TokenKind::EndOfFile && tok() != TokenKind::Rbrace) body.push_back(comm_clause());
  s->body = to_span(body);
  s->rbrace = pos();
  want(TokenKind::Rbrace);
  return s;
}

// CaseClause = ( "case" ExpressionList | "default" ) ":" StatementList .
ast::CaseClause* Parser::case_clause() {
  auto* c = make<ast::CaseClause>(pos());
  switch (tok()) {
    case TokenKind::Case:
      next();
      c->list = expr_list();
      break;
    case TokenKind::Default:
      next();
      c->is_default = true;
      break;
    default:
      syntax_error("expecting case or default or }");
      advance({TokenKind::Colon, TokenKind::Case, TokenKind::Default, TokenKind::Rbrace});
      break;
  }
  c->colon = pos();
  want(TokenKind::Colon);
  c->body = stmt_list();
  return c;
}

// CommClause = ( "case" ( SendStmt | RecvStmt ) | "default" ) ":" StatementList .
// Any simple statement is accepted here; the checker restricts it.
ast::CommClause* Parser::comm_clause() {
  auto* c = make<ast::CommClause>(pos());
  switch (tok()) {
    case TokenKind::Case:
      next();
      c->comm = simple_stmt({}, TokenKind::EndOfFile);
      break;
    case TokenKind::Default:
      next();
      break;
    default:
      syntax_error("expecting case or default or }");
      advance({TokenKind::Colon, TokenKind::Case, TokenKind::Default, TokenKind::Rbrace});
      break;
  }
  c->colon = pos();
  want(TokenKind::Colon);
  c->body = stmt_list();
  return c;
}

// Statement =
//	Declaration | LabeledStmt | SimpleStmt |
//	GoStmt | ReturnStmt | BreakStmt | ContinueStmt | GotoStmt |
//	FallthroughStmt | Block | IfStmt | SwitchStmt | SelectStmt | ForStmt |
//	DeferStmt .
// Returns null if there is no statement.
Stmt* Parser::stmt_or_nil() {
  DepthGuard guard(*this);
  // Most statements (assignments) start with an identifier.
  if (tok() == TokenKind::Ident) {
    std::span<Expr*> lhs = expr_list();
    if (auto* label = ast::dyn_cast<Ident>(lhs[0]);
        label != nullptr && lhs.size() == 1 && tok() == TokenKind::Colon) {
      return labeled_stmt_or_nil(label);
    }
    return simple_stmt(lhs, TokenKind::EndOfFile);
  }
  switch (tok()) {
    case TokenKind::Var:
    case TokenKind::Const:
    case TokenKind::Type:
      return decl_stmt();
    case TokenKind::Lbrace:
      return block_stmt("");
    case TokenKind::Add:
    case TokenKind::Sub:
    case TokenKind::Mul:
    case TokenKind::And:
    case TokenKind::Xor:
    case TokenKind::Not:  // unary operators
    case TokenKind::IntLit:
    case TokenKind::FloatLit:
    case TokenKind::ImagLit:
    case TokenKind::RuneLit:
    case TokenKind::StringLit:
    case TokenKind::Func:
    case TokenKind::Lparen:  // operands
    case TokenKind::Lbrack:
    case TokenKind::Struct:
    case TokenKind::Map:
    case TokenKind::Chan:
    case TokenKind::Interface:  // composite types
    case TokenKind::Arrow:      // receive operator
      return simple_stmt({}, TokenKind::EndOfFile);
    case TokenKind::For:
      return for_stmt();
    case TokenKind::Switch:
      return switch_stmt();
    case TokenKind::Select:
      return select_stmt();
    case TokenKind::If:
      return if_stmt();
    case TokenKind::Fallthrough:
    case TokenKind::Break:
    case TokenKind::Continue:
    case TokenKind::Goto: {
      auto* s = make<ast::BranchStmt>(pos());
      s->tok = tok();
      next();
      if (s->tok == TokenKind::Goto) {
        s->label = name();
      } else if (s->tok != TokenKind::Fallthrough && tok() == TokenKind::Ident) {
        s->label = name();
      }
      return s;
    }
    case TokenKind::Go:
    case TokenKind::Defer:
      return call_stmt();
    case TokenKind::Return: {
      auto* s = make<ast::ReturnStmt>(pos());
      next();
      if (tok() != TokenKind::Semicolon && tok() != TokenKind::Rbrace) s->results = expr_list();
      return s;
    }
    case TokenKind::Semicolon:
      return make<ast::EmptyStmt>(pos());
    default:
      return nullptr;
  }
}

// StatementList = { Statement ";" } .
std::span<Stmt*> Parser::stmt_list() {
  std::vector<Stmt*> list;
  while (tok() != TokenKind::EndOfFile && tok() != TokenKind::Rbrace && tok() != TokenKind::Case &&
         tok() != TokenKind::Default) {
    Stmt* s = stmt_or_nil();
    if (s == nullptr) break;
    list.push_back(s);
    // ";" is optional before "}"
    if (!got(TokenKind::Semicolon) && tok() != TokenKind::Rbrace) {
      syntax_error("at end of statement");
      advance({TokenKind::Semicolon, TokenKind::Rbrace, TokenKind::Case, TokenKind::Default});
      got(TokenKind::Semicolon);  // avoid a spurious empty statement
    }
  }
  return to_span(list);
}

}  // namespace gocxx::parse
