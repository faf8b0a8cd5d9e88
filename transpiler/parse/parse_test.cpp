// This file implements the parser tests on valid input: ast::dump golden
// output for each group of constructs (the whole grammar, generics and the
// `go { }` extension included), positions following gc's conventions,
// start_pos, the short-form printer and the casting helpers.

#include <gtest/gtest.h>

#include <string>

#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "parse/dump.h"
#include "parse/parser.h"
#include "parse/print.h"
#include "parse/visit.h"

namespace gocxx::parse {
namespace {

// Parses src (which must be free of errors) and returns its dump.
std::string dump_of(const std::string& src, bool positions = false) {
  base::SourceManager sm;
  base::Diagnostics diags(sm);
  ast::Arena arena;
  ast::File* f = parse_file(*sm.add_buffer("t.go", src), diags, arena);
  EXPECT_EQ(diags.messages(), std::vector<std::string>{}) << src;
  ast::DumpOptions options;
  if (positions) options.positions = &sm;
  return ast::dump(f, options);
}

// Parses `package p; var _ = <expr>` and returns the expression.
struct ExprFixture {
  base::SourceManager sm;
  base::Diagnostics diags{sm};
  ast::Arena arena;
  ast::Expr* parse(const std::string& expr) {
    ast::File* f = parse_file(*sm.add_buffer("t.go", "package p; var _ = " + expr), diags, arena);
    EXPECT_FALSE(diags.has_errors()) << expr;
    auto* d = ast::cast<ast::GenDecl>(f->decls[0]);
    return ast::cast<ast::ValueSpec>(d->specs[0])->values[0];
  }
  std::string col(base::Pos p) { return std::to_string(sm.location(p).column - 19); }
};

TEST(Parse, Imports) {
  EXPECT_EQ(
      dump_of("package p\n\nimport \"fmt\"\nimport (\n\tf \"fmt\"\n\t. \"os\"\n\t_ \"io\"\n)\n"),
      "File\n"
      "  package: Ident p\n"
      "  decls:\n"
      "    GenDecl import\n"
      "      specs:\n"
      "        ImportSpec\n"
      "          path: BasicLit StringLit \"fmt\"\n"
      "    GenDecl import\n"
      "      specs:\n"
      "        ImportSpec\n"
      "          name: Ident f\n"
      "          path: BasicLit StringLit \"fmt\"\n"
      "        ImportSpec\n"
      "          name: Ident .\n"
      "          path: BasicLit StringLit \"os\"\n"
      "        ImportSpec\n"
      "          name: Ident _\n"
      "          path: BasicLit StringLit \"io\"\n");
}

TEST(Parse, ConstIota) {
  EXPECT_EQ(dump_of("package p\n\nconst (\n\tA T = iota\n\tB\n\tC, D = 1, \"x\"\n)\n"),
            "File\n"
            "  package: Ident p\n"
            "  decls:\n"
            "    GenDecl const\n"
            "      specs:\n"
            "        ValueSpec index=0\n"
            "          names:\n"
            "            Ident A\n"
            "          type: Ident T\n"
            "          values:\n"
            "            Ident iota\n"
            "        ValueSpec index=1\n"
            "          names:\n"
            "            Ident B\n"
            "        ValueSpec index=2\n"
            "          names:\n"
            "            Ident C\n"
            "            Ident D\n"
            "          values:\n"
            "            BasicLit IntLit 1\n"
            "            BasicLit StringLit \"x\"\n");
}

TEST(Parse, TypeDecls) {
  EXPECT_EQ(dump_of("package p\n\ntype (\n\tS struct {\n\t\ta, b int\n\t\t*T "
                    "`json:\"t\"`\n\t\tpkg.U\n\t}\n\tI interface {\n\t\tm(int) "
                    "error\n\t\tfmt.Stringer\n\t}\n\tA = map[string][]*int\n\tN [4]byte\n)\n"),
            "File\n"
            "  package: Ident p\n"
            "  decls:\n"
            "    GenDecl type\n"
            "      specs:\n"
            "        TypeSpec\n"
            "          name: Ident S\n"
            "          type: StructType\n"
            "            fields:\n"
            "              Field\n"
            "                name: Ident a\n"
            "                type: Ident int\n"
            "              Field\n"
            "                name: Ident b\n"
            "                type: Ident int\n"
            "              Field\n"
            "                type: StarExpr\n"
            "                  x: Ident T\n"
            "                tag: BasicLit StringLit `json:\"t\"`\n"
            "              Field\n"
            "                type: SelectorExpr\n"
            "                  x: Ident pkg\n"
            "                  sel: Ident U\n"
            "        TypeSpec\n"
            "          name: Ident I\n"
            "          type: InterfaceType\n"
            "            methods:\n"
            "              Field\n"
            "                name: Ident m\n"
            "                type: FuncType\n"
            "                  params:\n"
            "                    Field\n"
            "                      type: Ident int\n"
            "                  results:\n"
            "                    Field\n"
            "                      type: Ident error\n"
            "              Field\n"
            "                type: SelectorExpr\n"
            "                  x: Ident fmt\n"
            "                  sel: Ident Stringer\n"
            "        TypeSpec alias\n"
            "          name: Ident A\n"
            "          type: MapType\n"
            "            key: Ident string\n"
            "            value: SliceType\n"
            "              elem: StarExpr\n"
            "                x: Ident int\n"
            "        TypeSpec\n"
            "          name: Ident N\n"
            "          type: ArrayType\n"
            "            len: BasicLit IntLit 4\n"
            "            elem: Ident byte\n");
}

TEST(Parse, Generics) {
  EXPECT_EQ(dump_of("package p\n\ntype List[T any] struct{ next *List[T] }\ntype Number interface "
                    "{\n\t~int | ~float64\n}\ntype A[N] int\nfunc Map[S ~[]E, E any](s S) S { "
                    "return Sum[int, E](s) }\n"),
            "File\n"
            "  package: Ident p\n"
            "  decls:\n"
            "    GenDecl type\n"
            "      specs:\n"
            "        TypeSpec\n"
            "          name: Ident List\n"
            "          type_params:\n"
            "            Field\n"
            "              name: Ident T\n"
            "              type: Ident any\n"
            "          type: StructType\n"
            "            fields:\n"
            "              Field\n"
            "                name: Ident next\n"
            "                type: StarExpr\n"
            "                  x: IndexExpr\n"
            "                    x: Ident List\n"
            "                    indices:\n"
            "                      Ident T\n"
            "    GenDecl type\n"
            "      specs:\n"
            "        TypeSpec\n"
            "          name: Ident Number\n"
            "          type: InterfaceType\n"
            "            methods:\n"
            "              Field\n"
            "                type: BinaryExpr |\n"
            "                  x: UnaryExpr ~\n"
            "                    x: Ident int\n"
            "                  y: UnaryExpr ~\n"
            "                    x: Ident float64\n"
            "    GenDecl type\n"
            "      specs:\n"
            "        TypeSpec\n"
            "          name: Ident A\n"
            "          type: ArrayType\n"
            "            len: Ident N\n"
            "            elem: Ident int\n"
            "    FuncDecl\n"
            "      name: Ident Map\n"
            "      type_params:\n"
            "        Field\n"
            "          name: Ident S\n"
            "          type: UnaryExpr ~\n"
            "            x: SliceType\n"
            "              elem: Ident E\n"
            "        Field\n"
            "          name: Ident E\n"
            "          type: Ident any\n"
            "      type: FuncType\n"
            "        params:\n"
            "          Field\n"
            "            name: Ident s\n"
            "            type: Ident S\n"
            "        results:\n"
            "          Field\n"
            "            type: Ident S\n"
            "      body: BlockStmt\n"
            "        stmts:\n"
            "          ReturnStmt\n"
            "            results:\n"
            "              CallExpr\n"
            "                fun: IndexExpr\n"
            "                  x: Ident Sum\n"
            "                  indices:\n"
            "                    Ident int\n"
            "                    Ident E\n"
            "                args:\n"
            "                  Ident s\n");
}

TEST(Parse, Methods) {
  EXPECT_EQ(
      dump_of("package p\n\nfunc (r *T) M(a ...int) (x, y int, err error)\nfunc (T) N() {}\n"),
      "File\n"
      "  package: Ident p\n"
      "  decls:\n"
      "    FuncDecl\n"
      "      recv: Field\n"
      "        name: Ident r\n"
      "        type: StarExpr\n"
      "          x: Ident T\n"
      "      name: Ident M\n"
      "      type: FuncType\n"
      "        params:\n"
      "          Field\n"
      "            name: Ident a\n"
      "            type: DotsType\n"
      "              elem: Ident int\n"
      "        results:\n"
      "          Field\n"
      "            name: Ident x\n"
      "            type: Ident int\n"
      "          Field\n"
      "            name: Ident y\n"
      "            type: Ident int\n"
      "          Field\n"
      "            name: Ident err\n"
      "            type: Ident error\n"
      "    FuncDecl\n"
      "      recv: Field\n"
      "        type: Ident T\n"
      "      name: Ident N\n"
      "      type: FuncType\n"
      "      body: BlockStmt\n");
}

TEST(Parse, IfElse) {
  EXPECT_EQ(
      dump_of(
          "package p\n\nfunc f() {\n\tif x := g(); x > 0 {\n\t} else if y {\n\t} else {\n\t}\n}\n"),
      "File\n"
      "  package: Ident p\n"
      "  decls:\n"
      "    FuncDecl\n"
      "      name: Ident f\n"
      "      type: FuncType\n"
      "      body: BlockStmt\n"
      "        stmts:\n"
      "          IfStmt\n"
      "            init: AssignStmt :=\n"
      "              lhs:\n"
      "                Ident x\n"
      "              rhs:\n"
      "                CallExpr\n"
      "                  fun: Ident g\n"
      "            cond: BinaryExpr >\n"
      "              x: Ident x\n"
      "              y: BasicLit IntLit 0\n"
      "            then: BlockStmt\n"
      "            else: IfStmt\n"
      "              cond: Ident y\n"
      "              then: BlockStmt\n"
      "              else: BlockStmt\n");
}

TEST(Parse, ForForms) {
  EXPECT_EQ(dump_of("package p\n\nfunc f() {\n\tfor i := 0; i < n; i++ {\n\t}\n\tfor x "
                    "{\n\t}\n\tfor {\n\t\tbreak\n\t}\n\tfor k, v := range m {\n\t}\n\tfor range ch "
                    "{\n\t}\n\tfor a[0] = range s {\n\t}\n}\n"),
            "File\n"
            "  package: Ident p\n"
            "  decls:\n"
            "    FuncDecl\n"
            "      name: Ident f\n"
            "      type: FuncType\n"
            "      body: BlockStmt\n"
            "        stmts:\n"
            "          ForStmt\n"
            "            init: AssignStmt :=\n"
            "              lhs:\n"
            "                Ident i\n"
            "              rhs:\n"
            "                BasicLit IntLit 0\n"
            "            cond: BinaryExpr <\n"
            "              x: Ident i\n"
            "              y: Ident n\n"
            "            post: IncDecStmt ++\n"
            "              x: Ident i\n"
            "            body: BlockStmt\n"
            "          ForStmt\n"
            "            cond: Ident x\n"
            "            body: BlockStmt\n"
            "          ForStmt\n"
            "            body: BlockStmt\n"
            "              stmts:\n"
            "                BranchStmt break\n"
            "          RangeStmt :=\n"
            "            lhs:\n"
            "              Ident k\n"
            "              Ident v\n"
            "            x: Ident m\n"
            "            body: BlockStmt\n"
            "          RangeStmt\n"
            "            x: Ident ch\n"
            "            body: BlockStmt\n"
            "          RangeStmt =\n"
            "            lhs:\n"
            "              IndexExpr\n"
            "                x: Ident a\n"
            "                indices:\n"
            "                  BasicLit IntLit 0\n"
            "            x: Ident s\n"
            "            body: BlockStmt\n");
}

TEST(Parse, Switches) {
  EXPECT_EQ(
      dump_of("package p\n\nfunc f() {\n\tswitch x := v.(type) {\n\tcase int, "
              "string:\n\t\tbreak\n\tdefault:\n\t}\n\tswitch y := 1; y {\n\tcase 1:\n\t}\n}\n"),
      "File\n"
      "  package: Ident p\n"
      "  decls:\n"
      "    FuncDecl\n"
      "      name: Ident f\n"
      "      type: FuncType\n"
      "      body: BlockStmt\n"
      "        stmts:\n"
      "          SwitchStmt\n"
      "            tag: TypeSwitchGuard\n"
      "              lhs: Ident x\n"
      "              x: Ident v\n"
      "            body:\n"
      "              CaseClause\n"
      "                list:\n"
      "                  Ident int\n"
      "                  Ident string\n"
      "                body:\n"
      "                  BranchStmt break\n"
      "              CaseClause default\n"
      "          SwitchStmt\n"
      "            init: AssignStmt :=\n"
      "              lhs:\n"
      "                Ident y\n"
      "              rhs:\n"
      "                BasicLit IntLit 1\n"
      "            tag: Ident y\n"
      "            body:\n"
      "              CaseClause\n"
      "                list:\n"
      "                  BasicLit IntLit 1\n");
}

TEST(Parse, Select) {
  EXPECT_EQ(dump_of("package p\n\nfunc f() {\n\tselect {\n\tcase ch <- 1:\n\tcase v, ok := "
                    "<-ch:\n\tcase <-done:\n\tdefault:\n\t}\n}\n"),
            "File\n"
            "  package: Ident p\n"
            "  decls:\n"
            "    FuncDecl\n"
            "      name: Ident f\n"
            "      type: FuncType\n"
            "      body: BlockStmt\n"
            "        stmts:\n"
            "          SelectStmt\n"
            "            body:\n"
            "              CommClause\n"
            "                comm: SendStmt\n"
            "                  chan: Ident ch\n"
            "                  value: BasicLit IntLit 1\n"
            "              CommClause\n"
            "                comm: AssignStmt :=\n"
            "                  lhs:\n"
            "                    Ident v\n"
            "                    Ident ok\n"
            "                  rhs:\n"
            "                    UnaryExpr <-\n"
            "                      x: Ident ch\n"
            "              CommClause\n"
            "                comm: ExprStmt\n"
            "                  x: UnaryExpr <-\n"
            "                    x: Ident done\n"
            "              CommClause default\n");
}

TEST(Parse, SimpleStmts) {
  EXPECT_EQ(dump_of("package p\n\nfunc f() {\nL:\n\tx, y = y, x\n\tx += 2\n\tx--\n\tch <- v\n\tgo "
                    "g(1)\n\tdefer h()\n\tgoto L\n\treturn 1, nil\n}\n"),
            "File\n"
            "  package: Ident p\n"
            "  decls:\n"
            "    FuncDecl\n"
            "      name: Ident f\n"
            "      type: FuncType\n"
            "      body: BlockStmt\n"
            "        stmts:\n"
            "          LabeledStmt\n"
            "            label: Ident L\n"
            "            stmt: AssignStmt =\n"
            "              lhs:\n"
            "                Ident x\n"
            "                Ident y\n"
            "              rhs:\n"
            "                Ident y\n"
            "                Ident x\n"
            "          AssignStmt +=\n"
            "            lhs:\n"
            "              Ident x\n"
            "            rhs:\n"
            "              BasicLit IntLit 2\n"
            "          IncDecStmt --\n"
            "            x: Ident x\n"
            "          SendStmt\n"
            "            chan: Ident ch\n"
            "            value: Ident v\n"
            "          GoStmt\n"
            "            call: CallExpr\n"
            "              fun: Ident g\n"
            "              args:\n"
            "                BasicLit IntLit 1\n"
            "          DeferStmt\n"
            "            call: CallExpr\n"
            "              fun: Ident h\n"
            "          BranchStmt goto\n"
            "            label: Ident L\n"
            "          ReturnStmt\n"
            "            results:\n"
            "              BasicLit IntLit 1\n"
            "              Ident nil\n");
}

TEST(Parse, GoBlock) {
  EXPECT_EQ(dump_of("package p\n\nfunc f() {\n\tgo {\n\t\tg()\n\t}\n}\n"),
            "File\n"
            "  package: Ident p\n"
            "  decls:\n"
            "    FuncDecl\n"
            "      name: Ident f\n"
            "      type: FuncType\n"
            "      body: BlockStmt\n"
            "        stmts:\n"
            "          GoStmt from_block\n"
            "            call: CallExpr\n"
            "              fun: FuncLit\n"
            "                type: FuncType\n"
            "                body: BlockStmt\n"
            "                  stmts:\n"
            "                    ExprStmt\n"
            "                      x: CallExpr\n"
            "                        fun: Ident g\n");
}

TEST(Parse, CompositeVsBlock) {
  EXPECT_EQ(dump_of("package p\n\nfunc f() {\n\tif x == (T{}) {\n\t}\n\tfor _, v := range []int{1} "
                    "{\n\t}\n\tif s.ok {\n\t}\n}\n"),
            "File\n"
            "  package: Ident p\n"
            "  decls:\n"
            "    FuncDecl\n"
            "      name: Ident f\n"
            "      type: FuncType\n"
            "      body: BlockStmt\n"
            "        stmts:\n"
            "          IfStmt\n"
            "            cond: BinaryExpr ==\n"
            "              x: Ident x\n"
            "              y: ParenExpr\n"
            "                x: CompositeLit\n"
            "                  type: Ident T\n"
            "            then: BlockStmt\n"
            "          RangeStmt :=\n"
            "            lhs:\n"
            "              Ident _\n"
            "              Ident v\n"
            "            x: CompositeLit\n"
            "              type: SliceType\n"
            "                elem: Ident int\n"
            "              elts:\n"
            "                BasicLit IntLit 1\n"
            "            body: BlockStmt\n"
            "          IfStmt\n"
            "            cond: SelectorExpr\n"
            "              x: Ident s\n"
            "              sel: Ident ok\n"
            "            then: BlockStmt\n");
}

TEST(Parse, Expressions) {
  EXPECT_EQ(dump_of("package p\n\nvar _ = -a*b + c<<2 == d && !e || <-ch\nvar _ = (*T).m\nvar _ = "
                    "[]byte(\"x\")[1:]\nvar _ = x.(interface{ M() })\nvar _ = &T{}\n"),
            "File\n"
            "  package: Ident p\n"
            "  decls:\n"
            "    GenDecl var\n"
            "      specs:\n"
            "        ValueSpec index=0\n"
            "          names:\n"
            "            Ident _\n"
            "          values:\n"
            "            BinaryExpr ||\n"
            "              x: BinaryExpr &&\n"
            "                x: BinaryExpr ==\n"
            "                  x: BinaryExpr +\n"
            "                    x: BinaryExpr *\n"
            "                      x: UnaryExpr -\n"
            "                        x: Ident a\n"
            "                      y: Ident b\n"
            "                    y: BinaryExpr <<\n"
            "                      x: Ident c\n"
            "                      y: BasicLit IntLit 2\n"
            "                  y: Ident d\n"
            "                y: UnaryExpr !\n"
            "                  x: Ident e\n"
            "              y: UnaryExpr <-\n"
            "                x: Ident ch\n"
            "    GenDecl var\n"
            "      specs:\n"
            "        ValueSpec index=0\n"
            "          names:\n"
            "            Ident _\n"
            "          values:\n"
            "            SelectorExpr\n"
            "              x: ParenExpr\n"
            "                x: StarExpr\n"
            "                  x: Ident T\n"
            "              sel: Ident m\n"
            "    GenDecl var\n"
            "      specs:\n"
            "        ValueSpec index=0\n"
            "          names:\n"
            "            Ident _\n"
            "          values:\n"
            "            SliceExpr\n"
            "              x: CallExpr\n"
            "                fun: SliceType\n"
            "                  elem: Ident byte\n"
            "                args:\n"
            "                  BasicLit StringLit \"x\"\n"
            "              low: BasicLit IntLit 1\n"
            "    GenDecl var\n"
            "      specs:\n"
            "        ValueSpec index=0\n"
            "          names:\n"
            "            Ident _\n"
            "          values:\n"
            "            TypeAssertExpr\n"
            "              x: Ident x\n"
            "              type: InterfaceType\n"
            "                methods:\n"
            "                  Field\n"
            "                    name: Ident M\n"
            "                    type: FuncType\n"
            "    GenDecl var\n"
            "      specs:\n"
            "        ValueSpec index=0\n"
            "          names:\n"
            "            Ident _\n"
            "          values:\n"
            "            UnaryExpr &\n"
            "              x: CompositeLit\n"
            "                type: Ident T\n");
}

TEST(Parse, Directives) {
  EXPECT_EQ(
      dump_of("package p\n\n//go:noinline\n//gocxx:keep\nfunc f() {\n\t//go:ignored\n}\n\n//export "
              "G\nfunc G() {}\n\nvar (\n\t//go:embed x.txt\n\ts string\n)\n"),
      "File\n"
      "  package: Ident p\n"
      "  decls:\n"
      "    FuncDecl\n"
      "      directive: go:noinline\n"
      "      directive: gocxx:keep\n"
      "      name: Ident f\n"
      "      type: FuncType\n"
      "      body: BlockStmt\n"
      "    FuncDecl\n"
      "      directive: export G\n"
      "      name: Ident G\n"
      "      type: FuncType\n"
      "      body: BlockStmt\n"
      "    GenDecl var\n"
      "      specs:\n"
      "        ValueSpec index=0\n"
      "          directive: go:embed x.txt\n"
      "          names:\n"
      "            Ident s\n"
      "          type: Ident string\n");
}

TEST(Parse, PositionsFollowGc) {
  // Binary expressions sit at their operator, calls at "(", selectors at
  // ".", composite literals at "{" (cmd/compile/internal/syntax).
  EXPECT_EQ(dump_of("package p\nvar v = a.b(c) + T{}\n", true),
            "File @1:1\n"
            "  package: Ident p @1:9\n"
            "  decls:\n"
            "    GenDecl var @2:1\n"
            "      specs:\n"
            "        ValueSpec index=0 @2:5\n"
            "          names:\n"
            "            Ident v @2:5\n"
            "          values:\n"
            "            BinaryExpr + @2:16\n"
            "              x: CallExpr @2:12\n"
            "                fun: SelectorExpr @2:10\n"
            "                  x: Ident a @2:9\n"
            "                  sel: Ident b @2:11\n"
            "                args:\n"
            "                  Ident c @2:13\n"
            "              y: CompositeLit @2:19\n"
            "                type: Ident T @2:18\n");
}

TEST(Parse, StartPos) {
  ExprFixture fx;
  // columns are relative to the start of the expression (1-based)
  ast::Expr* e = fx.parse("a.b(c)[1] + *p");
  EXPECT_EQ(fx.col(e->pos), "11");
  EXPECT_EQ(fx.col(ast::start_pos(e)), "1");
  auto* b = ast::cast<ast::BinaryExpr>(e);
  EXPECT_EQ(fx.col(ast::start_pos(b->y)), "13");
  EXPECT_EQ(fx.col(ast::start_pos(fx.parse("T{1}"))), "1");
  // As Go 1.19's syntax.StartPos: a slice expression starts at its "[", a
  // key:value pair at its ":".
  EXPECT_EQ(fx.col(ast::start_pos(fx.parse("s[1:2]"))), "2");
  auto* kv = ast::cast<ast::CompositeLit>(fx.parse("T{k: v}"))->elts[0];
  EXPECT_EQ(fx.col(ast::start_pos(kv)), "4");
}

TEST(Parse, ToStringShortForm) {
  ExprFixture fx;
  const char* same[] = {"a + b*c",  // printed with blanks around every binary operator
                        "f(x, y...)",
                        "x[1:2:3]",
                        "x[:]",
                        "m[k]",
                        "F[int, string]",
                        "x.(T)",
                        "*p",
                        "&x",
                        "<-ch",
                        "-x",
                        "!ok",
                        "^m",
                        "(a)",
                        "a.b.c",
                        "[]int{}",
                        "map[string]int{}",
                        "struct{}{}",
                        "[...]T{}",
                        "chan int(nil)",
                        "(<-chan int)(nil)",
                        "(chan<- int)(nil)",
                        "interface{}(nil)"};
  std::string want[] = {"a + b * c",
                        "f(x, y...)",
                        "x[1:2:3]",
                        "x[:]",
                        "m[k]",
                        "F[int, string]",
                        "x.(T)",
                        "*p",
                        "&x",
                        "<-ch",
                        "-x",
                        "!ok",
                        "^m",
                        "(a)",
                        "a.b.c",
                        "[]int{}",
                        "map[string]int{}",
                        "struct{}{}",
                        "[...]T{}",
                        "chan int(nil)",
                        "(<-chan int)(nil)",
                        "(chan<- int)(nil)",
                        "interface{}(nil)"};
  for (size_t i = 0; i < std::size(same); i++) {
    EXPECT_EQ(ast::to_string(fx.parse(same[i])), want[i]);
  }
  EXPECT_EQ(ast::to_string(fx.parse("[]int{1, 2}")), "[]int{…}");
  EXPECT_EQ(ast::to_string(fx.parse("func(a, b int) (string, error) { return }")),
            "func(a, b int) (string, error) {…}");
  EXPECT_EQ(ast::to_string(fx.parse("func(x ...int) int { }")), "func(x ...int) int {}");
  EXPECT_EQ(ast::to_string(fx.parse("struct{ a, b int; T \"tag\" }{}")),
            "struct{a, b int; T \"tag\"}{}");
  EXPECT_EQ(ast::to_string(fx.parse("interface{ M(int) bool; io.Reader }(nil)")),
            "interface{M(int) bool; io.Reader}(nil)");
  EXPECT_EQ(ast::to_string(fx.parse("(chan (<-chan int))(nil)")), "(chan (<-chan int))(nil)");
}

// A 100k-term chain is a tree 100k levels deep along its left operands; the
// printer and the dumper walk that spine iteratively (these run on the main
// thread's ordinary stack), and the dump keeps its recursive layout.
TEST(Parse, LongChainsPrintIteratively) {
  ExprFixture fx;
  auto chain = [](int n) {
    std::string s = "a";
    for (int i = 0; i < n; i++) s += i % 2 == 0 ? " + b * c" : " - d";
    return s;
  };
  EXPECT_EQ(ast::to_string(fx.parse(chain(100000))), chain(100000));
  // (A dump's indentation grows with the depth: 1,000 terms are enough.)
  std::string dump = ast::dump(fx.parse(chain(1000)));
  std::string head =
      "BinaryExpr -\n"
      "  x: BinaryExpr +\n"
      "    x: BinaryExpr -\n";
  std::string tail =
      "    y: BinaryExpr *\n"
      "      x: Ident b\n"
      "      y: Ident c\n"
      "  y: Ident d\n";
  EXPECT_EQ(dump.substr(0, head.size()), head);
  ASSERT_GT(dump.size(), tail.size());
  EXPECT_EQ(dump.substr(dump.size() - tail.size()), tail);
  EXPECT_NE(dump.find(std::string(2 * 1000, ' ') + "x: Ident a\n"), std::string::npos);
}

// The type parameter list of type T[P *C | ~D | ...] is told from an array
// length by splitting the union's first term: iteratively, at any length.
TEST(Parse, LongUnionConstraint) {
  std::string src = "package p\ntype T[P *C";
  for (int i = 0; i < 100000; i++) src += " | ~D";
  src += "] struct{}\n";
  base::SourceManager sm;
  base::Diagnostics diags(sm);
  ast::Arena arena;
  ast::File* f = parse_file(*sm.add_buffer("t.go", src), diags, arena);
  EXPECT_FALSE(diags.has_errors());
  auto* spec = ast::cast<ast::TypeSpec>(ast::cast<ast::GenDecl>(f->decls[0])->specs[0]);
  ASSERT_EQ(spec->type_params.size(), 1u);
  EXPECT_EQ(ast::to_string(spec->type_params[0]->type).substr(0, 14), "*C | ~D | ~D |");
}

TEST(Parse, CastingHelpers) {
  ExprFixture fx;
  ast::Expr* e = fx.parse("f(1)");
  EXPECT_TRUE(ast::isa<ast::CallExpr>(e));
  EXPECT_TRUE(ast::isa<ast::Expr>(e));
  EXPECT_FALSE(ast::isa<ast::Stmt>(e));
  EXPECT_EQ(ast::dyn_cast<ast::Ident>(e), nullptr);
  EXPECT_EQ(ast::dyn_cast<ast::Ident>(static_cast<ast::Node*>(nullptr)), nullptr);
  auto* call = ast::cast<ast::CallExpr>(e);
  EXPECT_EQ(ast::cast<ast::Ident>(call->fun)->name, "f");
  EXPECT_EQ(ast::kind_name(call->kind), "CallExpr");
  EXPECT_EQ(call->type_info, nullptr);
  EXPECT_EQ(call->const_value, nullptr);
}

TEST(Parse, TreeSharesSourceText) {
  // Identifiers and literals point into the source buffer (no copies).
  base::SourceManager sm;
  base::Diagnostics diags(sm);
  ast::Arena arena;
  const base::SourceFile* file = sm.add_buffer("t.go", "package hello");
  ast::File* f = parse_file(*file, diags, arena);
  EXPECT_EQ(f->package_name->name.data(), file->text().data() + 8);
  EXPECT_EQ(f->source, file);
}

TEST(Parse, WalkVisitsInSourceOrder) {
  ExprFixture fx;
  ast::Expr* e = fx.parse("f(a, func() { b := c }, T{d: e})[g]");
  std::string names;
  ast::walk(e, [&](ast::Node* n) {
    if (auto* id = ast::dyn_cast<ast::Ident>(n)) names += std::string(id->name) + " ";
    return true;
  });
  EXPECT_EQ(names, "f a b c T d e g ");
  // Returning false prunes: skip function literals.
  names.clear();
  ast::walk(e, [&](ast::Node* n) {
    if (auto* id = ast::dyn_cast<ast::Ident>(n)) names += std::string(id->name) + " ";
    return !ast::isa<ast::FuncLit>(n);
  });
  EXPECT_EQ(names, "f a T d e g ");
}

TEST(Parse, ArenaResetReusesMemory) {
  ast::Arena arena;
  auto* a = arena.make<ast::Ident>(base::Pos(1));
  for (int i = 0; i < 10000; i++) arena.make<ast::Ident>(base::Pos(1));
  arena.reset();
  EXPECT_EQ(arena.make<ast::Ident>(base::Pos(2)), a);  // the same memory again
  std::span<int> s = arena.copy(std::vector<int>{1, 2, 3});
  EXPECT_EQ(s.size(), 3u);
  EXPECT_EQ(s[2], 3);
  EXPECT_TRUE(arena.copy(std::vector<int>{}).empty());
}

TEST(Parse, MissingPackageClauseStillGivesAFile) {
  base::SourceManager sm;
  base::Diagnostics diags(sm);
  ast::Arena arena;
  ast::File* f = parse_file(*sm.add_buffer("t.go", "func main() {}"), diags, arena);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->package_name, nullptr);
  EXPECT_TRUE(f->decls.empty());
  EXPECT_EQ(diags.messages(),
            std::vector<std::string>{"t.go:1:1: syntax error: package statement must be first"});
}

}  // namespace
}  // namespace gocxx::parse
