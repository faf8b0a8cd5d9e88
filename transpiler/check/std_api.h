// This file declares the lookup of Go 1.19's standard-library API: the
// bundled standard library is a subset, and a name it lacks that real Go has
// is reported as not supported by gocxx, not as undefined (which would say
// the program is wrong).

#ifndef GOCXX_CHECK_STD_API_H_
#define GOCXX_CHECK_STD_API_H_

#include <string>
#include <string_view>

namespace gocxx::check {

// Whether Go 1.19's package `path` exports the package-level `name`, after
// <std_root>/go1.19-api.txt (tools/gen-std-api); false when the list is absent.
bool in_go_api(const std::string& std_root, const std::string& path, std::string_view name);

}  // namespace gocxx::check

#endif  // GOCXX_CHECK_STD_API_H_
