// Unit tests of callee_of (callee.h): every way a Go call names its function.

#include "check/callee.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "check/check.h"
#include "parse/visit.h"

namespace gocxx::check {
namespace {

const char* kind_name(Callee::Kind k) {
  switch (k) {
    case Callee::Kind::Dynamic:
      return "dynamic";
    case Callee::Kind::Func:
      return "func";
    case Callee::Kind::Method:
      return "method";
    case Callee::Kind::InterfaceMethod:
      return "interface method";
  }
  return "?";
}

// Each call in main's body, keyed by the text of its line's trailing comment
// (`// key`), mapped to "kind name" of its callee.
std::map<std::string, std::string> callees(const char* src) {
  base::SourceManager sources;
  base::Diagnostics diags{sources};
  const base::SourceFile* f = sources.add_buffer("t.go", src);
  const base::SourceFile* files[] = {f};
  std::unique_ptr<Program> prog = check_files(files, Config{}, sources, diags);
  EXPECT_TRUE(diags.messages().empty()) << diags.messages().front();
  std::map<std::string, std::string> out;
  std::string text(src);
  for (ast::File* file : prog->main->files) {
    ast::walk(file, [&](ast::Node* n) {
      const ast::Expr* fun = nullptr;
      if (auto* call = ast::dyn_cast<ast::CallExpr>(n)) fun = call->fun;
      if (auto* as = ast::dyn_cast<ast::AssignStmt>(n); as && as->rhs.size() == 1)
        fun = as->rhs[0];  // a method value not in call position
      if (fun == nullptr) return true;
      size_t off = f->offset_of(ast::start_pos(n));
      size_t eol = text.find('\n', off);
      size_t slash = text.rfind("// ", eol);
      if (slash == std::string::npos || slash < off) return true;
      Callee c = callee_of(prog->info, fun);
      std::string v = kind_name(c.kind);
      if (c.func != nullptr) v.append(" ").append(c.func->name);
      if (c.static_func() != nullptr) v.append(" static");
      out[text.substr(slash + 3, eol - slash - 3)] = v;
      return true;
    });
  }
  return out;
}

TEST(Callee, EveryWayACallNamesItsFunction) {
  auto got = callees(R"(package main
type I interface{ M() }
type T struct{ fn func() }
func (T) M() {}
func (*T) P() {}
type S struct{ I }
func F() {}
func main() {
	var t T
	var i I = t
	s := S{t}
	v := F
	F() // func
	t.M() // method value
	t.P() // pointer method
	T.M(t) // method expression
	(*T).P(&t) // pointer method expression
	i.M() // interface
	I.M(i) // interface method expression
	s.M() // promoted from embedded interface
	s.I.M() // through the embedded field
	t.fn() // field
	v() // variable
	func() {}() // literal
	_ = len("x") // builtin
	_ = int(3) // conversion
	g := t.M // method value not called
	g()
}
)");
  std::map<std::string, std::string> want = {
      {"func", "func F static"},
      {"method value", "method M static"},
      {"pointer method", "method P static"},
      {"method expression", "method M static"},
      {"pointer method expression", "method P static"},
      {"interface", "interface method M"},
      {"interface method expression", "interface method M"},
      {"promoted from embedded interface", "interface method M"},
      {"through the embedded field", "interface method M"},
      {"field", "dynamic"},
      {"variable", "dynamic"},
      {"literal", "dynamic"},
      {"builtin", "dynamic"},
      {"conversion", "dynamic"},
      {"method value not called", "method M static"},
  };
  EXPECT_EQ(got, want);
}

}  // namespace
}  // namespace gocxx::check
