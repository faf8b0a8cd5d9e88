// This file implements the declaration of Checker, the state of checking
// one package, shared by the files that implement it (one file per concept,
// as go/types: resolver.cpp, decl.cpp, typexpr.cpp, expr.cpp, call.cpp,
// builtins.cpp, assign.cpp, stmt.cpp, ...).

#ifndef GOCXX_CHECK_CHECKER_H_
#define GOCXX_CHECK_CHECKER_H_

#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/diagnostics.h"
#include "check/check.h"
#include "check/info.h"
#include "check/objects.h"
#include "check/operand.h"
#include "check/types.h"
#include "load/resolve.h"
#include "parse/ast.h"

namespace gocxx::check {

class Loader;

// What a call expression is, for go/defer and expression statements
// (types2's exprKind): a conversion, an expression whose value matters, or a
// statement (a function call or a statement-like builtin).
enum class CallKind : uint8_t { Conversion, Expression, Statement };

// What the checker knows about a package-level object's declaration.
struct DeclInfo {
  ast::File* file = nullptr;
  Scope* file_scope = nullptr;
  std::vector<Var*> lhs;       // for `var a, b = f()`: all variables, else empty
  ast::Expr* vtype = nullptr;  // declared type of a const/var
  ast::Expr* init = nullptr;   // initializer of a const/var
  bool inherited = false;      // const spec repeating an earlier spec's values
  ast::TypeSpec* tspec = nullptr;
  ast::FuncDecl* fdecl = nullptr;
  int64_t iota = 0;
  // Package-level objects this declaration refers to (for init order).
  std::set<Object*> deps;
  uint32_t seq = 0;  // declaration order
};

// The context of the expression or statement being checked (types2's
// environment).
struct Env {
  DeclInfo* decl = nullptr;               // package-level declaration being checked
  Scope* scope = nullptr;                 // innermost scope
  Pos pos;                                // statement position for scope lookups
  const constant::Value* iota = nullptr;  // value of iota in a constant declaration
  Signature* sig = nullptr;               // function signature if inside a function
  Scope* func_scope = nullptr;            // outermost scope of the current function
  bool has_label = false;
  bool has_call_or_recv = false;
  // If valid, the name of a constant with an inherited initializer being
  // checked: every error is reported there (types2's errpos).
  Pos errpos;
};

// Statement context flags (types2's stmtContext).
enum StmtContext : uint32_t {
  kBreakOk = 1 << 0,
  kContinueOk = 1 << 1,
  kFallthroughOk = 1 << 2,
  kFinalSwitchCase = 1 << 3,
  kInTypeSwitch = 1 << 4,
};

// Constant case values seen in an expression switch, by exact value: the
// types and positions of the cases with that value.
using CaseValueMap = std::unordered_map<std::string, std::vector<std::pair<Type*, Pos>>>;

struct LookupResult {
  Object* obj = nullptr;
  std::vector<int> index;
  bool indirect = false;
  bool ambiguous = false;  // obj null: the name is ambiguous at the shallowest depth
  // obj null: a method with a pointer receiver was found, but x is neither a
  // pointer nor addressable.
  bool needs_pointer = false;
};

// Finds the field or method `name` of T (types2's lookupFieldOrMethod):
// breadth-first through embedded fields, unexported names only within pkg.
// Method signatures may still be unchecked (Func::type null): the caller
// checks them.
LookupResult lookup_field_or_method(Type* T, bool addressable, const Package* pkg,
                                    std::string_view name, bool fold_case = false);

class Checker {
 public:
  Checker(Program& prog, Package* pkg, base::Diagnostics& diags, const Config& config,
          Loader* loader);
  // Checks the package's files: collects objects, checks declarations,
  // function bodies, initialization order and unused imports.
  void check_package();

