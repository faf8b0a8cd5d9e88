// This file declares the steps of a build that `gocxx build` and `gocxx test`
// share: translating Go to C++ and preparing the work directory.

#ifndef GOCXX_DRIVER_BUILD_STEPS_H_
#define GOCXX_DRIVER_BUILD_STEPS_H_

#include <filesystem>

#include "check/check.h"
#include "driver/options.h"
#include "lower/lower.h"

namespace gocxx::driver {

struct Translated {
  bool ok = false;
  lower::Output out;
};

// Frontend + analysis + lowering of opts.inputs, loaded with `config` (its
// std_root is filled in). Errors are printed as `gocxx check` does.
Translated translate_inputs(const BuildOptions& opts, const check::Config& config);

// Makes sure the cache directory can be used and creates this build's work
// directory in it (removed on exit and on SIGINT/SIGTERM); "" after saying
// what is wrong in one line.
std::filesystem::path prepare_work(const BuildOptions& opts);

}  // namespace gocxx::driver

#endif  // GOCXX_DRIVER_BUILD_STEPS_H_
