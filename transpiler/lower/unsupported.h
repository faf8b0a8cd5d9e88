// This file declares the checks that run before the lowering: Go the
// checker accepts but gocxx cannot translate yet (package unsafe).

#ifndef GOCXX_LOWER_UNSUPPORTED_H_
#define GOCXX_LOWER_UNSUPPORTED_H_

#include "base/diagnostics.h"
#include "check/check.h"

namespace gocxx::lower {

// Reports each unsupported construct of the program to diags as an error at
// its Go position; true if there was one (the program must not be lowered).
bool report_unsupported(const check::Program& program, base::Diagnostics& diags);

}  // namespace gocxx::lower

#endif  // GOCXX_LOWER_UNSUPPORTED_H_
