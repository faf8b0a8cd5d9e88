// This file implements the Emitter, the state shared by the lowering files:
// one per Go feature (types.cpp, expr.cpp, call.cpp, builtins.cpp,
// stmt.cpp, control.cpp, func.cpp, program.cpp). Each lowering function's
// comment shows its Go input and its C++ output.
//
// The output is assembled from sections so that Go's declaration order never
// matters: forward declarations, type definitions (topologically sorted by
// by-value containment), prototypes, type descriptors' declarations, package
// variables, extern bodies, function bodies, descriptor definitions, main.
// Functions are emitted on demand from a worklist that starts at main.main
// and the init functions (rapid type analysis: a method is emitted once its
// type gets a run-time descriptor, i.e. is converted to an interface).

#ifndef GOCXX_LOWER_EMITTER_H_
#define GOCXX_LOWER_EMITTER_H_

#include <deque>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyze/analysis.h"
#include "base/diagnostics.h"
#include "check/check.h"
#include "lower/lower.h"

namespace gocxx::lower {

using namespace gocxx::check;
using analyze::Analysis;
using scan::TokenKind;

// A C++ type definition waiting for the topological sort.
struct TypeDef {
  const Package* owner = nullptr;  // null: unnamed (or predeclared) type, emitted under a guard
                                   // in every package header that uses it
  std::string guard;               // for shared definitions
  std::string fwd;                 // forward declaration
  std::string text;
  std::string after;              // interface method bodies (after all types)
  std::vector<std::string> deps;  // keys of definitions that must come first
};

// What one package contributes: its header (types, prototypes, variables,
// interface method bodies, descriptor declarations) and its source (function
// bodies, descriptor definitions, package initialization).
struct PkgOut {
  std::string fwd, types, shared_descs, protos, iface_bodies, globals, bodies, desc_defs;
  std::string inline_bodies;               // small std functions defined in the header (func.cpp)
  std::vector<std::string> typedef_order;  // keys first requested by this package
  std::set<std::string> typedef_seen;
  std::set<std::string> emitted, visiting;
  std::vector<std::string> shared_desc_order;
  std::set<std::string> shared_desc_seen;
  int tags = 0;
};

// Per-function lowering state.
struct FuncState {
  bool coroutine = false;
  bool has_defer = false;
  bool async_defers = false;
  Signature* sig = nullptr;
  std::vector<std::string> result_names;  // C++ names of the result variables (with defers / named)
  bool named_results = false;
  std::string recover_tag;  // this function's tag when it calls recover()
  std::unordered_map<const Var*, std::string> names;
  std::unordered_set<std::string> used;
  int temps = 0;
  int labels = 0;
  // Targets of break / continue: the Go statement and the C++ spelling.
  struct Target {
    const ast::Stmt* stmt;
    std::string brk, cont;  // "break" or "goto L" forms
    bool is_loop;
  };
  std::vector<Target> targets;
  // How many C++ breakable constructs (loops, switch) enclose the current point
  // beyond the innermost Go target, to decide between `break` and `goto`.
  std::unordered_map<const ast::Stmt*, std::string> label_of;  // LabeledStmt's stmt -> label
};

// "a, b, c"
inline std::string join(const std::vector<std::string>& xs) {
  std::string out;
  for (size_t i = 0; i < xs.size(); i++) out += (i ? ", " : "") + xs[i];
  return out;
}

// A C++ string literal of text (quotes and backslashes escaped; program.cpp).
std::string cxx_string_lit(const std::string& text);

class Emitter {
 public:
  Emitter(Program& p, const Analysis& a, const Options& o, base::Diagnostics& d)
      : prog_(p), info_(p.info), an_(a), opts_(o), diags_(d) {}
  Output run();

  // ---- names (names.cpp)
  std::string ns_of(const Package* pkg) const;  // "go::main"
  static std::string escape(std::string_view name);
  // "#line N \"file\"\n"; a standard-library file is named from the root
  // ("$GOCXXROOT/runtime/std/fmt/print.go"), so the text does not depend
  // on where gocxx is installed.
  std::string line_text(int line_no, std::string_view file) const;
  std::string qual(const Object* obj);      // package-level object, fully qualified
  std::string func_name(const Func* f);     // "go::main::T_M" / "go::main::f"
  std::string local(const Var* v);          // C++ name of a local variable
  std::string declare_local(const Var* v);  // picks the C++ name for a new local
  std::string tmp();                        // fresh temporary name

