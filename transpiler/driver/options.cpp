// This file implements the build commands' flags (options.h) and depfiles.

#include "driver/options.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace gocxx::driver {

namespace fs = std::filesystem;

namespace {

bool is_go_file(const std::string& a) {
  return a.size() > 3 && a.compare(a.size() - 3, 3, ".go") == 0;
}

// "-flag" and "--flag" are the same flag, as in the go command.
std::string flag_name(const std::string& a) {
  if (a.rfind("--", 0) == 0) return a.substr(2);
  return a.substr(1);
}

}  // namespace

bool parse_build_flags(const std::string& command, const std::vector<std::string>& args,
                       bool allow_output, bool stop_after_inputs, BuildOptions* opts) {
  for (size_t i = 0; i < args.size(); i++) {
    const std::string& a = args[i];
    if (!opts->inputs.empty()) {
      if (stop_after_inputs && !is_go_file(a)) {
        opts->run_args.assign(args.begin() + i, args.end());
        return true;
      }
      opts->inputs.push_back(a);
      continue;
    }
    if (a.size() < 2 || a[0] != '-') {
      opts->inputs.push_back(a);
      if (stop_after_inputs && fs::is_directory(a)) {
        opts->run_args.assign(args.begin() + i + 1, args.end());
        return true;
      }
      continue;
    }
    std::string name = flag_name(a), value;
    bool has_value = false;
    if (size_t eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
      has_value = true;
    }
    auto take_value = [&]() -> bool {
      if (has_value) return true;
      if (i + 1 >= args.size()) {
        std::fprintf(stderr, "flag needs an argument: -%s\nusage: gocxx %s [flags] FILES|DIR\n",
                     name.c_str(), command.c_str());
        return false;
      }
      value = args[++i];
      return true;
    };
    if (name == "o" && allow_output) {
      if (!take_value()) return false;
      opts->output = value;
    } else if (name == "depfile") {
      if (!take_value()) return false;
      opts->depfile = value;
    } else if (name == "tags") {
      if (!take_value()) return false;
      opts->tags = split_tags(value);
    } else if (name == "no-line" && !has_value) {
      opts->line_directives = false;
    } else if (name == "work" && !has_value) {
      opts->keep_work = true;
    } else if (name == "no-std" && !has_value && command == "translate") {
      opts->no_std = true;
    } else if (name == "outdir" && command == "translate") {
      if (!take_value()) return false;
      opts->outdir = value;
    } else if (name == "list-outputs" && !has_value && command == "translate") {
      opts->list_outputs = true;
    } else if (name == "x" && !has_value) {
      opts->print_commands = true;
    } else {
      std::fprintf(stderr,
                   "flag provided but not defined: -%s\nusage: gocxx %s [flags] FILES|DIR\n",
                   name.c_str(), command.c_str());
      return false;
    }
  }
  if (opts->list_outputs && opts->outdir.empty()) {
    std::fprintf(stderr, "-list-outputs needs -outdir DIR\nusage: gocxx %s [flags] FILES|DIR\n",
                 command.c_str());
    return false;
  }
  if (opts->inputs.empty()) opts->inputs.push_back(".");
  return true;
}

std::vector<std::string> split_tags(const std::string& value) {
  std::vector<std::string> tags;
  std::string cur;
  for (char c : value + ",") {
    if (c == ',' || c == ' ') {
      if (!cur.empty()) tags.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  return tags;
}

bool write_depfile(const std::string& path, const std::string& target,
                   const std::vector<std::string>& deps) {
  auto escape = [](const std::string& s) {
    std::string out;
    for (char c : s) {
      if (c == ' ' || c == '#' || c == '\\') out += '\\';
      if (c == '$') out += '$';
      out += c;
    }
    return out;
  };
  std::string text = escape(target) + ":";
  for (const std::string& d : deps) text += " \\\n  " + escape(d);
  text += "\n";
  std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    f << text;
    if (!f) return false;
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  return !ec;
}

}  // namespace gocxx::driver
