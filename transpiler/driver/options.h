// This file declares the flags shared by `gocxx translate`, `build` and
// `run`, spelled as the go command spells its own (-o, -work, -x) plus
// gocxx's (-no-line, -depfile).

#ifndef GOCXX_DRIVER_OPTIONS_H_
#define GOCXX_DRIVER_OPTIONS_H_

#include <string>
#include <vector>

namespace gocxx::driver {

struct BuildOptions {
  std::string output;                 // -o FILE
  std::string depfile;                // -depfile FILE: Make-style dependencies of the output
  bool line_directives = true;        // -no-line turns #line directives off
  bool keep_work = false;             // -work: print and keep the directory of generated C++
  bool print_commands = false;        // -x: print the compiler commands
  bool no_std = false;                // translate -no-std: only the program's own packages
  std::string outdir;                 // translate -outdir DIR: one file per unit (outdir.h)
  bool list_outputs = false;          // translate -list-outputs: with -outdir, only the list
  std::vector<std::string> tags;      // -tags a,b: build tags that hold
  std::vector<std::string> inputs;    // .go files of package main, or one directory
  std::vector<std::string> run_args;  // run: the program's own arguments
};

// Parses args into opts. For `run` (stop_after_inputs), arguments after the
// Go files (or the directory) belong to the program. Prints a usage error
// and returns false on a bad flag.
bool parse_build_flags(const std::string& command, const std::vector<std::string>& args,
                       bool allow_output, bool stop_after_inputs, BuildOptions* opts);

// The tags of a -tags value: comma-separated (or space-separated, the old
// form), as the go command splits them.
std::vector<std::string> split_tags(const std::string& value);

// Writes "target: dep dep ..." (spaces escaped as Make and Ninja read them).
bool write_depfile(const std::string& path, const std::string& target,
                   const std::vector<std::string>& deps);

}  // namespace gocxx::driver

#endif  // GOCXX_DRIVER_OPTIONS_H_