  // ---- errors (errors.cpp) ----
  void error(Pos pos, std::string msg);
  void error_at(const ast::Node* n, std::string msg);  // at n's start (types2's syntax.StartPos)
  void errorf_invalid_op(const ast::Node* n, std::string msg);  // "invalid operation: " + msg
  // An error with follow-up lines; report(pos, msg, notes) when the notes may
  // name invalid types (see follow_on_error).
  base::Diagnostics::Builder report(Pos pos, std::string msg);
  void report(Pos pos, std::string msg, const std::vector<std::string>& notes);
  bool follow_on_error(std::string_view msg);
  std::string describe(const Operand& x);  // operandString
  std::string type_str(const Type* t) { return type_string(t, pkg_); }
  std::string expr_str(const ast::Node* n);

  // ---- resolver.cpp ----
  void collect_objects();
  void declare(Scope* scope, ast::Ident* id, Object* obj);
  void declare_pkg_obj(ast::Ident* id, Object* obj, DeclInfo* d);
  void record_def(ast::Ident* id, Object* obj);
  void check_supported(Pos pos, const Object* obj);
  bool mark_unsupported(Object* obj, const ast::Directive& d);
  void record_use(ast::Ident* id, Object* obj);
  void unused_imports();
  std::string pos_string(Pos pos);
  void report_redeclared(Object* obj, Object* alt, std::string_view what);
  DeclInfo* new_decl(ast::File* file, Scope* file_scope);
  void collect_imports(ast::File* file, Scope* file_scope, ast::GenDecl* gd);
  void collect_value_specs(ast::File* file, Scope* file_scope, ast::GenDecl* gd);
  void arity(Pos pos, std::span<ast::Ident*> names, std::span<ast::Expr*> inits, bool const_decl,
             bool inherited);
  void collect_func(ast::File* file, Scope* file_scope, ast::FuncDecl* fd);
  TypeName* receiver_base_type_name(ast::Expr* recv_type);
  void resolve_method_receivers();

  // ---- decl.cpp ----
  void package_objects();
  void obj_decl(Object* obj, Named* def);
  void const_decl(Const* obj, ast::Expr* typ, ast::Expr* init, bool inherited);
  void var_decl(Var* obj, std::vector<Var*>& lhs, ast::Expr* typ, ast::Expr* init);
  void var_decl_types(Var* obj, std::vector<Var*>& lhs, ast::Expr* typ, ast::Expr* init);
  void type_decl(TypeName* obj, ast::TypeSpec* spec, Named* def);
  void func_decl(Func* obj, DeclInfo* d);
  void collect_methods(TypeName* obj);
  void decl_stmt(ast::GenDecl* d);
  void init_order();
  bool find_path(Object* from, Object* to, std::set<Object*>& seen, std::vector<Object*>& path);
  void report_init_cycle(const std::vector<Object*>& cycle);
  bool valid_type(Type* typ, std::vector<Named*>& path);
  void cycle_error(const std::vector<Object*>& cycle);
  bool valid_cycle(Object* obj);
  void init_const(Const* lhs, Operand& x);
  void add_decl_dep(Object* obj);
  void mark_captured(Var* v);
  void valid_recv(Var* recv);

  // ---- typexpr.cpp ----
  Type* resolve_type(ast::Expr* e);
  Type* var_type(ast::Expr* e);
  Type* defined_type(ast::Expr* e, Named* def);
  Type* typ_internal(ast::Expr* e, Named* def);
  void ident(Operand& x, ast::Ident* e, Named* def, bool want_type);
  Signature* func_type(ast::FuncType* ft, ast::Field* recv, Scope* scope);
  Tuple* collect_params(Scope* scope, std::span<ast::Field*> fields, bool variadic_ok,
                        bool* variadic, bool is_result);
  Struct* struct_type(ast::StructType* e, Named* def);
  Interface* interface_type(ast::InterfaceType* e, Named* def);
  void complete_interface(Interface* t, Pos pos);
  int64_t array_length(ast::Expr* e);

