// This file declares where Go 1.19 would place a type's descriptor in memory. fmt sorts map keys
// of interface type by their dynamic types' *rtype addresses (internal/fmtsort), and Go's
// linker lays descriptors out sorted by symbol size, then by symbol name ("type.main.T"): a
// deterministic order that gocxx's own descriptors (addresses chosen by the C++ linker) lack.
#pragma once

#include <string>

#include "gocxx/value.h"

namespace gocxx {

// The size in bytes of the type's descriptor symbol on linux/amd64 (rtype, the kind's extra
// words, uncommontype with its method table, struct fields and interface methods inline).
uint64_t go_type_symbol_size(const Type* t);
// The descriptor's symbol name without the "type." prefix: the type with package paths.
std::string go_type_symbol_name(const Type* t);
// -1, 0 or 1 as Go's linker puts a's descriptor before, at or after b's.
int compare_type_layout(const Type* a, const Type* b);

}  // namespace gocxx
