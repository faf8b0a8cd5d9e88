// This file implements the registry of the program's coroutine method families, which tells
// itab construction which of a runtime-defined method's two entries Go code calls
// (include/gocxx/method_call.h).
#include "gocxx/method_call.h"

#include <string>
#include <string_view>
#include <vector>

namespace gocxx {

namespace {

// Written once by main() before any goroutine runs; read-only afterwards.
std::vector<std::string>& async_families() {
  static std::vector<std::string> keys;
  return keys;
}

}  // namespace

void set_async_methods(std::initializer_list<const char*> keys) {
  auto& v = async_families();
  v.assign(keys.begin(), keys.end());
}

bool method_family_async(const char* name, const char* sig) {
  std::string_view n(name), s(sig);
  for (const std::string& k : async_families()) {
    // k is "name sig".
    if (k.size() == n.size() + 1 + s.size() && k.compare(0, n.size(), n) == 0 &&
        k[n.size()] == ' ' && k.compare(n.size() + 1, s.size(), s) == 0)
      return true;
  }
  return false;
}

}  // namespace gocxx