  // ---- expr.cpp ----
  void expr(Operand& x, ast::Expr* e);
  void expr_with_hint(Operand& x, ast::Expr* e, Type* hint);
  void expr_or_type(Operand& x, ast::Expr* e, bool allow_generic = false);
  void multi_expr(std::vector<Operand>& list, ast::Expr* e, bool allow_comma_ok);
  void raw_expr(Operand& x, ast::Expr* e, Type* hint, bool allow_generic);
  void record_operand(Operand& x);
  void expr_internal(Operand& x, ast::Expr* e, Type* hint);
  void single_value(Operand& x);
  void exclude(Operand& x, uint32_t modeset);
  void basic_lit(Operand& x, ast::BasicLit* e);
  void func_lit(Operand& x, ast::FuncLit* e);
  void unary(Operand& x, ast::UnaryExpr* e);
  void binary(Operand& x, ast::Expr* e, ast::Expr* lhs, ast::Expr* rhs, scan::TokenKind op,
              Pos op_pos);
  void binary_rhs(Operand& x, ast::Expr* e, ast::Expr* lhs, ast::Expr* rhs, scan::TokenKind op,
                  Pos op_pos);
  void binary_chain(Operand& x, ast::BinaryExpr* e);
  void shift(Operand& x, Operand& y, ast::Expr* e, scan::TokenKind op);
  void comparison(Operand& x, Operand& y, scan::TokenKind op, bool switch_case);
  void match_types(Operand& x, Operand& y);
  bool op_predicate(Operand& x, scan::TokenKind op, bool binary, std::string* why);
  void overflow(Operand& x, Pos op_pos);
  void record_type_and_value(ast::Expr* e, Mode mode, Type* type, const constant::Value& val);
  void remember_untyped(ast::Expr* e, bool is_lhs, Mode mode, Type* type,
                        const constant::Value& val);
  void update_expr_type(ast::Expr* e, Type* t, bool final, ast::Expr* parent = nullptr);
  void update_expr_type_node(ast::Expr* e, Type* t, bool final, bool descend_x, ast::Expr* parent);
  void record_untyped();
  std::string kind_string(Type* t);
  std::string incomparable_cause(Type* t);
  void type_assertion(ast::Expr* e, Operand& x, Interface* iface, Type* T, bool type_switch);

  // ---- convert_untyped.cpp ----
  // Converts an untyped operand to target (types2's implicitTypeAndValue +
  // convertUntyped). Reports an error and invalidates x on failure.
  void convert_untyped(Operand& x, Type* target);
  // Returns the type x becomes in the context of target, or null with
  // *code describing the failure (0: cannot convert, 1: truncated, 2: overflows).
  Type* implicit_type_and_value(Operand& x, Type* target, int* failure);
  void representable(Operand& x, Basic* typ);
  bool representable_value(Operand& x, Basic* typ, constant::Value* rounded, int* failure);
  void invalid_conversion(Operand& x, Type* target, int failure);
  Type* default_type(Type* t);

  // ---- conversion.cpp ----
  void conversion(Operand& x, Type* T);
  bool convertible_to(Operand& x, Type* T, std::string* cause);

  // ---- assign.cpp ----
  // assignment reports whether x can be assigned to a variable of type T in
  // context (e.g. "variable declaration"); it converts untyped x.
  void assignment(Operand& x, Type* T, const std::string& context);
  bool assignable_to(Operand& x, Type* T, std::string* reason);
  void assign_var(ast::Expr* lhs, Operand& x);
  void init_var(Var* lhs, Operand& x, const std::string& context);
  void init_vars(std::vector<Var*>& lhs, std::span<ast::Expr*> orig_rhs, ast::Node* return_stmt);
  void assign_vars(std::span<ast::Expr*> lhs, std::span<ast::Expr*> orig_rhs);
  void short_var_decl(Pos pos, std::span<ast::Expr*> lhs, std::span<ast::Expr*> rhs);
  void assign_error(std::span<ast::Expr*> rhs, size_t nvars, size_t nvals);
  void use_exprs(std::span<ast::Expr*> list);
  void expr_list(std::vector<Operand>& out, std::span<ast::Expr*> elist, bool allow_comma_ok,
                 bool* comma_ok);
  std::string types_summary(const std::vector<Type*>& list, bool variadic);
  Var* lookup_local_var(ast::Expr* lhs);
  void process_delayed(size_t top);

