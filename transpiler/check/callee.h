// This file implements the static callee of a call (x/tools' typeutil.Callee
// and StaticCallee): the one answer to "what does this call call" that the
// blocking analysis, the escape analysis and the lowering share. If they
// disagreed, one place would compile a function as a coroutine and another
// call it as a plain one.

#ifndef GOCXX_CHECK_CALLEE_H_
#define GOCXX_CHECK_CALLEE_H_

#include "check/info.h"
#include "check/objects.h"
#include "parse/ast.h"

namespace gocxx::check {

struct Callee {
  enum class Kind : uint8_t {
    // Known only when the program runs: a func value (a variable, a field, a
    // call's result, a literal). Also a builtin or a conversion, which callers
    // tell apart through Info's builtin_calls and conversions first.
    Dynamic,
    Func,    // a package-level function: F or pkg.F
    Method,  // a declared method of a concrete type: x.M or the method expression T.M
    // Dispatched through an interface's method table: i.M, the method
    // expression I.M, or x.M promoted from an interface embedded in x's struct.
    InterfaceMethod,
  };
  Kind kind = Kind::Dynamic;
  Func* func = nullptr;                  // for every kind but Dynamic
  const Selection* selection = nullptr;  // for x.M and T.M (Method, InterfaceMethod)

  // The function that runs, known at compile time (StaticCallee), or null.
  Func* static_func() const { return kind == Kind::Func || kind == Kind::Method ? func : nullptr; }
};

// What the function expression of a call (parentheses allowed) names. `fun`
// may also be a method value not in call position (`f := x.M`).
Callee callee_of(const Info& info, const ast::Expr* fun);

}  // namespace gocxx::check

#endif  // GOCXX_CHECK_CALLEE_H_