  // ---- types (types.cpp)
  std::string cty(Type* t);   // the C++ type
  std::string zero(Type* t);  // the zero value: T{} (nullptr for pointers)
  std::string result_cty(const Signature* s, bool coroutine);
  std::string func_cty(const Signature* s);  // gocxx::Func<...>
  std::string desc(Type* t);                 // "&go::..._type", requests the descriptor
  std::string type_key(Type* t);             // canonical identity text
  std::string rtype_string(Type* t);         // as reflect / %T writes it
  bool is_async_sig(const Signature* s) const { return an_.async_func_type(s); }
  bool pointer_free(Type* t);
  void require_type(Type* t);        // makes sure t's definition is emitted
  std::string struct_name(Type* t);  // C++ name of a struct type (named or not)
  std::string iface_name(Type* t);
  bool alias_cycle(Named* n);
  void define_wrapper(Named* n, const std::string& q);
  void define_named(Named* n);
  void define_struct(Type* t, const std::string& name, Struct* s);
  void define_iface(Type* t, const std::string& name, Interface* it);
  // Type-def keys a value of t needs complete (decl_only: that a declaration
  // mentioning t needs: only aliases).
  std::vector<std::string> value_deps(Type* t, bool decl_only = false);

  // ---- expressions (expr.cpp)
  std::string expr(ast::Expr* e);                   // value of e
  std::string expr_as(ast::Expr* e, Type* target);  // e converted to target (assignability)
  std::string convert_value(const std::string& v, Type* from, Type* to);
  std::string constant(const constant::Value& v, Type* t);
  std::string lvalue(ast::Expr* e);   // assignable C++ lvalue
  std::string addr_of(ast::Expr* e);  // &e
  std::string selector(ast::SelectorExpr* e);
  std::string field_path(std::string base, Type* t, const std::vector<int>& path, size_t n);
  std::string index(ast::IndexExpr* e, bool lhs);
  std::string slice_expr(ast::SliceExpr* e);
  std::string unary(ast::UnaryExpr* e);
  bool untyped_count(const TypeAndValue& tv);
  std::string binary(ast::BinaryExpr* e);
  std::string comparison(ast::BinaryExpr* e, const std::string& x, const std::string& y);
  std::string composite(ast::CompositeLit* e, Type* t);
  std::string type_assert(ast::TypeAssertExpr* e, bool comma_ok);
  std::string func_lit(ast::FuncLit* e);
  std::string unreachable_call(std::string_view name);
  std::string callsite_guard(ast::CallExpr* e);
  bool call_wants_callsite(ast::CallExpr* e, const Func* f, const Selection* sel, Signature* sig);
  // value_sig: the method expression's signature (receiver first), for T.M.
  std::string func_value(const Func* f, ast::Expr* recv_expr, Selection* sel,
                         const Signature* value_sig = nullptr);
  std::string is_nil(const std::string& v, Type* t);
  // Evaluates operands in Go's order: effectful ones before an await are hoisted
  // into temporaries so that C++'s unspecified argument order cannot reorder calls.
  std::vector<std::string> operands(const std::vector<ast::Expr*>& es,
                                    const std::vector<Type*>& targets);
  bool has_call(ast::Expr* e);
  bool has_await(ast::Expr* e);
  std::string hoist(const std::string& value, Type* t);      // emits `T tN = value;`
  std::string list_value(const std::string& text, Type* t);  // Slice/Map ::from({...}) literal

  // ---- calls and builtins (call.cpp, builtins.cpp)
  std::string call(ast::CallExpr* e, bool stmt_level = false);
  bool call_is_async(ast::CallExpr* e);
  std::string conversion(ast::CallExpr* e);
  std::string builtin(ast::CallExpr* e, BuiltinId id);
  std::string builtin_spread(ast::CallExpr* e, BuiltinId id);
  std::vector<std::string> call_args(ast::CallExpr* e, const Signature* sig);
  const Func* called_func(ast::CallExpr* e, Selection** sel);
  Type* method_holder(Type* recv, const Selection& sel);
  std::string method_receiver(ast::SelectorExpr* e, const Selection& sel, const Func* m);
  std::string method_expr_call(const std::string& recv, Type* recv_t, const Selection& sel,
                               const Func* f, const std::string& args);

