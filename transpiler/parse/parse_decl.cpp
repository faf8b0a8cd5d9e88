// This file implements the parsing of declarations: import, const, type and
// var declarations (single or grouped) and function / method declarations.

#include "parse/parser_impl.h"

namespace gocxx::parse {

// Declaration = ConstDecl | TypeDecl | VarDecl | ImportDecl .
// XxxDecl     = keyword ( XxxSpec | "(" { XxxSpec ";" } ")" ) .
ast::GenDecl* Parser::gen_decl(TokenKind keyword, std::span<ast::Directive> directives) {
  auto* d = make<ast::GenDecl>(pos());
  d->tok = keyword;
  d->directives = directives;
  next();  // keyword
  std::vector<ast::Spec*> specs;
  if (tok() == TokenKind::Lparen) {
    d->lparen = pos();
    next();
    uint32_t index = 0;
    d->rparen = list("grouped declaration", TokenKind::Semicolon, TokenKind::Rparen, [&] {
      specs.push_back(spec(keyword, index++, true));
      return false;
    });
  } else {
    specs.push_back(spec(keyword, 0, false));
  }
  d->specs = to_span(specs);
  return d;
}

ast::Spec* Parser::spec(TokenKind keyword, uint32_t index, bool grouped) {
  std::span<ast::Directive> directives;
  if (grouped) directives = take_directives();
  switch (keyword) {
    case TokenKind::Import: {
      auto* s = ast::cast<ast::ImportSpec>(import_spec());
      s->directives = directives;
      return s;
    }
    case TokenKind::Const: {
      auto* s = ast::cast<ast::ValueSpec>(const_spec());
      s->index = index;
      s->directives = directives;
      return s;
    }
    case TokenKind::Type: {
      auto* s = ast::cast<ast::TypeSpec>(type_spec());
      s->directives = directives;
      return s;
    }
    default: {
      auto* s = ast::cast<ast::ValueSpec>(var_spec());
      s->index = index;
      s->directives = directives;
      return s;
    }
  }
}

// ImportSpec = [ "." | PackageName ] ImportPath .
// ImportPath = string_lit .
ast::Spec* Parser::import_spec() {
  auto* s = make<ast::ImportSpec>(pos());
  if (tok() == TokenKind::Ident) {
    s->name = name();
  } else if (tok() == TokenKind::Period) {
    s->name = new_ident(pos(), ".");
    next();
  }
  s->path = oliteral();
  if (s->path == nullptr) {
    syntax_error("missing import path");
    advance({TokenKind::Semicolon, TokenKind::Rparen});
    return s;
  }
  if (!s->path->bad && s->path->lit_kind != TokenKind::StringLit) {
    syntax_error("import path must be a string");
    s->path->bad = true;
  }
  return s;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
ast::Spec* Parser::const_spec() {
  auto* s = make<ast::ValueSpec>(pos());
  s->names = name_list(name());
  if (tok() != TokenKind::EndOfFile && tok() != TokenKind::Semicolon &&
      tok() != TokenKind::Rparen) {
    s->type = type_or_nil();
    if (got_assign()) s->values = expr_list();
  }
  return s;
}

// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
ast::Spec* Parser::type_spec() {
  auto* s = make<ast::TypeSpec>(pos());
  s->name = name();
  if (tok() == TokenKind::Lbrack) {
    // name "[" ...: an array/slice type or a type parameter list.
    Pos lbrack = pos();
    next();
    if (tok() == TokenKind::Ident) {
      // An expression x starting with a name follows. If x splits into a
      // parameter name and a constraint, this is a type parameter list.
      // A name followed by "[" must start a constraint like P []E, since
      // index expressions are never constant array lengths.
      Expr* x = name();
      if (tok() != TokenKind::Lbrack) {
        xnest_++;
        x = binary_expr(pexpr(x), 0);
        xnest_--;
      }
      Ident* pname = nullptr;
      Expr* ptype = nullptr;
      extract_name(x, tok() == TokenKind::Comma, &pname, &ptype);
      if (pname != nullptr && (ptype != nullptr || tok() != TokenKind::Rbrack)) {
        // name "[" pname ...  /  name "[" pname ptype ...
        s->type_params = param_list(pname, ptype, TokenKind::Rbrack, true);
        s->alias = got_assign();
        s->type = type_or_nil();
      } else {
        // name "[" pname "]" ...  /  name "[" x ...
        s->type = array_type(lbrack, x);
      }
    } else if (tok() == TokenKind::Rbrack) {
      next();
      s->type = slice_type(lbrack);
    } else {
      s->type = array_type(lbrack, nullptr);
    }
  } else {
    s->alias = got_assign();
    s->type = type_or_nil();
  }
  if (s->type == nullptr) {
    s->type = bad_expr();
    syntax_error("in type declaration");
    advance({TokenKind::Semicolon, TokenKind::Rparen});
  }
  return s;
}

// extract_name splits x into (name, rest) if x can be read as `name rest`
// where rest is a type element (or force is set): P *[]int, P []E, P(E),
// P *E | F | ~G. A plain name gives (name, null). Returns false, with
// (null, x), if x cannot be split (gc's extractName).
//
// gc recurses down the left operands of a union P *E | F | G; here the
// "|" chain is walked iteratively, since it may be 100k terms long (the
// parser does not count a binary chain as nesting).
bool Parser::extract_name(Expr* x, bool force, Ident** name_out, Expr** rest) {
  std::vector<ast::BinaryExpr*> ors;  // the "|" operators on x's left spine, outermost first
  Expr* e = x;
  for (auto* b = ast::dyn_cast<ast::BinaryExpr>(e); b != nullptr && b->op == TokenKind::Or;
       b = ast::dyn_cast<ast::BinaryExpr>(e)) {
    force = force || is_type_elem(b->y);
    ors.push_back(b);
    e = b->x;
  }
  *name_out = nullptr;
  *rest = x;
  Ident* n = nullptr;
  Expr* lhs = nullptr;
  if (auto* id = ast::dyn_cast<Ident>(e)) {
    n = id;  // name
  } else if (auto* b = ast::dyn_cast<ast::BinaryExpr>(e); b != nullptr && b->op == TokenKind::Mul) {
    if (auto* id = ast::dyn_cast<Ident>(b->x); id != nullptr && (force || is_type_elem(b->y))) {
      auto* star = make<ast::StarExpr>(b->pos);  // name *y  =>  name, *y
      star->x = b->y;
      n = id;
      lhs = star;
    }
  } else if (auto* c = ast::dyn_cast<ast::CallExpr>(e)) {
    if (auto* id = ast::dyn_cast<Ident>(c->fun)) {
      if (c->args.size() == 1 && !c->has_dots && (force || is_type_elem(c->args[0]))) {
        n = id;  // name(x)  =>  name, x
        lhs = c->args[0];
      }
    }
  }
  if (n == nullptr) return false;
  if (ors.empty()) {
    *name_out = n;
    *rest = lhs;
    return true;
  }
  // A union splits only if its first term does into a name and a type.
  if (lhs == nullptr) return false;
  for (size_t i = ors.size(); i-- > 0;) {
    auto* u = make<ast::BinaryExpr>(ors[i]->pos);  // name lhs|y  =>  name, lhs|y
    u->op = TokenKind::Or;
    u->x = lhs;
    u->y = ors[i]->y;
    lhs = u;
  }
  *name_out = n;
  *rest = lhs;
  return true;
}

// is_type_elem reports whether x is a (possibly parenthesized) type element;
// false if it could also be an ordinary value expression. Iterative along
// left operands and unary chains (see extract_name).
bool Parser::is_type_elem(const Expr* x) {
  for (;;) {
    switch (x->kind) {
      case ast::NodeKind::ArrayType:
      case ast::NodeKind::StructType:
      case ast::NodeKind::FuncType:
      case ast::NodeKind::InterfaceType:
      case ast::NodeKind::SliceType:
      case ast::NodeKind::MapType:
      case ast::NodeKind::ChanType:
        return true;
      case ast::NodeKind::BinaryExpr: {
        auto* b = ast::cast<ast::BinaryExpr>(x);
        if (is_type_elem(b->y)) return true;
        x = b->x;
        continue;
      }
      case ast::NodeKind::UnaryExpr: {
        auto* u = ast::cast<ast::UnaryExpr>(x);
        if (u->op == TokenKind::Tilde) return true;
        x = u->x;
        continue;
      }
      case ast::NodeKind::StarExpr:
        x = ast::cast<ast::StarExpr>(x)->x;
        continue;
      case ast::NodeKind::ParenExpr:
        x = ast::cast<ast::ParenExpr>(x)->x;
        continue;
      default:
        return false;
    }
  }
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
ast::Spec* Parser::var_spec() {
  auto* s = make<ast::ValueSpec>(pos());
  s->names = name_list(name());
  if (got_assign()) {
    s->values = expr_list();
  } else {
    s->type = type_();
    if (got_assign()) s->values = expr_list();
  }
  return s;
}

// FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
// FunctionName = identifier .
// Function     = Signature FunctionBody .
// MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
// Receiver     = Parameters .
// "func" has been consumed; func_pos is its position.
ast::FuncDecl* Parser::func_decl_or_null(Pos func_pos, std::span<ast::Directive> directives) {
  auto* f = make<ast::FuncDecl>(pos());
  f->func_pos = func_pos;
  f->directives = directives;
  if (got(TokenKind::Lparen)) {
    std::span<Field*> rcvr = param_list(nullptr, nullptr, TokenKind::Rparen, false);
    if (rcvr.empty()) {
      error("method has no receiver");
    } else {
      if (rcvr.size() > 1) error("method has multiple receivers");
      f->recv = rcvr[0];
    }
  }
  if (tok() != TokenKind::Ident) {
    syntax_error("expecting name or (");
    advance({TokenKind::Lbrace, TokenKind::Semicolon});
    return nullptr;
  }
  f->name = name();
  // Methods must not have type parameters.
  f->type = func_type(f->recv != nullptr ? "method" : "", &f->type_params);
  if (tok() == TokenKind::Lbrace) f->body = func_body();
  return f;
}

// FunctionBody = Block .
ast::BlockStmt* Parser::func_body() {
  fnest_++;
  int errors = errors_ + scanner_.error_count();
  ast::BlockStmt* body = block_stmt("");
  fnest_--;
  // After syntax errors the tree may be incomplete: branch errors would be
  // spurious (gc skips the check too).
  if (options_.check_branches && errors == errors_ + scanner_.error_count()) check_branches(body);
  return body;
}

}  // namespace gocxx::parse
