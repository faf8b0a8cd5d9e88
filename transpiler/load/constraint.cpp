// This file implements build constraint expressions (constraint.h), after
// go/build/constraint/expr.go of Go 1.19: the same grammar, the same error
// texts, the same handling of malformed // +build words.

#include "load/constraint.h"

#include <vector>

#include "base/unicode.h"

namespace gocxx::load {

namespace {

using Ptr = std::unique_ptr<Constraint>;

Ptr make_tag(std::string_view name) {
  auto c = std::make_unique<Constraint>();
  c->tag = std::string(name);
  return c;
}

Ptr make_op(Constraint::Kind kind, Ptr x, Ptr y) {
  auto c = std::make_unique<Constraint>();
  c->kind = kind;
  c->x = std::move(x);
  c->y = std::move(y);
  return c;
}

std::string_view trim_space(std::string_view s) {
  auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
  };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

// Decodes the rune at s[i] (U+FFFD for a bad byte) and its length.
char32_t rune_at(std::string_view s, size_t i, size_t* len) {
  base::DecodedRune d = base::decode_rune(s.substr(i));
  *len = d.width == 0 ? 1 : d.width;
  return d.rune;
}

// Tags are letters, digits, '_' and '.' (Unicode letters and digits too).
bool tag_rune(char32_t c) {
  return c == '_' || c == '.' || base::is_letter(c) || base::is_digit(c);
}

std::string encode(char32_t c) {
  std::string out;
  base::append_utf8(out, c);
  return out;
}

// A syntax error unwinds the recursive descent, as the panics in expr.go do.
struct SyntaxError {
  std::string msg;
};

// The //go:build expression parser (exprParser): or -> and -> not -> atom.
class ExprParser {
 public:
  explicit ExprParser(std::string_view s) : s_(s) {}

  Ptr parse() {
    Ptr x = parse_or();
    if (!tok_.empty()) throw SyntaxError{"unexpected token " + std::string(tok_)};
    return x;
  }

 private:
  Ptr parse_or() {
    Ptr x = parse_and();
    while (tok_ == "||") x = make_op(Constraint::Kind::kOr, std::move(x), parse_and());
    return x;
  }

  Ptr parse_and() {
    Ptr x = parse_not();
    while (tok_ == "&&") x = make_op(Constraint::Kind::kAnd, std::move(x), parse_not());
    return x;
  }

  Ptr parse_not() {
    lex();
    if (tok_ == "!") {
      lex();
      if (tok_ == "!") throw SyntaxError{"double negation not allowed"};
      return make_op(Constraint::Kind::kNot, parse_atom(), nullptr);
    }
    return parse_atom();
  }

  Ptr parse_atom() {
    if (tok_ == "(") {
      Ptr x;
      try {
        x = parse_or();
      } catch (SyntaxError& e) {
        if (e.msg == "unexpected end of expression") e.msg = "missing close paren";
        throw;
      }
      if (tok_ != ")") throw SyntaxError{"missing close paren"};
      lex();
      return x;
    }
    if (!is_tag_) {
      if (tok_.empty()) throw SyntaxError{"unexpected end of expression"};
      throw SyntaxError{"unexpected token " + std::string(tok_)};
    }
    Ptr x = make_tag(tok_);
    lex();
    return x;
  }

  void lex() {
    is_tag_ = false;
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t')) i_++;
    if (i_ >= s_.size()) {
      tok_ = {};
      return;
    }
    char c = s_[i_];
    if (c == '(' || c == ')' || c == '!') {
      tok_ = s_.substr(i_++, 1);
      return;
    }
    if (c == '&' || c == '|') {
      if (i_ + 1 >= s_.size() || s_[i_ + 1] != c)
        throw SyntaxError{std::string("invalid syntax at ") + c};
      tok_ = s_.substr(i_, 2);
      i_ += 2;
      return;
    }
    size_t end = i_;
    while (end < s_.size()) {
      size_t len = 0;
      if (!tag_rune(rune_at(s_, end, &len))) break;
      end += len;
    }
    if (end == i_) {
      size_t len = 0;
      throw SyntaxError{"invalid syntax at " + encode(rune_at(s_, i_, &len))};
    }
    tok_ = s_.substr(i_, end - i_);
    i_ = end;
    is_tag_ = true;
  }