  // ---- call.cpp ----
  void call_expr(Operand& x, ast::CallExpr* call);
  void arguments(ast::CallExpr* call, Signature* sig, std::vector<Operand>& args,
                 ast::Expr* fun_expr, std::span<ast::Expr*> arg_exprs);
  void selector(Operand& x, ast::SelectorExpr* e, Named* def, bool want_type);
  LookupResult lookup(Type* T, bool addressable, const std::string_view& name);
  std::string lookup_error(Type* T, std::string_view sel);

  // ---- builtins.cpp ----
  bool builtin(Operand& x, ast::CallExpr* call, BuiltinId id);

  // ---- index.cpp ----
  void index_expr(Operand& x, ast::IndexExpr* e);
  void slice_expr(Operand& x, ast::SliceExpr* e);
  int64_t index(ast::Expr* e, int64_t max, bool allow_negative, Operand* out);
  bool is_valid_index(Operand& x, const std::string& what, bool allow_negative);

  // ---- complit.cpp ----
  void composite_lit(Operand& x, ast::CompositeLit* e, Type* hint);
  int64_t indexed_elts(std::span<ast::Expr*> elts, Type* elem, int64_t length);

  // ---- stmt.cpp / stmt_switch.cpp ----
  void func_body(DeclInfo* decl, std::string_view name, Signature* sig, ast::BlockStmt* body,
                 Scope* scope);
  void stmt_list(uint32_t ctxt, std::span<ast::Stmt*> list);
  void stmt(uint32_t ctxt, ast::Stmt* s);
  void simple_stmt(ast::Stmt* s);
  void open_scope(ast::Node* n, std::string_view what);
  void close_scope();
  void usage(Scope* scope);
  void switch_stmt(uint32_t ctxt, ast::SwitchStmt* s);
  void type_switch_stmt(uint32_t ctxt, ast::SwitchStmt* s, ast::TypeSwitchGuard* guard);
  void select_stmt(uint32_t ctxt, ast::SelectStmt* s);
  void range_stmt(uint32_t ctxt, ast::RangeStmt* s);
  void case_values(Operand& x, std::span<ast::Expr*> values, CaseValueMap& seen);
  void multiple_defaults(std::span<ast::CaseClause*> body);
  void return_stmt(ast::ReturnStmt* s);
  bool is_terminating(ast::Stmt* s, std::string_view label);
  bool is_terminating_list(std::span<ast::Stmt*> list, std::string_view label);
  void suspended_call(std::string_view keyword, ast::CallExpr* call);

  // ---- lookup.cpp / predicates.cpp helpers bound to this package ----
  // The method of interface T that V lacks (null if none). *alt is V's method
  // of that name with the wrong signature, or the one found only on *V or
  // only with different case (types2's missingMethod).
  Func* missing_method(Type* V, Interface* T, bool is_static, Func** alt);
  bool implements(Type* V, Type* T, std::string* cause);
  std::string missing_method_reason(Type* V, Type* T, Func* m, Func* alt);
  bool assertable_to(Interface* iface, Type* T, Func** missing, Func** alt);

