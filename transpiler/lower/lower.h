// This file implements the public entry point of the lowering (package
// gocxx::lower): a checked and analyzed program becomes one C++20
// translation unit written against the gocxx runtime (docs/design/values.md
// for the value model, docs/design/blocking.md for coroutines).

#ifndef GOCXX_LOWER_LOWER_H_
#define GOCXX_LOWER_LOWER_H_

#include <string>
#include <vector>

#include "analyze/analysis.h"
#include "base/diagnostics.h"
#include "check/check.h"

namespace gocxx::lower {

struct Options {
  bool line_directives = true;  // #line directives mapping C++ back to Go lines
  std::string std_root;         // runtime/std, for the C++ bodies of //gocxx:extern functions
  std::string output_name = "gocxx-generated.cpp";  // for #line after the Go code
};

// One Go package's C++: a header (types, prototypes, variables, extern
// bodies) and a source (function bodies, descriptors, initialization).
struct Unit {
  std::string path;    // Go import path ("fmt", "main")
  std::string name;    // file stem: "fmt", "unicode.utf8", "main"
  std::string header;  // included as "gocxx_pkg/<name>.h"
  std::string source;
  std::vector<std::string> imports;  // names of the units whose headers this one includes
  bool is_std = false;               // a package of the bundled standard library
};

struct Output {
  std::vector<Unit> units;         // imports before importers, main last
  std::string main_source;         // int main(): initialization and main.main
  std::vector<std::string> files;  // every source it was made from (for depfiles)
  // All of it as one self-contained translation unit (gocxx translate), in
  // pieces (each unit's header and source, then main) that format alone:
  // the standard library's pieces repeat from program to program.
  std::vector<std::string> single_tu() const;
  // Only the program's own packages and main, with the standard library's
  // units left as the #include lines that name them (gocxx translate
  // -no-std: what golden C++ files and a reader look at).
  std::vector<std::string> program_text() const;
};

// Lowers the program; problems the lowering cannot handle (an unsupported
// construct) are reported to diags as errors at the Go position.
Output lower_program(check::Program& program, const analyze::Analysis& analysis,
                     const Options& options, base::Diagnostics& diags);

}  // namespace gocxx::lower

#endif  // GOCXX_LOWER_LOWER_H_
