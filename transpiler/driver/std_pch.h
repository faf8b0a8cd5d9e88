// This file declares the precompiled standard-library headers of `gocxx
// build`: a program's own packages include the headers of the standard
// packages they import (fmt.h, time.h, io.h, ... about 200 KB of C++ for a
// fmt+time program), and parsing them is most of the time an edited program
// takes to compile. A precompiled header holding the runtime and a set of
// standard-library headers serves every program that agrees with it:
//   - each of its headers the program has too is byte-identical (a header's
//     text can depend on the program, e.g. whether an interface method is a
//     coroutine), since the program's copy is skipped by the include guard;
//   - each guarded block (`#ifndef GOCXX_DEF_x` types and `GOCXX_DESC_x`
//     descriptors shared between packages) that also appears in one of the
//     program's headers has the same text, for the same reason.
// Its other headers only declare what the program never names.

#ifndef GOCXX_DRIVER_STD_PCH_H_
#define GOCXX_DRIVER_STD_PCH_H_

#include <cstdint>
#include <string>
#include <vector>

namespace gocxx::driver {

struct UnitHeader {
  std::string name;  // "fmt", "unicode.utf8", "main": included as "gocxx_pkg/<name>.h"
  std::string text;
  bool is_std = false;
};

// The -include flag of the precompiled header, in the prebuilt cache or in
// $GOCXXCACHE, that agrees with the program whose headers are `headers` and
// covers the most of its standard-library headers; "" when none does.
std::string find_std_pch(const std::vector<UnitHeader>& headers, uint64_t env_key);

// Precompiles the runtime and the standard-library headers among `headers`
// (closed under their includes) into $GOCXXCACHE/pch-std/ENV/KEY, where
// find_std_pch looks; `compile` is the compiler and flags, `include` the
// runtime's include directory. Used when GOCXX_STD_PCH is set, as the
// prebuild of build/std-cache does.
void build_std_pch(const std::vector<UnitHeader>& headers, uint64_t env_key,
                   const std::string& compile, const std::string& include, bool print_commands);

}  // namespace gocxx::driver

#endif  // GOCXX_DRIVER_STD_PCH_H_
