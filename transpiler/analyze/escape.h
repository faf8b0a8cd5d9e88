// This file declares the escape facts the analysis uses to keep address-taken
// local variables in their frame: which parameters of which functions may let
// the memory their argument points to outlive the call ("leak"), and whether a
// use of a pointer or slice value lets that memory escape its frame.
//
// It is a small cousin of Go's escape analysis (cmd/compile/internal/escape):
// parameter leak tags solved to a fixed point over the static call graph, and a
// per-use rule on the caller's side. A use is harmless only in the contexts
// listed in escape.cpp (element and field access, len/cap/copy, the spread
// source of append, string conversion, comparisons, and arguments of static
// calls whose parameter does not leak); every other use escapes. go and defer
// statements, closures, interface and func-value calls, and C++-bodied externs
// are all treated as escaping.

#ifndef GOCXX_ANALYZE_ESCAPE_H_
#define GOCXX_ANALYZE_ESCAPE_H_

#include <unordered_map>
#include <vector>

#include "check/check.h"
#include "parse/ast.h"

namespace gocxx::analyze {

class EscapeFacts {
 public:
  explicit EscapeFacts(check::Program& prog);

  // Solves the parameter leak tags of every function with a Go body.
  void solve();

  // Whether the memory that e (a pointer or slice value: &x, a[i:j], p)
  // refers to may outlive the function e appears in, judged by e's context.
  bool escapes(const ast::Expr* e) const;

  // Whether the slice a variadic call packs its trailing arguments into may
  // outlive the call (always true for go, defer, dynamic and extern callees).
  bool packed_args_escape(const ast::CallExpr* call) const;

  // Whether the receiver of the pointer-method call x.M(...) whose callee
  // position is fun may be kept beyond the call.
  bool receiver_escapes(const ast::Expr* fun) const;

 private:
  struct Param {
    check::Func* func;
    int index;  // -1: the receiver
    bool operator==(const Param& o) const { return func == o.func && index == o.index; }
  };
  struct ParamHash {
    size_t operator()(const Param& p) const {
      return std::hash<const void*>()(p.func) * 31 + static_cast<size_t>(p.index + 1);
    }
  };

  void index_body(check::Func* f, ast::FuncDecl* fd);
  const ast::Node* parent(const ast::Node* n) const;
  const ast::Node* parent_skipping_parens(const ast::Node* n) const;
  const ast::Node* context(const ast::Node** n) const;
  bool param_leaks(const ast::Node* body, check::Var* p) const;
  bool element_use_escapes(const ast::Expr* access) const;
  bool leaks(check::Func* f, int index) const;
  bool inside_func_lit(const ast::Node* n, const ast::Node* body) const;

  check::Program& prog_;
  check::Info& info_;
  std::unordered_map<const ast::Node*, const ast::Node*> parents_;
  // Functions with Go bodies, and the uses of each tracked parameter.
  struct Body {
    check::Func* func;
    ast::FuncDecl* decl;
    std::vector<std::pair<check::Var*, int>> params;  // tracked params, their index
  };
  std::vector<Body> bodies_;
  std::unordered_map<const check::Var*, std::vector<const ast::Ident*>> uses_;
  std::unordered_map<const check::Func*, bool> has_body_;
  std::unordered_map<Param, bool, ParamHash> leaks_;
};

}  // namespace gocxx::analyze

#endif  // GOCXX_ANALYZE_ESCAPE_H_
