// This file implements the public entry point of the parser.
//
// parse_file turns one source file into an ast::File, reporting syntax
// errors into the shared Diagnostics with gc's messages and positions
// (cmd/compile/internal/syntax/parser.go is the reference). It always
// returns a whole tree: invalid parts become Bad* nodes.

#ifndef GOCXX_PARSE_PARSER_H_
#define GOCXX_PARSE_PARSER_H_

#include <cstdint>

#include "base/diagnostics.h"
#include "base/source_manager.h"
#include "parse/arena.h"
#include "parse/ast.h"

namespace gocxx::parse {

struct ParseOptions {
  // Reject gocxx's extensions exactly as gc would. Today the only one is
  // the statement `go { stmts }` (meaning `go func() { stmts }()`).
  bool strict = false;
  // Nesting depth (of expressions, types, blocks, ...) beyond which the
  // parser reports "syntax error: nesting too deep" and gives up on the
  // file, so that no input can overflow the stack. The parser also stops
  // early if the thread's stack is close to exhausted.
  uint32_t max_nesting = 10000;
  // Check labels and break/continue/goto/fallthrough in each function body,
  // as gc's parser does ("label L defined and not used", "break is not in
  // a loop, switch, or select", ...).
  bool check_branches = true;
};

// Parses `file`. Nodes are allocated in `arena`, which must outlive them;
// identifiers and literals point into the file's buffer (owned by the
// SourceManager). Never returns null.
ast::File* parse_file(const base::SourceFile& file, base::Diagnostics& diags, ast::Arena& arena,
                      const ParseOptions& options = {});

}  // namespace gocxx::parse

#endif  // GOCXX_PARSE_PARSER_H_
