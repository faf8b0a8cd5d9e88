// This file implements the parser's core: token handling, gc-style error
// reporting and recovery, nesting control, and the SourceFile production.

#include <pthread.h>

#include <algorithm>

#include "parse/parser_impl.h"

namespace gocxx::parse {
namespace {

// Keywords that start a statement: good synchronization points inside a
// function body that error recovery should not skip (gc's stopset).
constexpr TokenSet kStopSet{TokenKind::Break,  TokenKind::Const,       TokenKind::Continue,
                            TokenKind::Defer,  TokenKind::Fallthrough, TokenKind::For,
                            TokenKind::Go,     TokenKind::Goto,        TokenKind::If,
                            TokenKind::Return, TokenKind::Select,      TokenKind::Switch,
                            TokenKind::Type,   TokenKind::Var};

// Returns the lowest frame address that still leaves a safety margin on the
// current thread's stack, or 0 if the stack bounds are unknown.
uintptr_t stack_floor() {
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
  void* addr = nullptr;
  size_t size = 0;
  int rc = pthread_attr_getstack(&attr, &addr, &size);
  pthread_attr_destroy(&attr);
  if (rc != 0 || addr == nullptr) return 0;
  // Keep room to unwind and report: 256 KiB, or a quarter of a small stack.
  uintptr_t margin = std::min<uintptr_t>(256 * 1024, size / 4);
  return reinterpret_cast<uintptr_t>(addr) + margin;
}

}  // namespace

Parser::Parser(const base::SourceFile& file, base::Diagnostics& diags, ast::Arena& arena,
               const ParseOptions& options)
    : file_(file), diags_(diags), arena_(arena), options_(options), scanner_(file, diags) {
  stack_floor_ = stack_floor();
}

bool Parser::got(TokenKind k) {
  if (tok() == k) {
    next();
    return true;
  }
  return false;
}

void Parser::want(TokenKind k) {
  if (!got(k)) {
    std::string msg = "expecting ";
    msg += k == TokenKind::Comma       ? "comma"
           : k == TokenKind::Semicolon ? "semicolon or newline"
                                       : scan::spelling(k);
    syntax_error(msg);
    advance_one();
  }
}

// got_assign is like got(Assign) but also accepts ":=" (reporting it) for
// better recovery.
bool Parser::got_assign() {
  switch (tok()) {
    case TokenKind::Define:
      syntax_error("expecting =");
      [[fallthrough]];
    case TokenKind::Assign:
      next();
      return true;
    default:
      return false;
  }
}

void Parser::error_at(Pos p, std::string msg) {
  errors_++;
  if (stopped_) return;
  diags_.error(p, std::move(msg));
}

// syntax_error_at reports "syntax error: ..." in gc's forms: a message
// starting with "in ", "at " or "after " becomes "unexpected TOKEN in ...",
// one starting with "expecting " becomes "unexpected TOKEN, expecting ...",
// any other message is reported as is.
void Parser::syntax_error_at(Pos p, std::string_view msg) {
  if (tok() == TokenKind::EndOfFile && any_errors()) return;  // avoid follow-up errors
  std::string suffix;
  if (msg.empty()) {
    // just "unexpected TOKEN"
  } else if (msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ")) {
    suffix = " ";
    suffix += msg;
  } else if (msg.starts_with("expecting ")) {
    suffix = ", ";
    suffix += msg;
  } else {
    error_at(p, "syntax error: " + std::string(msg));
    return;
  }
  error_at(p, "syntax error: unexpected " + token_string() + suffix);
}

// token_string describes the current token as gc does in "unexpected X".
std::string Parser::token_string() const {
  TokenKind k = tok();
  if (k == TokenKind::Ident || k == TokenKind::Semicolon) return std::string(lit());
  if (scan::is_literal(k)) return "literal " + std::string(lit());
  if (k == TokenKind::Comma) return "comma";
  return std::string(scan::spelling(k));
}

// advance consumes tokens until it finds one in follow (or, inside a
// function, a statement keyword). With an empty follow set exactly one
// token is consumed, so callers always make progress.
void Parser::advance(TokenSet follow) {
  bool just_one = follow.empty();
  TokenSet set = follow.with(TokenKind::EndOfFile);
  if (!just_one && fnest_ > 0) set = set | kStopSet;
  while (!set.contains(tok())) {
    next();
    if (just_one) break;
  }
}

bool Parser::enter() {
  depth_++;
  if (stopped_) return false;
  auto frame = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  if (depth_ > options_.max_nesting || (stack_floor_ != 0 && frame < stack_floor_)) {
    give_up();
    return false;
  }
  return true;
}

// give_up reports the nesting error and makes the scanner return EOF so
// that every active production unwinds quickly and silently.
void Parser::give_up() {
  error_at(pos(), "syntax error: nesting too deep");
  stopped_ = true;
  scanner_.stop();
}

std::span<ast::Directive> Parser::take_directives() {
  std::vector<ast::Directive>& pending = scanner_.directives();
  std::vector<ast::Directive> mine;
  for (const ast::Directive& d : pending) {
    if (d.pos > directive_floor_) mine.push_back(d);
  }
  pending.clear();
  return to_span(mine);
}

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
ast::File* Parser::parse_file() {
  next();
  auto* f = make<ast::File>(pos());
  f->source = &file_;

  // PackageClause
  if (!got(TokenKind::Package)) {
    syntax_error("package statement must be first");
    f->eof = file_.pos_at(file_.size());
    return f;
  }
  f->directives = take_directives();
  f->package_name = name();
  want(TokenKind::Semicolon);
  // Don't bother continuing if the package clause has errors.
  if (any_errors()) {
    f->eof = file_.pos_at(file_.size());
    return f;
  }

  std::vector<ast::Decl*> decls;
  // { ImportDecl ";" }
  while (tok() == TokenKind::Import) {
    decls.push_back(gen_decl(TokenKind::Import, take_directives()));
    directive_floor_ = pos();
    want(TokenKind::Semicolon);
  }

  // { TopLevelDecl ";" }
  while (tok() != TokenKind::EndOfFile) {
    switch (tok()) {
      case TokenKind::Const:
      case TokenKind::Type:
      case TokenKind::Var:
        decls.push_back(gen_decl(tok(), take_directives()));
        break;
      case TokenKind::Func: {
        std::span<ast::Directive> directives = take_directives();
        Pos func_pos = pos();
        next();
        if (ast::FuncDecl* d = func_decl_or_null(func_pos, directives)) decls.push_back(d);
        break;
      }
      default: {
        auto* last = decls.empty() ? nullptr : ast::dyn_cast<ast::FuncDecl>(decls.back());
        if (tok() == TokenKind::Lbrace && last != nullptr && last->body == nullptr) {
          // opening { of function declaration on next line
          syntax_error("unexpected semicolon or newline before {");
        } else {
          syntax_error("non-declaration statement outside function body");
        }
        advance({TokenKind::Const, TokenKind::Type, TokenKind::Var, TokenKind::Func});
        continue;
      }
    }
    // Directives seen from here on belong to the next declaration.
    directive_floor_ = pos();
    if (tok() != TokenKind::EndOfFile && !got(TokenKind::Semicolon)) {
      syntax_error("after top level declaration");
      advance({TokenKind::Const, TokenKind::Type, TokenKind::Var, TokenKind::Func});
    }
  }
  f->decls = to_span(decls);
  f->eof = pos();
  return f;
}

ast::File* parse_file(const base::SourceFile& file, base::Diagnostics& diags, ast::Arena& arena,
                      const ParseOptions& options) {
  Parser p(file, diags, arena, options);
  return p.parse_file();
}

}  // namespace gocxx::parse
