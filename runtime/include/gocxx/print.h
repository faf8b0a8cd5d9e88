// This file implements Go's builtin print/println formats (Go: runtime/print.go), used by the
// `print` and `println` builtins (written to stderr) and by panic reports.
//   println(1.5, true, -3, "s")  ->  "+1.500000e+000 true -3 s\n"
#pragma once

#include <complex>
#include <cstdint>
#include <string>

#include "gocxx/value.h"

namespace gocxx {

// Appends the gc print form of a value to out.
void print_to(std::string& out, bool v);
void print_to(std::string& out, int64_t v);
void print_to(std::string& out, uint64_t v);
void print_to(std::string& out, double v);  // "+1.500000e+000", "NaN", "+Inf"
void print_to(std::string& out, std::complex<double> v);
void print_to(std::string& out, String v);
void print_hex(std::string& out, uint64_t v);  // "0x1f"
void print_pointer(std::string& out, const void* p);

// Writes the text to stderr in one write, as the builtins do.
void print_flush(const std::string& s);

// Writes bytes to a file descriptor, unbuffered like Go's os.Stdout/os.Stderr (one write(2),
// retried on EINTR and short writes). Returns false on error.
bool write_fd(int fd, std::string_view bytes);

}  // namespace gocxx
