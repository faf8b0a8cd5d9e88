// This file implements the whole-program facts the lowering needs (package
// gocxx::analyze): which functions are reachable, which may block (and so
// become C++20 coroutines), which func types and interface method families
// use the coroutine calling convention, and which variables must live on the
// collected heap. docs/design/blocking.md explains the rules with examples.

#ifndef GOCXX_ANALYZE_ANALYSIS_H_
#define GOCXX_ANALYZE_ANALYSIS_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "check/check.h"

namespace gocxx::analyze {

// A function body: a declared function or method, or a function literal.
struct FuncNode {
  check::Func* func = nullptr;  // null for a literal
  ast::FuncLit* lit = nullptr;  // null for a declared function
  check::Signature* sig = nullptr;
  ast::BlockStmt* body = nullptr;  // null for externs
  check::Package* pkg = nullptr;
  bool extern_blocking = false;  // //gocxx:extern blocking
  bool blocks_directly = false;  // a channel operation, select, blocking defer
  bool blocking = false;         // the fixed point: may block
  bool reachable = false;
  bool has_defer = false;
  bool calls_recover = false;
  // Reaches runtime.Caller through static calls: its call sites record their position
  // (gocxx::CallSiteGuard) so that Caller can report them.
  bool wants_callsite = false;
  std::vector<FuncNode*> callees;        // static calls (deferred ones included)
  std::vector<std::string> value_calls;  // signature keys of calls through func values
  std::vector<std::string> iface_calls;  // method family keys of interface calls
  // For reachability (rapid type analysis): functions used as values,
  // interface methods used without a call (x.M and I.M func values, `go
  // x.M()`), and the types of the expressions in the body (the only values
  // that can reach an interface).
  struct IfaceRef {
    std::string method;     // the method family's key
    std::string value_sig;  // the func value's signature key ("" for `go x.M()`)
  };
  std::vector<FuncNode*> value_refs;
  std::vector<IfaceRef> iface_refs;
  std::vector<check::Type*> types;
};

class Analysis {
 public:
  // The node of a declared function / method, or of a literal; null if unknown.
  const FuncNode* node(const check::Func* f) const;
  const FuncNode* node(const ast::FuncLit* lit) const;

  bool blocking(const check::Func* f) const;
  bool blocking(const ast::FuncLit* lit) const;
  // Calls to f record their call site (f reaches runtime.Caller by static calls).
  bool wants_callsite(const check::Func* f) const;
  // Calls through a func value of this type / of interface method `name` record their call
  // site: some function such a value or method can be reaches runtime.Caller.
  bool value_call_wants_callsite(const check::Signature* sig) const;
  bool iface_call_wants_callsite(std::string_view name, const check::Signature* sig) const;
  // Reachable from main.main and the initializers (rapid type analysis).
  bool reachable(const check::Func* f) const;
  // Func values of this signature use the coroutine convention.
  bool async_func_type(const check::Signature* sig) const;
  // Interface calls of this method (name and signature) use the coroutine
  // convention: a method of that name and signature blocks and belongs to a
  // type that reachable code can convert to an interface. A blocking method
  // outside every such type can never be called through an interface.
  bool async_method(std::string_view name, const check::Signature* sig) const;
  // The async method families with exported names, as method_key() spells them ("Error func()
  // string"), sorted: what generated main() registers with the runtime (method_call.h).
  std::vector<std::string> async_method_keys() const;
  // The variable lives on the collected heap (its address outlives the frame
  // or a closure shares it with the enclosing function).
  bool on_heap(const check::Var* v) const { return heap_.count(v) != 0; }
  // The arguments this call packs into its callee's ...T parameter may stay in
  // the caller's frame: the callee is static, its parameter does not leak and
  // the call is not the operand of go or defer (escape.h).
  bool packed_args_stay(const ast::CallExpr* call) const { return stack_packed_.count(call) != 0; }
  // Types whose values reachable code may hold (the expression types of
  // reachable bodies and their components): only these can be converted to
  // an interface, so only their methods form the interface method families.
  bool live_type(const check::Type* t) const { return live_.count(t) != 0; }

  static std::string sig_key(const check::Signature* sig);
  static std::string method_key(std::string_view name, const check::Signature* sig);

 private:
  friend class Analyzer;
  std::vector<std::unique_ptr<FuncNode>> nodes_;
  std::unordered_map<const check::Func*, FuncNode*> by_func_;
  std::unordered_map<const ast::FuncLit*, FuncNode*> by_lit_;
  std::unordered_set<std::string> async_sigs_;
  std::unordered_set<std::string> async_methods_;
  std::unordered_set<std::string> callsite_sigs_;     // as async_sigs_, for runtime.Caller
  std::unordered_set<std::string> callsite_methods_;  // as async_methods_, for runtime.Caller
  std::unordered_set<const check::Var*> heap_;
  std::unordered_set<const ast::CallExpr*> stack_packed_;
  std::unordered_set<const check::Type*> live_;
};

std::unique_ptr<Analysis> analyze(check::Program& program);

}  // namespace gocxx::analyze

#endif  // GOCXX_ANALYZE_ANALYSIS_H_
