// This file implements the parsing of types: type names and instances,
// pointer, array, slice, map, channel, function, struct and interface
// types, constraint elements (~T, A | B), and parameter lists (which also
// serve for type parameters and receivers).

#include "parse/parser_impl.h"

namespace gocxx::parse {
namespace {

// The tokens gc calls _Operator (all operators except "*" and "<-").
constexpr TokenSet kOperators{TokenKind::OrOr, TokenKind::AndAnd, TokenKind::Eql, TokenKind::Neq,
                              TokenKind::Lss,  TokenKind::Leq,    TokenKind::Gtr, TokenKind::Geq,
                              TokenKind::Add,  TokenKind::Sub,    TokenKind::Or,  TokenKind::Xor,
                              TokenKind::Div,  TokenKind::Rem,    TokenKind::And, TokenKind::AndNot,
                              TokenKind::Shl,  TokenKind::Shr,    TokenKind::Not, TokenKind::Tilde};

}  // namespace

Field* Parser::new_field(Pos p, Ident* name, Expr* type) {
  auto* f = make<Field>(p);
  f->name = name;
  f->type = type;
  return f;
}

Expr* Parser::type_() {
  Expr* typ = type_or_nil();
  if (typ == nullptr) {
    typ = bad_expr();
    syntax_error("expecting type");
    advance({TokenKind::Comma, TokenKind::Colon, TokenKind::Semicolon, TokenKind::Rparen,
             TokenKind::Rbrack, TokenKind::Rbrace});
  }
  return typ;
}

// type_or_nil is like type_ but returns null instead of reporting if there
// is no type.
//
// Type     = TypeName | TypeLit | "(" Type ")" .
// TypeName = identifier | QualifiedIdent .
// TypeLit  = ArrayType | StructType | PointerType | FunctionType | InterfaceType |
//            SliceType | MapType | ChannelType .
Expr* Parser::type_or_nil() {
  DepthGuard guard(*this);
  return type_or_nil_inner();
}

Expr* Parser::type_or_nil_inner() {
  Pos p = pos();
  switch (tok()) {
    case TokenKind::Mul: {  // PointerType = "*" BaseType .
      next();
      auto* t = make<ast::StarExpr>(p);
      t->x = type_();
      return t;
    }
    case TokenKind::Arrow: {  // "<-" "chan" ElementType
      next();
      want(TokenKind::Chan);
      auto* t = make<ast::ChanType>(p);
      t->dir = ast::ChanDir::kRecv;
      t->elem = chan_elem();
      return t;
    }
    case TokenKind::Func:  // FunctionType = "func" Signature .
      next();
      return func_type("function type", nullptr);
    case TokenKind::Lbrack:  // "[" [ Length | "..." ] "]" ElementType
      next();
      if (got(TokenKind::Rbrack)) return slice_type(p);
      return array_type(p, nullptr);
    case TokenKind::Chan: {  // "chan" [ "<-" ] ElementType
      next();
      auto* t = make<ast::ChanType>(p);
      if (got(TokenKind::Arrow)) t->dir = ast::ChanDir::kSend;
      t->elem = chan_elem();
      return t;
    }
    case TokenKind::Map: {  // MapType = "map" "[" KeyType "]" ElementType .
      next();
      want(TokenKind::Lbrack);
      auto* t = make<ast::MapType>(p);
      t->key = type_();
      want(TokenKind::Rbrack);
      t->value = type_();
      return t;
    }
    case TokenKind::Struct:
      return struct_type();
    case TokenKind::Interface:
      return interface_type();
    case TokenKind::Ident:
      return qualified_name(nullptr);
    case TokenKind::Lparen: {
      next();
      auto* t = make<ast::ParenExpr>(p);
      t->x = type_();
      want(TokenKind::Rparen);
      return t;
    }
    default:
      return nullptr;
  }
}

// TypeInstance = TypeName "[" TypeList "]" .
Expr* Parser::type_instance(Expr* typ) {
  auto* x = make<ast::IndexExpr>(pos());
  want(TokenKind::Lbrack);
  x->x = typ;
  if (tok() == TokenKind::Rbrack) {
    syntax_error("expecting type");
    Expr* bad = bad_expr();
    x->indices = arena_.copy(&bad, 1);
  } else {
    bool comma = false;
    x->indices = type_list(&comma);
  }
  want(TokenKind::Rbrack);
  return x;
}

// Signature = [ TypeParams ] Parameters [ Result ] .
// If context is not empty, type parameters are reported as not permitted
// ("method must have no type parameters"). The type parameters are stored
// in *tparams if tparams is not null.
ast::FuncType* Parser::func_type(std::string_view context, std::span<Field*>* tparams) {
  auto* typ = make<ast::FuncType>(pos());
  if (got(TokenKind::Lbrack)) {
    if (!context.empty()) {
      syntax_error_at(typ->pos, std::string(context) + " must have no type parameters");
    }
    if (tok() == TokenKind::Rbrack) {
      syntax_error("empty type parameter list");
      next();
    } else {
      std::span<Field*> list = param_list(nullptr, nullptr, TokenKind::Rbrack, true);
      if (tparams != nullptr) *tparams = list;
    }
  }
  want(TokenKind::Lparen);
  typ->params = param_list(nullptr, nullptr, TokenKind::Rparen, false);
  typ->results = func_result();
  return typ;
}

// ArrayType = "[" ArrayLength "]" ElementType .  ("[" already consumed)
// len, if not null, is the already parsed length.
Expr* Parser::array_type(Pos lbrack, Expr* len) {
  if (len == nullptr && !got(TokenKind::Ellipsis)) {
    xnest_++;
    len = expr();
    xnest_--;
  }
  if (tok() == TokenKind::Comma) {
    // Trailing commas are accepted in type parameter lists but not in
    // array types: accept for better recovery, but complain.
    syntax_error("unexpected comma; expecting ]");
    next();
  }
  want(TokenKind::Rbrack);
  auto* t = make<ast::ArrayType>(lbrack);
  t->len = len;
  t->elem = type_();
  return t;
}

// SliceType = "[" "]" ElementType .  ("[" "]" already consumed)
Expr* Parser::slice_type(Pos lbrack) {
  auto* t = make<ast::SliceType>(lbrack);
  t->elem = type_();
  return t;
}

Expr* Parser::chan_elem() {
  Expr* typ = type_or_nil();
  if (typ == nullptr) {
    typ = bad_expr();
    syntax_error("missing channel element type");
    // assume the element type is simply absent: don't advance
  }
  return typ;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
Expr* Parser::struct_type() {
  auto* typ = make<ast::StructType>(pos());
  want(TokenKind::Struct);
  want(TokenKind::Lbrace);
  std::vector<Field*> fields;
  list("struct type", TokenKind::Semicolon, TokenKind::Rbrace, [&] {
    field_decl(fields);
    return false;
  });
  typ->fields = to_span(fields);
  return typ;
}

// InterfaceType = "interface" "{" { ( MethodDecl | EmbeddedElem ) ";" } "}" .
Expr* Parser::interface_type() {
  auto* typ = make<ast::InterfaceType>(pos());
  want(TokenKind::Interface);
  want(TokenKind::Lbrace);
  std::vector<Field*> methods;
  list("interface type", TokenKind::Semicolon, TokenKind::Rbrace, [&] {
    Field* f = nullptr;
    if (tok() == TokenKind::Ident) f = method_decl();
    if (f == nullptr || f->name == nullptr) f = embedded_elem(f);
    methods.push_back(f);
    return false;
  });
  typ->methods = to_span(methods);
  return typ;
}

// Result = Parameters | Type .
std::span<Field*> Parser::func_result() {
  if (got(TokenKind::Lparen)) return param_list(nullptr, nullptr, TokenKind::Rparen, false);
  Pos p = pos();
  if (Expr* typ = type_or_nil()) {
    Field* f = new_field(p, nullptr, typ);
    return arena_.copy(&f, 1);
  }
  return {};
}

void Parser::add_field(std::vector<Field*>& fields, Pos p, Ident* name, Expr* typ,
                       ast::BasicLit* tag) {
  Field* f = new_field(p, name, typ);
  f->tag = tag;
  fields.push_back(f);
}

// FieldDecl      = (IdentifierList Type | EmbeddedField) [ Tag ] .
// EmbeddedField  = [ "*" ] TypeName [ TypeArgs ] .
// Tag            = string_lit .
void Parser::field_decl(std::vector<Field*>& fields) {
  Pos p = pos();
  switch (tok()) {
    case TokenKind::Ident: {
      Ident* first = name();
      TokenKind k = tok();
      if (k == TokenKind::Period || scan::is_literal(k) || k == TokenKind::Semicolon ||
          k == TokenKind::Rbrace) {
        // embedded type
        Expr* typ = qualified_name(first);
        add_field(fields, p, nullptr, typ, oliteral());
        return;
      }
      // name1, name2, ... Type [ tag ]
      std::span<Ident*> names = name_list(first);
      Expr* typ;
      // Careful: an embedded instantiated type T[P1, P2] or a field T of
      // array/slice type [P]E or []E?
      if (names.size() == 1 && tok() == TokenKind::Lbrack) {
        typ = array_or_targs();
        if (auto* ix = ast::dyn_cast<ast::IndexExpr>(typ)) {
          ix->x = first;  // embedded type T[P1, P2, ...]
          add_field(fields, p, nullptr, ix, oliteral());
          return;
        }
      } else {
        typ = type_();  // T P
      }
      ast::BasicLit* tag = oliteral();
      for (Ident* n : names) add_field(fields, n->pos, n, typ, tag);
      return;
    }
    case TokenKind::Mul: {
      next();
      Expr* typ;
      if (tok() == TokenKind::Lparen) {  // *(T)
        syntax_error("cannot parenthesize embedded type");
        next();
        typ = qualified_name(nullptr);
        got(TokenKind::Rparen);  // no need to complain if missing
      } else {                   // *T
        typ = qualified_name(nullptr);
      }
      auto* star = make<ast::StarExpr>(p);
      star->x = typ;
      add_field(fields, p, nullptr, star, oliteral());
      return;
    }
    case TokenKind::Lparen: {
      syntax_error("cannot parenthesize embedded type");
      next();
      Expr* typ;
      if (tok() == TokenKind::Mul) {  // (*T)
        auto* star = make<ast::StarExpr>(pos());
        next();
        star->x = qualified_name(nullptr);
        typ = star;
      } else {  // (T)
        typ = qualified_name(nullptr);
      }
      got(TokenKind::Rparen);  // no need to complain if missing
      add_field(fields, p, nullptr, typ, oliteral());
      return;
    }
    default:
      syntax_error("expecting field name or embedded type");
      advance({TokenKind::Semicolon, TokenKind::Rbrace});
      return;
  }
}

// array_or_targs parses "[" ... "]" after a name: []E, [n]E, or the type
// arguments [P1, P2] of an instance (an IndexExpr whose x the caller sets).
Expr* Parser::array_or_targs() {
  Pos p = pos();
  want(TokenKind::Lbrack);
  if (got(TokenKind::Rbrack)) return slice_type(p);
  // x [n]E or x[n,], x[n1, n2], ...
  bool comma = false;
  std::span<Expr*> n = type_list(&comma);
  want(TokenKind::Rbrack);
  if (!comma) {
    if (Expr* elem = type_or_nil()) {
      auto* t = make<ast::ArrayType>(p);  // x [n]E
      t->len = n[0];
      t->elem = elem;
      return t;
    }
  }
  auto* t = make<ast::IndexExpr>(p);  // x[n,], x[n1, n2], ...
  t->indices = n;
  return t;
}

// MethodSpec        = MethodName Signature | InterfaceTypeName .
// MethodName        = identifier .
// InterfaceTypeName = TypeName .
Field* Parser::method_decl() {
  Field* f = new_field(pos(), nullptr, nullptr);
  Ident* n = name();
  constexpr std::string_view kContext = "interface method";
  switch (tok()) {
    case TokenKind::Lparen:  // method
      f->name = n;
      f->type = func_type(kContext, nullptr);
      return f;
    case TokenKind::Lbrack: {
      // A generic method m[T C](x T) (accepted, then reported) or an
      // embedded instantiated type T[P1, P2]?
      Pos lbrack = pos();
      next();
      if (tok() == TokenKind::Rbrack) {
        // name[]: treat as if [] were absent
        Pos rbrack = pos();
        next();
        if (tok() == TokenKind::Lparen) {
          error_at(rbrack, "empty type parameter list");
          f->name = n;
          f->type = func_type(kContext, nullptr);
        } else {
          error_at(rbrack, "empty type argument list");
          f->type = n;
        }
        return f;
      }
      // Type arguments look like a parameter list with only types: parse
      // a parameter list and decide afterwards.
      std::span<Field*> list = param_list(nullptr, nullptr, TokenKind::Rbrack, false);
      if (list.empty()) {
        // errors were reported by param_list; treat as if [] were absent
        if (tok() == TokenKind::Lparen) {
          f->name = n;
          f->type = func_type(kContext, nullptr);
        } else {
          f->type = n;
        }
        return f;
      }
      if (list[0]->name != nullptr) {  // generic method
        f->name = n;
        f->type = func_type(kContext, nullptr);
        error_at(lbrack, "interface method must have no type parameters");
        return f;
      }
      auto* t = make<ast::IndexExpr>(lbrack);  // embedded instantiated type
      t->x = n;
      std::vector<Expr*> args;
      for (Field* par : list) args.push_back(par->type);
      t->indices = to_span(args);
      f->type = t;
      return f;
    }
    default:  // embedded type
      f->type = qualified_name(n);
      return f;
  }
}

// EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .
Field* Parser::embedded_elem(Field* f) {
  if (f == nullptr) {
    Pos p = pos();
    f = new_field(p, nullptr, embedded_term());
  }
  uint32_t depth = depth_;  // each "|" adds a tree level
  while (tok() == TokenKind::Or && enter()) {
    auto* t = make<ast::BinaryExpr>(pos());
    t->op = TokenKind::Or;
    next();
    t->x = f->type;
    t->y = embedded_term();
    f->type = t;
  }
  depth_ = depth;
  return f;
}

// EmbeddedTerm = [ "~" ] Type .
Expr* Parser::embedded_term() {
  if (tok() == TokenKind::Tilde) {
    auto* t = make<ast::UnaryExpr>(pos());
    t->op = TokenKind::Tilde;
    next();
    t->x = type_();
    return t;
  }
  Expr* t = type_or_nil();
  if (t == nullptr) {
    t = bad_expr();
    syntax_error("expecting ~ term or type");
    advance(kOperators | TokenSet{TokenKind::Semicolon, TokenKind::Rparen, TokenKind::Rbrack,
                                  TokenKind::Rbrace});
  }
  return t;
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
// name, if not null, is the already consumed first name.
Field* Parser::param_decl_or_nil(Ident* n, TokenKind follow) {
  bool type_sets_ok = follow == TokenKind::Rbrack;  // in type parameter lists
  Pos p = pos();
  if (n != nullptr) {
    p = n->pos;
  } else if (type_sets_ok && tok() == TokenKind::Tilde) {
    return embedded_elem(nullptr);  // "~" ...
  }
  Field* f = new_field(p, nullptr, nullptr);
  if (tok() == TokenKind::Ident || n != nullptr) {
    if (n == nullptr) n = name();
    if (tok() == TokenKind::Lbrack) {  // name "[" ...
      f->type = array_or_targs();
      if (auto* ix = ast::dyn_cast<ast::IndexExpr>(f->type)) {
        ix->x = n;  // name "[" ... "]"
      } else {
        f->name = n;  // name "[" n "]" E
      }
      if (type_sets_ok && tok() == TokenKind::Or) f = embedded_elem(f);
      return f;
    }
    if (tok() == TokenKind::Period) {  // name "." ...
      f->type = qualified_name(n);
      if (type_sets_ok && tok() == TokenKind::Or) f = embedded_elem(f);
      return f;
    }
    if (type_sets_ok && tok() == TokenKind::Or) {  // name "|" ...
      f->type = n;
      return embedded_elem(f);
    }
    f->name = n;
  }
  if (tok() == TokenKind::Ellipsis) {  // [name] "..." ...
    auto* t = make<ast::DotsType>(pos());
    next();
    t->elem = type_or_nil();
    if (t->elem == nullptr) {
      t->elem = bad_expr();
      syntax_error("... is missing type");
    }
    f->type = t;
    return f;
  }
  if (type_sets_ok && tok() == TokenKind::Tilde) {  // [name] "~" ...
    f->type = embedded_elem(nullptr)->type;
    return f;
  }
  f->type = type_or_nil();
  if (type_sets_ok && tok() == TokenKind::Or && f->type != nullptr) f = embedded_elem(f);
  if (f->name != nullptr || f->type != nullptr) return f;
  syntax_error("expecting " + std::string(scan::spelling(follow)));
  advance({TokenKind::Comma, follow});
  return nullptr;
}

// Parameters    = "(" [ ParameterList [ "," ] ] ")" .
// ParameterList = ParameterDecl { "," ParameterDecl } .
// "(" or "[" has been consumed. If name is not null it is the first name;
// if typ is not null too, (name, typ) is the first parameter. In the
// result either all fields have a name or none has.
std::span<Field*> Parser::param_list(Ident* n, Expr* typ, TokenKind close, bool require_names) {
  // list() won't call its function at the closing token: handle a complete
  // first parameter here.
  if (n != nullptr && typ != nullptr && tok() == close) {
    next();
    Field* par = new_field(n->pos, n, typ);
    return arena_.copy(&par, 1);
  }
  std::vector<Field*> list;
  size_t named = 0;  // parameters with an explicit name and type
  size_t typed = 0;  // parameters with an explicit type
  Pos end = this->list("parameter list", TokenKind::Comma, close, [&] {
    Field* par = typ != nullptr ? new_field(n->pos, n, typ) : param_decl_or_nil(n, close);
    n = nullptr;  // the first name and type were consumed if present
    typ = nullptr;
    if (par != nullptr) {
      if (par->name != nullptr && par->type != nullptr) named++;
      if (par->type != nullptr) typed++;
      list.push_back(par);
    }
    return false;
  });
  if (list.empty()) return {};
  distribute_param_types(list, named, typed, end, require_names);
  return to_span(list);
}

// distribute_param_types makes a parameter list uniform: if no parameter
// has both a name and a type, lone names are types (`func(int, string)`);
// otherwise each lone name takes the type to its right (`a, b int`) and
// what remains inconsistent is reported.
void Parser::distribute_param_types(std::vector<Field*>& list, size_t named, size_t typed, Pos end,
                                    bool require_names) {
  if (named == 0 && !require_names) {
    // all unnamed => found names are type names
    for (Field* par : list) {
      if (par->name != nullptr) {
        par->type = par->name;
        par->name = nullptr;
      }
    }
  } else if (named != list.size()) {
    // some named => all must have names and types
    Pos err;            // left-most error position
    Expr* t = nullptr;  // current type, from right to left
    for (size_t i = list.size(); i-- > 0;) {
      Field* par = list[i];
      if (par->type != nullptr) {
        t = par->type;
        if (par->name == nullptr) {
          err = ast::start_pos(t);
          par->name = new_ident(err, "_");
        }
      } else if (t != nullptr) {
        par->type = t;
      } else {
        // only a name: no type to its right
        err = par->name->pos;
        Expr* bad = make<ast::BadExpr>(err);
        par->type = bad;
      }
    }
    if (err.is_valid()) {
      std::string_view msg;
      if (require_names) {
        if (named == typed) {
          err = end;  // at the closing ]
          msg = "missing type constraint";
        } else {
          msg = "type parameters must be named";
        }
      } else {
        msg = "mixed named and unnamed parameters";
      }
      syntax_error_at(err, msg);
    }
  }
}

}  // namespace gocxx::parse