  // ---- state ----
  Program& prog_;
  Package* pkg_;
  base::Diagnostics& diags_;
  bool reported_error_ = false;  // this package has an error (types2's firstErr)
  const Config& config_;
  Loader* loader_;
  TypeTable& types_;
  Info& info_;
  Env env_;
  std::unordered_map<Object*, DeclInfo*> obj_map_;
  std::vector<std::unique_ptr<DeclInfo>> decls_;
  std::vector<Object*> obj_path_;
  std::vector<std::function<void()>> delayed_;
  std::vector<TypeName*> methods_owner_order_;
  std::unordered_map<TypeName*, std::vector<Func*>> methods_;  // collected before types
  std::vector<Scope*> file_scopes_;
  std::vector<PkgName*> imports_;
  std::unordered_map<PkgName*, ast::ImportSpec*> import_specs_;
  std::vector<std::pair<PkgName*, ast::ImportSpec*>> dot_imports_;
  std::vector<Func*> pending_methods_;
  std::vector<Func*> init_funcs_;
  // Types bound to a runtime C++ type by //gocxx:cxxtype: the C++ name.
  std::unordered_map<TypeName*, std::string_view> cxx_types_;
  std::unordered_set<Named*> valid_types_;
  std::unordered_set<Func*> generic_funcs_;               // rejected generic functions and methods
  CallKind call_kind_ = CallKind::Statement;              // kind of the last call checked
  ast::Ident true_ident_{Pos()};                          // the implicit `true` of a tagless switch
  std::unordered_set<const ast::CallExpr*> panic_calls_;  // panic calls in functions with results
  struct UntypedInfo {
    bool is_lhs;
    Mode mode;
    Type* type;
    constant::Value val;
  };
  std::unordered_map<ast::Expr*, UntypedInfo> untyped_;
  std::vector<ast::Expr*> untyped_order_;
  std::unordered_set<Func*> func_checked_;
  uint32_t seq_ = 0;
  std::unordered_set<const ast::Expr*> lhs_vars_;  // identifiers being assigned (not "used")
};

// Loader finds, parses and checks imported packages (loader.cpp).
class Loader {
 public:
  Loader(Program& prog, const Config& config, base::Diagnostics& diags,
         const load::Resolver& resolver)
      : prog_(prog), config_(config), diags_(diags), resolver_(resolver) {}
  // The package at import path `path`, imported by `importer`, loaded and
  // checked on first use; null (after an error at `pos`) if it cannot be
  // found or is internal to another tree. Import cycles are errors.
  Package* import(const std::string& path, Pos pos, const Package* importer);
  // Checks parsed files as the package `path`.
  Package* check_files(const std::string& path, std::vector<ast::File*> files, bool is_std);
  // Makes `pkg` the package at import path `path` (the root package, so
  // that its external tests find it); null marks it as being checked (an
  // import of it is then a cycle).
  void register_package(const std::string& path, Package* pkg);
  // Parses files into *out; false if any has a syntax error (gc then does
  // not type-check the package).
  bool parse_files(const std::vector<std::string>& paths, Pos pos, std::vector<ast::File*>* out);

 private:
  // The import path the go command gives a package (the root's real path
  // for the main package).
  std::string go_path(const Package* pkg) const;
  Program& prog_;
  const Config& config_;
  base::Diagnostics& diags_;
  const load::Resolver& resolver_;
  std::map<std::string, Package*> loaded_;
  std::set<std::string> in_progress_;
};

// Universe setup (universe.cpp).
void init_universe(Program& prog);
Object* universe_lookup(Program& prog, std::string_view name);
// The predeclared `error` type and its Error method.
Named* universe_error(Program& prog);
Interface* universe_any(Program& prog);

// Type predicates (predicates.cpp).
bool identical(const Type* x, const Type* y);
bool identical_ignore_tags(const Type* x, const Type* y);
// Whether T is comparable; if not, *why (when given) gets gc's reason for
// structs and arrays ("struct containing []int cannot be compared").
bool comparable(const Type* T, std::string* why, const Package* local);
bool has_nil(const Type* t);

}  // namespace gocxx::check

#endif  // GOCXX_CHECK_CHECKER_H_
