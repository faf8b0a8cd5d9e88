// This file implements formatting of the emitted C++ with clang-format's
// library (clang::format::reformat), so that `gocxx translate` output is
// laid out like hand-written code whatever the emitter's own indentation.

#ifndef GOCXX_LOWER_FORMAT_H_
#define GOCXX_LOWER_FORMAT_H_

#include <string>

namespace gocxx::lower {

// Returns code formatted in gocxx's style (Google-based, 100 columns);
// returns it unchanged if clang-format fails.
std::string format_cpp(const std::string& code);

// Identifies the formatter (the plugin's path, time and size; "" if it cannot
// be loaded), for caches of formatted text.
std::string formatter_id();

}  // namespace gocxx::lower

#endif  // GOCXX_LOWER_FORMAT_H_