  std::string_view s_;
  size_t i_ = 0;
  std::string_view tok_;
  bool is_tag_ = false;
};

bool valid_tag(std::string_view word) {
  if (word.empty()) return false;
  for (size_t i = 0; i < word.size();) {
    size_t len = 0;
    if (!tag_rune(rune_at(word, i, &len))) return false;
    i += len;
  }
  return true;
}

// The expression after `prefix` when it is followed by white space or the
// end of the line (the rule shared by splitGoBuild and splitPlusBuild).
std::optional<std::string_view> after_prefix(std::string_view line, std::string_view prefix) {
  if (line.rfind(prefix, 0) != 0) return std::nullopt;
  std::string_view rest = line.substr(prefix.size());
  std::string_view trimmed = trim_space(rest);
  if (rest.size() == trimmed.size() && !rest.empty()) return std::nullopt;
  return trimmed;
}

std::optional<std::string_view> single_line(std::string_view line) {
  if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
  if (line.find('\n') != std::string_view::npos) return std::nullopt;
  return line;
}

}  // namespace

bool Constraint::eval(const std::function<bool(std::string_view)>& ok) const {
  switch (kind) {
    case Kind::kTag:
      return ok(tag);
    case Kind::kNot:
      return !x->eval(ok);
    case Kind::kAnd: {
      // Both sides are evaluated (go/build records every consulted tag).
      bool a = x->eval(ok);
      bool b = y->eval(ok);
      return a && b;
    }
    case Kind::kOr: {
      bool a = x->eval(ok);
      bool b = y->eval(ok);
      return a || b;
    }
  }
  return false;
}

std::optional<std::string_view> split_go_build(std::string_view line) {
  std::optional<std::string_view> one = single_line(line);
  if (!one || one->rfind("//go:build", 0) != 0) return std::nullopt;
  return after_prefix(trim_space(*one), "//go:build");
}

std::optional<std::string_view> split_plus_build(std::string_view line) {
  std::optional<std::string_view> one = single_line(line);
  if (!one || one->rfind("//", 0) != 0) return std::nullopt;
  return after_prefix(trim_space(one->substr(2)), "+build");
}

std::unique_ptr<Constraint> parse_go_build_expr(std::string_view text, std::string* err) {
  try {
    return ExprParser(text).parse();
  } catch (const SyntaxError& e) {
    *err = e.msg;
    return nullptr;
  }
}

std::unique_ptr<Constraint> parse_plus_build_expr(std::string_view text) {
  Ptr x;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) i++;
    size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != '\t') end++;
    if (end == i) break;
    std::string_view clause = text.substr(i, end - i);
    i = end;
    Ptr y;
    for (size_t start = 0; start <= clause.size();) {
      size_t comma = clause.find(',', start);
      if (comma == std::string_view::npos) comma = clause.size();
      std::string_view lit = clause.substr(start, comma - start);
      start = comma + 1;
      Ptr z;
      if (lit.rfind("!!", 0) == 0 || lit == "!") {
        z = make_tag("ignore");
      } else {
        bool neg = !lit.empty() && lit[0] == '!';
        if (neg) lit.remove_prefix(1);
        z = make_tag(valid_tag(lit) ? lit : "ignore");
        if (neg) z = make_op(Constraint::Kind::kNot, std::move(z), nullptr);
      }
      y = y ? make_op(Constraint::Kind::kAnd, std::move(y), std::move(z)) : std::move(z);
    }
    x = x ? make_op(Constraint::Kind::kOr, std::move(x), std::move(y)) : std::move(y);
  }
  return x ? std::move(x) : make_tag("ignore");
}

}  // namespace gocxx::load
