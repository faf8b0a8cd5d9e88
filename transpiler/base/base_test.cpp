// This file implements the tests of gocxx_base: positions, the source
// manager, diagnostics rendering and the Unicode helpers.

#include <gtest/gtest.h>

#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "base/stack.h"
#include "base/unicode.h"

namespace gocxx::base {
namespace {

TEST(SourceManager, PositionsAreDisjointAcrossFiles) {
  SourceManager sm;
  const SourceFile* a = sm.add_buffer("a.go", "ab\ncd");
  const SourceFile* b = sm.add_buffer("b.go", "x");
  EXPECT_EQ(a->base().raw(), 1u);
  EXPECT_EQ(b->base().raw(), a->base().raw() + a->size() + 1);
  EXPECT_EQ(sm.file_of(a->pos_at(5)), a);  // EOF position belongs to a
  EXPECT_EQ(sm.file_of(b->pos_at(0)), b);
  EXPECT_EQ(sm.file_of(Pos()), nullptr);
  EXPECT_EQ(sm.file_of(Pos(1000)), nullptr);
}

TEST(SourceManager, LineAndColumnCountBytes) {
  SourceManager sm;
  const SourceFile* f = sm.add_buffer("f.go", "package p\n\tvar ä = 1\r\nx");
  Location loc = sm.location(f->pos_at(10));
  EXPECT_EQ(loc.line, 2u);
  EXPECT_EQ(loc.column, 1u);
  loc = sm.location(f->pos_at(17));  // after the two-byte 'ä'
  EXPECT_EQ(loc.line, 2u);
  EXPECT_EQ(loc.column, 8u);
  EXPECT_EQ(f->line_text(2), "\tvar ä = 1");
  EXPECT_EQ(f->line_text(3), "x");
  EXPECT_EQ(f->line_count(), 3u);
}

TEST(SourceManager, MissingFileReportsError) {
  SourceManager sm;
  std::string error;
  // Go prints errno texts in lower case, as gc does for `go build nosuch.go`.
  EXPECT_EQ(sm.add_file("/nonexistent/x.go", &error), nullptr);
  EXPECT_EQ(error, "open /nonexistent/x.go: no such file or directory");
}

TEST(Diagnostics, OnePerLineKeepsFirstAndSorts) {
  SourceManager sm;
  const SourceFile* f = sm.add_buffer("x.go", "aaa\nbbb\nccc\n");
  Diagnostics diags(sm);
  diags.error(f->pos_at(9), "third");
  EXPECT_TRUE(diags.error(f->pos_at(5), "second").kept());
  EXPECT_FALSE(diags.error(f->pos_at(4), "dropped").kept());
  diags.error(f->pos_at(0), "first").note("\thave (number)").note("\twant (int)");
  EXPECT_EQ(diags.error_count(), 3u);
  EXPECT_TRUE(diags.line_has_error(f->pos_at(6)));
  std::vector<std::string> want = {"x.go:1:1: first\n\thave (number)\n\twant (int)",
                                   "x.go:2:2: second", "x.go:3:2: third"};
  EXPECT_EQ(diags.messages(), want);
}

TEST(Diagnostics, RenderWithCaretUnderTabs) {
  SourceManager sm;
  const SourceFile* f = sm.add_buffer("x.go", "package p\n\tx := \"é\" + y\n");
  Diagnostics diags(sm);
  diags.error(f->pos_at(23), "undefined: y");
  EXPECT_EQ(diags.render({}),
            "x.go:2:14: error: undefined: y\n"
            "\tx := \"é\" + y\n"
            "\t           ^\n");
  PrintOptions gc;
  gc.style = PrintOptions::Style::kGc;
  EXPECT_EQ(diags.render(gc), "x.go:2:14: undefined: y\n");
}

TEST(Diagnostics, TooManyErrors) {
  SourceManager sm;
  std::string text;
  for (int i = 0; i < 12; i++) text += "x\n";
  const SourceFile* f = sm.add_buffer("x.go", text);
  Diagnostics diags(sm);
  for (uint32_t i = 0; i < 12; i++)
    diags.error(f->pos_at(2 * i), std::string("e").append(std::to_string(i)));
  PrintOptions gc;
  gc.style = PrintOptions::Style::kGc;
  std::string out = diags.render(gc);
  EXPECT_NE(out.find("x.go:10:1: e9\nx.go:10:1: too many errors\n"), std::string::npos) << out;
  EXPECT_EQ(out.find("e10"), std::string::npos);
  EXPECT_NE(diags.render({}).find("\ntoo many errors\n"), std::string::npos);
}

TEST(Diagnostics, LongLinesAreWindowed) {
  SourceManager sm;
  // (append rather than "..." + std::string: GCC 12 -O3 warns falsely, -Wrestrict)
  std::string text = std::string("var x = ").append(1000, 'a').append("$").append(1000, 'b');
  const SourceFile* f = sm.add_buffer("x.go", text);
  Diagnostics diags(sm);
  diags.error(f->pos_at(1008), "invalid character U+0024 '$'");
  std::string out = diags.render({});
  std::string want_line = std::string("...").append(99, 'a').append("$").append(100, 'b');
  want_line += "...\n";
  EXPECT_NE(out.find(want_line), std::string::npos) << out;
  EXPECT_NE(out.find(std::string("\n").append(102, ' ').append("^\n")), std::string::npos) << out;
}

TEST(Diagnostics, ErrorWithoutPosition) {
  SourceManager sm;
  Diagnostics diags(sm);
  diags.error(Pos(), "no files");
  EXPECT_EQ(diags.render({}), "error: no files\n");
}

TEST(Unicode, DecodeMatchesGo) {
  EXPECT_EQ(decode_rune("a").rune, U'a');
  EXPECT_EQ(decode_rune("\xC3\xA4").rune, U'ä');
  EXPECT_EQ(decode_rune("\xC3\xA4").width, 2u);
  EXPECT_EQ(decode_rune("\xF0\x9F\x98\x80").rune, U'\U0001F600');
  EXPECT_EQ(decode_rune("\xC0\x80").width, 1u);             // overlong
  EXPECT_EQ(decode_rune("\xED\xA0\x80").rune, kRuneError);  // surrogate
  EXPECT_EQ(decode_rune("\xE2\x82").width, 1u);             // truncated
  EXPECT_EQ(decode_rune("").width, 0u);
}

TEST(Unicode, ClassesAndQuoting) {
  EXPECT_TRUE(is_letter(U'é'));
  EXPECT_TRUE(is_letter(U'世'));
  EXPECT_FALSE(is_letter(U'٣'));
  EXPECT_TRUE(is_digit(U'٣'));
  EXPECT_EQ(format_unicode('$'), "U+0024 '$'");
  EXPECT_EQ(format_unicode(0xA0), "U+00A0");
  EXPECT_EQ(format_unicode(0x2318), "U+2318 '⌘'");
  EXPECT_EQ(format_unicode(0xD800), "U+D800");
  EXPECT_EQ(quote_rune('a'), "'a'");
  EXPECT_EQ(quote_rune('\n'), "'\\n'");
  EXPECT_EQ(quote_rune('\''), "'\\''");
  EXPECT_EQ(quote_rune(0), "'\\x00'");
  EXPECT_EQ(quote_rune(0xA0), "'\\u00a0'");
  EXPECT_EQ(quote_string("a\"b\n\xff"), "\"a\\\"b\\n\\xff\"");
}

// Recursion far deeper than an 8 MiB stack allows.
int depth(int n) {
  volatile char pad[512];
  pad[0] = static_cast<char>(n);
  return n == 0 ? pad[0] : 1 + depth(n - 1);
}

TEST(Stack, RunWithLargeStack) {
  int result = 0;
  run_with_stack(kLargeStack, [&] { result = depth(100000); });  // ~60 MiB of frames
  EXPECT_EQ(result, 100000);
}

}  // namespace
}  // namespace gocxx::base