  // ---- statements (stmt.cpp, control.cpp)
  void stmts(std::span<ast::Stmt*> ss);
  void stmt(ast::Stmt* s);
  void stmt_inner(ast::Stmt* s);
  void block(ast::BlockStmt* b);
  void assign(ast::AssignStmt* s);
  bool mentions_any(std::span<ast::Expr*> exprs, std::span<ast::Expr*> names);
  void define(ast::AssignStmt* s);
  void op_assign(ast::AssignStmt* s);
  std::string fixed_lvalue(ast::Expr* l);
  void decl_stmt(ast::DeclStmt* s);
  std::vector<std::pair<std::string, Type*>> unpack(ast::Expr* e);
  void var_decl(std::span<ast::Ident*> names, ast::Expr* type, std::span<ast::Expr*> values);
  void declare_var(const Var* v, const std::string& init);
  void return_stmt(ast::ReturnStmt* s);
  void branch(ast::BranchStmt* s);
  void if_stmt(ast::IfStmt* s);
  void loop_body(ast::Stmt* loop, ast::BlockStmt* body, const std::string& brk,
                 const std::string& cont);
  std::string capture(const std::function<void()>& emit);
  void for_stmt(ast::ForStmt* s, const std::string& label);
  void range_stmt(ast::RangeStmt* s, const std::string& label);
  void switch_stmt(ast::SwitchStmt* s, const std::string& label);
  void type_switch(ast::SwitchStmt* s, const std::string& label);
  void select_stmt(ast::SelectStmt* s, const std::string& label);
  void go_stmt(ast::GoStmt* s);
  void defer_stmt(ast::DeferStmt* s);
  // Expressions already evaluated into temporaries (deferred builtins' operands).
  std::unordered_map<const ast::Expr*, std::string> expr_override_;
  bool stable_operand(ast::Expr* e);
  std::string deferred_closure(ast::CallExpr* call, bool* async, std::string* tag);
  void line(const std::string& text);  // one line of the current body
  void line_directive(Pos pos);

  // ---- functions and program (func.cpp, program.cpp)
  void emit_func(const Func* f);
  std::string func_body(ast::FuncType* type, ast::BlockStmt* body, Signature* sig, bool coroutine,
                        const Func* f, ast::FuncLit* lit, const std::string& recv_name,
                        const Var* recv);
  std::string signature_params(const Signature* sig, ast::FuncType* type, bool for_lambda,
                               std::vector<std::pair<const Var*, std::string>>* heap_params);
  std::string recover_tag_of(const Func* f, ast::FuncLit* lit);
  std::string recover_id(const std::string& tag);
  std::string heap_param_in(const std::string& name);
  std::string recover_id_or_empty(const std::string& tag);
  std::string make_func(const std::string& id, const std::string& lambda);
  std::string imethod_recover_id(const std::string& recv, Type* iface, const Func* m);
  std::string imethod_ref(const std::string& recv, Type* iface, const Func* m);
  bool emit_package_init(Package* pkg);  // true if initialization blocks
  void emit_globals(Package* pkg);

  void error(Pos pos, const std::string& msg);

  Program& prog_;
  Info& info_;
  const Analysis& an_;
  const Options& opts_;
  base::Diagnostics& diags_;

  // Output per package.
  std::map<const Package*, PkgOut> outs_;
  PkgOut& cur() { return outs_[pkg_]; }
  std::map<std::string, TypeDef> typedefs_;   // key -> definition
  void note_typedef(const std::string& key);  // the current package uses this definition
  void emit_typedef(const std::string& key, PkgOut& po);
  const Package* desc_owner(Type* t);
  std::string desc_name(Type* t);
  std::string desc_definition(const std::string& name, Type* t, bool shared);
  void emit_owned_descriptors(Package* pkg);

  // Worklist of functions.
  std::deque<const Func*> queue_;
  std::unordered_set<const Func*> requested_;
  // Type bookkeeping.
  std::unordered_map<std::string, std::string> struct_names_;  // key -> C++ name (unnamed structs)
  std::unordered_map<std::string, std::string> iface_names_;
  std::unordered_set<const Named*> named_defined_;
  std::unordered_set<const Named*> wrapped_named_;  // recursive `type T []T`: a struct, not a using
  std::unordered_map<const TypeName*, std::string> local_type_names_;
  std::unordered_map<const Package*, std::unordered_set<std::string>> local_type_names_taken_;
  std::unordered_map<const ast::FuncLit*, std::string> lit_tags_;
  std::unordered_map<const Func*, std::string> func_tags_;
  std::unordered_map<const Package*, std::unordered_set<std::string>> package_names_;
  const std::unordered_set<std::string>& package_names(const Package* pkg);
  std::unordered_map<const Func*, std::string> init_names_;

  // Current function.
  FuncState* fn_ = nullptr;
  std::string* out_ = nullptr;  // the body being written
  int indent_ = 0;
  Package* pkg_ = nullptr;  // the package being lowered
};

}  // namespace gocxx::lower

#endif  // GOCXX_LOWER_EMITTER_H_
