// This file implements the parsing of expressions: binary and unary
// expressions, operands, primary expressions (selectors, index and slice
// expressions, type assertions, calls, composite literals) and the shared
// small productions (names, lists, literals). It also parses go/defer
// statements, whose operand is a primary expression.

#include "parse/parser_impl.h"
#include "parse/print.h"

namespace gocxx::parse {

ast::BadExpr* Parser::bad_expr() { return make<ast::BadExpr>(pos()); }

Ident* Parser::new_ident(Pos p, std::string_view name) {
  auto* id = make<Ident>(p);
  id->name = name;
  return id;
}

Expr* Parser::expr() { return binary_expr(nullptr, 0); }

// Expression = UnaryExpr | Expression binary_op Expression .
Expr* Parser::binary_expr(Expr* x, int prec) {
  if (x == nullptr) x = unary_expr();
  // A chain a + b + c + ... is parsed by this loop, not by recursion, and
  // its operators do not count as nesting: gc accepts 100k-term chains
  // (generated tables, long string concatenations). The tree is as deep as
  // the chain is long, but only along the left operands, and every later
  // pass walks that left spine iteratively. The right operand recurses at
  // most once per higher precedence level before reaching unary_expr, which
  // counts (so a + (b + (c + ...)) still hits the limit).
  while (scan::precedence(tok()) > prec) {
    auto* t = make<ast::BinaryExpr>(pos());
    t->op = tok();
    int tprec = scan::precedence(tok());
    next();
    t->x = x;
    t->y = binary_expr(nullptr, tprec);
    x = t;
  }
  return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr* Parser::unary_expr() {
  DepthGuard guard(*this);
  switch (tok()) {
    case TokenKind::Mul: {
      auto* x = make<ast::StarExpr>(pos());
      next();
      x->x = unary_expr();
      return x;
    }
    case TokenKind::Add:
    case TokenKind::Sub:
    case TokenKind::Not:
    case TokenKind::Xor:
    case TokenKind::Tilde:
    case TokenKind::And: {
      auto* x = make<ast::UnaryExpr>(pos());
      x->op = tok();
      next();
      x->x = unary_expr();
      // &(T{...}): drop the parentheses around a composite literal (see operand).
      if (x->op == TokenKind::And) x->x = ast::unparen(x->x);
      return x;
    }
    case TokenKind::Arrow: {
      // receive op (<-x) or receive-only channel (<-chan E): only known
      // once the operand has been parsed.
      Pos arrow = pos();
      next();
      Expr* x = unary_expr();
      if (ast::isa<ast::ChanType>(x)) {
        // <-(chan E) => (<-chan E);  <-(chan<- E) => (<-chan (<-E))
        ast::ChanDir dir = ast::ChanDir::kSend;
        Expr* t = x;
        while (dir == ast::ChanDir::kSend) {
          auto* c = ast::dyn_cast<ast::ChanType>(t);
          if (c == nullptr) break;
          dir = c->dir;
          if (dir == ast::ChanDir::kRecv) {
            // <-<-chan E is not permitted (same error as `type _ <-<-chan E`)
            syntax_error("unexpected <-, expecting chan");
          }
          c->dir = ast::ChanDir::kRecv;
          t = c->elem;
        }
        if (dir == ast::ChanDir::kSend) {
          // channel dir is <- but the element is not a channel
          syntax_error("unexpected " + ast::to_string(t) + ", expecting chan");
        }
        return x;
      }
      auto* u = make<ast::UnaryExpr>(arrow);
      u->op = TokenKind::Arrow;
      u->x = x;
      return u;
    }
    default:
      return pexpr(nullptr);
  }
}

// GoStmt    = "go" Expression .
// DeferStmt = "defer" Expression .
Stmt* Parser::call_stmt() {
  Pos kw_pos = pos();
  TokenKind kw = tok();
  next();
  if (kw == TokenKind::Go && tok() == TokenKind::Lbrace && !options_.strict) {
    return go_block_stmt(kw_pos);
  }
  Expr* x = pexpr(nullptr);
  if (Expr* t = ast::unparen(x); t != x) {
    error_at(x->pos,
             "expression in " + std::string(scan::spelling(kw)) + " must not be parenthesized");
    x = t;
  }
  auto* cx = ast::dyn_cast<ast::CallExpr>(x);
  if (cx == nullptr) {
    error_at(x->pos, "expression in " + std::string(scan::spelling(kw)) + " must be function call");
    // assume the common mistake of missing parentheses
    cx = make<ast::CallExpr>(x->pos);
    cx->fun = x;
  }
  if (kw == TokenKind::Go) {
    auto* s = make<ast::GoStmt>(kw_pos);
    s->call = cx;
    return s;
  }
  auto* s = make<ast::DeferStmt>(kw_pos);
  s->call = cx;
  return s;
}

// GoBlockStmt = "go" Block .   (gocxx extension)
// Represented as `go func() Block ()` so later phases see an ordinary
// GoStmt; from_block records the source form.
Stmt* Parser::go_block_stmt(Pos go_pos) {
  Pos lbrace = pos();
  auto* lit = make<ast::FuncLit>(lbrace);
  lit->type = make<ast::FuncType>(lbrace);
  xnest_++;
  lit->body = func_body();
  xnest_--;
  auto* call = make<ast::CallExpr>(lbrace);
  call->fun = lit;
  call->rparen = lit->body->rbrace;
  auto* s = make<ast::GoStmt>(go_pos);
  s->call = call;
  s->from_block = true;
  return s;
}

// Operand     = Literal | OperandName | MethodExpr | "(" Expression ")" .
// Literal     = BasicLit | CompositeLit | FunctionLit .
// BasicLit    = int_lit | float_lit | imaginary_lit | rune_lit | string_lit .
// OperandName = identifier | QualifiedIdent .
Expr* Parser::operand() {
  switch (tok()) {
    case TokenKind::Ident:
      return name();
    case TokenKind::IntLit:
    case TokenKind::FloatLit:
    case TokenKind::ImagLit:
    case TokenKind::RuneLit:
    case TokenKind::StringLit:
      return oliteral();
    case TokenKind::Lparen: {
      // Parentheses are always kept (gc drops some): the checker needs them
      // to reject (T){} and parenthesized go/defer operands, and printing
      // an expression back must not change its meaning.
      auto* px = make<ast::ParenExpr>(pos());
      next();
      xnest_++;
      px->x = expr();
      xnest_--;
      want(TokenKind::Rparen);
      return px;
    }
    case TokenKind::Func: {
      Pos func_pos = pos();
      next();
      ast::FuncType* ftyp = func_type("function type", nullptr);
      if (tok() == TokenKind::Lbrace) {
        xnest_++;
        auto* f = make<ast::FuncLit>(func_pos);
        f->type = ftyp;
        f->body = func_body();
        xnest_--;
        return f;
      }
      return ftyp;
    }
    case TokenKind::Lbrack:
    case TokenKind::Chan:
    case TokenKind::Map:
    case TokenKind::Struct:
    case TokenKind::Interface:
      return type_();
    default: {
      Expr* x = bad_expr();
      syntax_error("expecting expression");
      advance({TokenKind::Rparen, TokenKind::Rbrack, TokenKind::Rbrace});
      return x;
    }
  }
}

// PrimaryExpr =
//	Operand | Conversion | PrimaryExpr Selector | PrimaryExpr Index |
//	PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
// Selector      = "." identifier .
// TypeAssertion = "." "(" Type ")" .
// Arguments     = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ] ")" .
Expr* Parser::pexpr(Expr* x) {
  if (x == nullptr) x = operand();
  uint32_t depth = depth_;  // each suffix adds a tree level (see binary_expr)
  for (bool more = true; more;) {
    TokenKind k = tok();
    bool suffix = k == TokenKind::Period || k == TokenKind::Lbrack || k == TokenKind::Lparen ||
                  k == TokenKind::Lbrace;
    if (!suffix || !enter()) break;
    Pos p = pos();
    switch (tok()) {
      case TokenKind::Period:
        x = pexpr_dot(x, p);
        break;
      case TokenKind::Lbrack:
        x = pexpr_index(x, p);
        break;
      case TokenKind::Lparen: {
        auto* t = make<ast::CallExpr>(p);
        next();
        t->fun = x;
        t->args = arg_list(&t->has_dots, &t->rparen);
        x = t;
        break;
      }
      case TokenKind::Lbrace: {
        // a composite literal, or the block after an if/for/switch header?
        Expr* t = ast::unparen(x);
        if (!complit_type_ok(t)) {
          more = false;
          break;
        }
        if (t != x) syntax_error("cannot parenthesize type in composite literal");
        ast::CompositeLit* n = complitexpr();
        n->type = x;
        x = n;
        break;
      }
      default:
        more = false;
        break;
    }
  }
  depth_ = depth;
  return x;
}

// Selector      = "." identifier .
// TypeAssertion = "." "(" Type ")" .   (or ".(type)" in a type switch)
// dot is the position of the ".".
Expr* Parser::pexpr_dot(Expr* x, Pos dot) {
  next();
  if (tok() == TokenKind::Ident) {
    auto* t = make<ast::SelectorExpr>(dot);
    t->x = x;
    t->sel = name();
    return t;
  }
  if (tok() != TokenKind::Lparen) {
    syntax_error("expecting name or (");
    advance({TokenKind::Semicolon, TokenKind::Rparen});
    return x;
  }
  next();
  if (got(TokenKind::Type)) {
    auto* t = make<ast::TypeSwitchGuard>(dot);  // lhs is set by simple_stmt
    t->x = x;
    x = t;
  } else {
    auto* t = make<ast::TypeAssertExpr>(dot);
    t->x = x;
    t->type = type_();
    x = t;
  }
  want(TokenKind::Rparen);
  return x;
}

// complit_type_ok reports whether a "{" after the (unparenthesized) operand
// t starts a composite literal. Types written as names are ambiguous with a
// block; inside if/for/switch headers (xnest < 0) they never start one.
bool Parser::complit_type_ok(const Expr* t) const {
  switch (t->kind) {
    case ast::NodeKind::Ident:
    case ast::NodeKind::SelectorExpr:
      return xnest_ >= 0;
    case ast::NodeKind::IndexExpr:
      return xnest_ >= 0 && !is_value(t);
    case ast::NodeKind::ArrayType:
    case ast::NodeKind::SliceType:
    case ast::NodeKind::StructType:
    case ast::NodeKind::MapType:
      return true;
    default:
      return false;
  }
}

// Index = "[" Expression "]" .
// Slice = "[" [ Expression ] ":" [ Expression ] "]" |
//         "[" [ Expression ] ":" Expression ":" Expression "]" .
// Also x[T1, T2] (instantiation). lbrack is the position of the "[".
Expr* Parser::pexpr_index(Expr* x, Pos lbrack) {
  next();
  if (tok() == TokenKind::Rbrack) {
    // invalid empty instance, slice or index expression; accept but complain
    syntax_error("expecting operand");
    next();
    return x;
  }
  Expr* i = nullptr;
  if (tok() != TokenKind::Colon) {
    bool comma = false;
    std::span<Expr*> list = type_list(&comma);
    if (comma || tok() == TokenKind::Rbrack) {
      want(TokenKind::Rbrack);
      auto* t = make<ast::IndexExpr>(lbrack);  // x[i,] or x[i, j, ...]
      t->x = x;
      t->indices = list;
      return t;
    }
    i = list[0];
  }
  // x[i:...  (not want(Colon): the message must mention "comma")
  if (!got(TokenKind::Colon)) {
    syntax_error("expecting comma, : or ]");
    advance({TokenKind::Comma, TokenKind::Colon, TokenKind::Rbrack});
  }
  xnest_++;
  auto* t = make<ast::SliceExpr>(lbrack);
  t->x = x;
  t->low = i;
  if (tok() != TokenKind::Colon && tok() != TokenKind::Rbrack) t->high = expr();
  if (tok() == TokenKind::Colon) {
    t->slice3 = true;
    if (t->high == nullptr) {
      error("middle index required in 3-index slice");
      t->high = bad_expr();
    }
    next();
    if (tok() != TokenKind::Rbrack) {
      t->max = expr();
    } else {
      error("final index required in 3-index slice");
      t->max = bad_expr();
    }
  }
  xnest_--;
  want(TokenKind::Rbrack);
  return t;
}

// is_value reports whether x syntactically must be a value (not a type).
bool Parser::is_value(const Expr* x) {
  switch (x->kind) {
    case ast::NodeKind::BasicLit:
    case ast::NodeKind::CompositeLit:
    case ast::NodeKind::FuncLit:
    case ast::NodeKind::SliceExpr:
    case ast::NodeKind::TypeAssertExpr:
    case ast::NodeKind::TypeSwitchGuard:
    case ast::NodeKind::CallExpr:
    case ast::NodeKind::UnaryExpr:
    case ast::NodeKind::BinaryExpr:
      return true;
    case ast::NodeKind::ParenExpr:
      return is_value(ast::cast<ast::ParenExpr>(x)->x);
    case ast::NodeKind::IndexExpr: {
      auto* ix = ast::cast<ast::IndexExpr>(x);
      return is_value(ix->x) || (ix->indices.size() == 1 && is_value(ix->indices[0]));
    }
    default:
      return false;  // *T may be a type
  }
}

// Element = Expression | LiteralValue .
Expr* Parser::bare_complitexpr() {
  if (tok() == TokenKind::Lbrace) return complitexpr();  // elided type
  return expr();
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
ast::CompositeLit* Parser::complitexpr() {
  DepthGuard guard(*this);
  auto* x = make<ast::CompositeLit>(pos());
  std::vector<Expr*> elts;
  xnest_++;
  want(TokenKind::Lbrace);
  x->rbrace = list("composite literal", TokenKind::Comma, TokenKind::Rbrace, [&] {
    Expr* e = bare_complitexpr();
    if (tok() == TokenKind::Colon) {
      auto* kv = make<ast::KeyValueExpr>(pos());
      next();
      kv->key = e;
      kv->value = bare_complitexpr();
      e = kv;
      x->nkeys++;
    }
    elts.push_back(e);
    return false;
  });
  xnest_--;
  x->elts = to_span(elts);
  return x;
}

// argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" .
std::span<Expr*> Parser::arg_list(bool* has_dots, Pos* rparen) {
  std::vector<Expr*> args;
  xnest_++;
  *rparen = list("argument list", TokenKind::Comma, TokenKind::Rparen, [&] {
    args.push_back(expr());
    *has_dots = got(TokenKind::Ellipsis);
    return *has_dots;
  });
  xnest_--;
  return to_span(args);
}

Ident* Parser::name() {
  if (tok() == TokenKind::Ident) {
    Ident* n = new_ident(pos(), lit());
    next();
    return n;
  }
  Ident* n = new_ident(pos(), "_");
  syntax_error("expecting name");
  advance_one();
  return n;
}

// IdentifierList = identifier { "," identifier } .
std::span<Ident*> Parser::name_list(Ident* first) {
  std::vector<Ident*> names{first};
  while (got(TokenKind::Comma)) names.push_back(name());
  return to_span(names);
}

// QualifiedIdent = [ PackageName "." ] identifier, possibly instantiated.
// name, if not null, is the already consumed first name.
Expr* Parser::qualified_name(Ident* first) {
  Expr* x;
  if (first != nullptr) {
    x = first;
  } else if (tok() == TokenKind::Ident) {
    x = name();
  } else {
    x = new_ident(pos(), "_");
    syntax_error("expecting name");
    advance({TokenKind::Period, TokenKind::Semicolon, TokenKind::Rbrace});
  }
  if (tok() == TokenKind::Period) {
    auto* s = make<ast::SelectorExpr>(pos());
    next();
    s->x = x;
    s->sel = name();
    x = s;
  }
  if (tok() == TokenKind::Lbrack) x = type_instance(x);
  return x;
}

// ExpressionList = Expression { "," Expression } .
std::span<Expr*> Parser::expr_list() {
  Expr* x = expr();
  if (tok() != TokenKind::Comma) return arena_.copy(&x, 1);
  std::vector<Expr*> list{x};
  while (got(TokenKind::Comma)) list.push_back(expr());
  return to_span(list);
}

// typeList = arg { "," arg } [ "," ] . The first element may be any
// expression, the others must be types. *comma reports a (separating or
// trailing) comma.
std::span<Expr*> Parser::type_list(bool* comma) {
  std::vector<Expr*> list;
  xnest_++;
  list.push_back(expr());
  if (got(TokenKind::Comma)) {
    *comma = true;
    while (Expr* t = type_or_nil()) {
      list.push_back(t);
      if (!got(TokenKind::Comma)) break;
    }
  }
  xnest_--;
  return to_span(list);
}

ast::BasicLit* Parser::oliteral() {
  if (!scan::is_literal(tok())) return nullptr;
  auto* b = make<ast::BasicLit>(pos());
  b->lit_kind = tok();
  b->value = lit();
  b->bad = scanner_.token().bad;
  next();
  return b;
}

}  // namespace gocxx::parse
