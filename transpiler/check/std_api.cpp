// This file implements the lookup of Go 1.19's standard-library API
// (std_api.h), read once, on the first undefined selector of a standard
// package: most programs never pay for it.

#include "check/std_api.h"

#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>

namespace gocxx::check {

namespace {

using Api = std::map<std::string, std::set<std::string, std::less<>>, std::less<>>;

// "PATH NAME NAME ..." per line.
Api read_api(const std::string& file) {
  Api api;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    std::istringstream ls(line);
    std::string path, name;
    if (!(ls >> path)) continue;
    auto& names = api[path];
    while (ls >> name) names.insert(name);
  }
  return api;
}

}  // namespace

bool in_go_api(const std::string& std_root, const std::string& path, std::string_view name) {
  static std::mutex mu;
  static std::map<std::string, Api> by_root;
  std::lock_guard<std::mutex> lock(mu);
  auto it = by_root.find(std_root);
  if (it == by_root.end())
    it = by_root.emplace(std_root, read_api(std_root + "/go1.19-api.txt")).first;
  auto pkg = it->second.find(path);
  return pkg != it->second.end() && pkg->second.count(name) != 0;
}

}  // namespace gocxx::check
