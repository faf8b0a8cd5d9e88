// Unit tests of the checker's recorded facts (the Info that later phases
// read): expression types and constant values, identifier objects,
// selections, initialization order and escape inputs. Error wording is
// covered by the lit suite over testdata/errors.

#include "check/check.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "check/constant/format.h"

namespace gocxx::check {
namespace {

struct Checked {
  base::SourceManager sources;
  base::Diagnostics diags{sources};
  std::unique_ptr<Program> prog;

  explicit Checked(std::string text) {
    const base::SourceFile* f = sources.add_buffer("t.go", std::move(text));
    const base::SourceFile* files[] = {f};
    prog = check_files(files, Config{}, sources, diags);
  }
  std::string errors() const {
    std::string out;
    for (const std::string& m : diags.messages()) out += m + "\n";
    return out;
  }
  Object* lookup(std::string_view name) const { return prog->main->scope->lookup(name); }
  // The type of the first use of identifier `name`.
  std::string use_type(std::string_view name) const {
    for (auto& [id, obj] : prog->info.uses) {
      if (id->name == name) {
        const TypeAndValue* tv = prog->info.type_of(id);
        return tv != nullptr ? type_string(tv->type, prog->main) : "<none>";
      }
    }
    return "<unused>";
  }
};

TEST(Check, GoodProgramHasNoErrors) {
  Checked c(R"(package main
type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
func (r Rect) Area() float64 { return r.W * r.H }
func main() {
	var s Shape = Rect{2, 3}
	ch := make(chan int, 1)
	ch <- 1
	select {
	case v := <-ch:
		_ = v
	default:
	}
	_ = s.Area()
}
)");
  EXPECT_EQ(c.errors(), "");
}

TEST(Check, ConstantsAreExactAndTyped) {
  Checked c(R"(package main
const Big = 1 << 100
const Small = Big >> 98
type Weekday int
const (
	Sunday Weekday = iota
	Monday
)
func main() {}
)");
  ASSERT_EQ(c.errors(), "");
  auto* small = static_cast<Const*>(c.lookup("Small"));
  EXPECT_EQ(constant::to_string(small->val), "4");
  EXPECT_EQ(type_string(small->type), "untyped int");
  auto* monday = static_cast<Const*>(c.lookup("Monday"));
  EXPECT_EQ(constant::to_string(monday->val), "1");
  EXPECT_EQ(type_string(monday->type, c.prog->main), "Weekday");
}

TEST(Check, UntypedOperandsGetTheirContextType) {
  Checked c(R"(package main
func main() {
	var f float64 = 1 + 2
	var i = 'a'
	x := 1 << 3
	_, _, _ = f, i, x
}
)");
  ASSERT_EQ(c.errors(), "");
  EXPECT_EQ(c.use_type("i"), "rune");
  EXPECT_EQ(c.use_type("x"), "int");
  EXPECT_EQ(c.use_type("f"), "float64");
}

TEST(Check, SelectionsRecordPromotedFieldsAndPointerMethods) {
  Checked c(R"(package main
type Base struct{ ID int }
func (b *Base) Touch() { b.ID++ }
type Item struct{ Base; Name string }
func main() {
	var it Item
	it.Touch()
	_ = it.ID
}
)");
  ASSERT_EQ(c.errors(), "");
  int fields = 0, methods = 0;
  for (auto& [sel, s] : c.prog->info.selections) {
    auto* x = ast::dyn_cast<ast::Ident>(sel->x);
    if (x == nullptr || x->name != "it") continue;  // skip b.ID inside Touch
    if (sel->sel->name == "ID") {
      ++fields;
      EXPECT_EQ(s.kind, Selection::Kind::FieldVal);
      EXPECT_EQ(s.index, (std::vector<int>{0, 0}));
    }
    if (sel->sel->name == "Touch") {
      ++methods;
      EXPECT_EQ(s.kind, Selection::Kind::MethodVal);
    }
  }
  EXPECT_EQ(fields, 1);
  EXPECT_EQ(methods, 1);
  // Calling a pointer method on `it` takes its address: it must escape.
  bool found = false;
  for (auto& [id, obj] : c.prog->info.defs) {
    if (id->name == "it") {
      found = true;
      EXPECT_TRUE(static_cast<Var*>(obj)->address_taken);
    }
  }
  EXPECT_TRUE(found);
}

TEST(Check, ClosuresMarkCapturedVariables) {
  Checked c(R"(package main
func main() {
	n := 0
	m := 0
	inc := func() { n++ }
	inc()
	_ = m
}
)");
  ASSERT_EQ(c.errors(), "");
  for (auto& [id, obj] : c.prog->info.defs) {
    if (id->name == "n") {
      EXPECT_TRUE(static_cast<Var*>(obj)->captured);
    }
    if (id->name == "m") {
      EXPECT_FALSE(static_cast<Var*>(obj)->captured);
    }
  }
}

TEST(Check, InitializationOrderFollowsDependencies) {
  Checked c(R"(package main
var a = b + 1
var b = f()
var c = 7
func f() int { return c }
func main() {}
)");
  ASSERT_EQ(c.errors(), "");
  std::vector<std::string> order;
  for (const Initializer& init : c.prog->info.init_order) order.emplace_back(init.lhs[0]->name);
  EXPECT_EQ(order, (std::vector<std::string>{"c", "b", "a"}));
}

TEST(Check, ErrorsUseGcWording) {
  Checked c(R"(package main
func main() {
	var s string = 5
	x := 1
}
)");
  EXPECT_EQ(
      c.errors(),
      "t.go:3:17: cannot use 5 (untyped int constant) as string value in variable declaration\n"
      "t.go:4:2: x declared but not used\n");
}

TEST(Check, GenericsAreRejectedOnce) {
  Checked c(R"(package main
func Map[T any](xs []T) []T { return xs }
func main() { _ = Map([]int{1}) }
)");
  EXPECT_EQ(c.errors(), "t.go:2:6: generics are not supported yet\n");
}

// A chain a op b op c ... is a tree as deep as it is long (the parser
// accepts any length, as gc does). The checker walks its left operands
// iteratively: this runs on the main thread's ordinary stack, with 100k
// terms, and every level gets its final type.
TEST(Check, LongBinaryChainsAreCheckedIteratively) {
  const int n = 100000;
  std::string src = "package main\nvar a, b int\nvar x bool = a == b";
  for (int i = 1; i < n; i++) src += " || a < b";
  src += "\nvar y = a";
  for (int i = 1; i < n; i++) src += " + b";
  src += "\nconst s = \"ab\"";
  for (int i = 1; i < n; i++) src += " + \"ab\"";
  src += "\nfunc main() {}\n";
  Checked c(src);
  ASSERT_EQ(c.errors(), "");
  std::map<std::string, ast::Expr*> rhs;
  for (const Initializer& init : c.prog->info.init_order)
    rhs[std::string(init.lhs[0]->name)] = init.rhs;
  // Every operator on the left spine, and the leftmost operand: the untyped
  // bool results of || and < became bool through the whole chain.
  auto spine_types = [&](ast::Expr* e) {
    std::map<std::string, int> count;
    for (;;) {
      const TypeAndValue* tv = c.prog->info.type_of(e);
      count[tv != nullptr ? type_string(tv->type, c.prog->main) : "<none>"]++;
      auto* b = ast::dyn_cast<ast::BinaryExpr>(e);
      if (b == nullptr) break;
      e = b->x;
    }
    return count;
  };
  EXPECT_EQ(spine_types(rhs["x"]), (std::map<std::string, int>{{"bool", n}, {"int", 1}}));
  EXPECT_EQ(spine_types(rhs["y"]), (std::map<std::string, int>{{"int", n}}));
  auto* s = static_cast<Const*>(c.lookup("s"));
  EXPECT_EQ(constant::string_val(s->val).size(), size_t{2} * n);
}

}  // namespace
}  // namespace gocxx::check
