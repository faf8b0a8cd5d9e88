# lit configuration of gocxx's test suites.
#
#   GOCXX_BUILD=build python3 /usr/lib/llvm-14/build/utils/lit/lit.py -sv tests/lit
#
# (tools/test does this.)  GOCXX_BUILD is the CMake build directory whose
# bin/gocxx is tested (default: <root>/build); scratch files (%t) go to
# GOCXX_BUILD/lit.
#
# Suites:
#   cli/     .test and .go files with RUN lines: the gocxx command line, checked
#            with FileCheck; their inputs live in cli/Inputs/.
#   errors/  every testdata/errors/**.go file as its own test (gocxx_lit.py).
#
# Substitutions: %gocxx, %build (the build tree), %FileCheck, %errorcheck (tools/lib/errorcheck.py with
# `gocxx check` as the compiler), %root (the source tree), %python,
# %expect_exit N CMD... (succeeds iff CMD exits with status N; CMD's output is
# passed through).  `not` and `count` come from LLVM's bin directory.

import os
import shlex
import sys

import lit.formats

config.name = "gocxx"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".test"]
config.excludes = ["Inputs"]

config.test_source_root = os.path.dirname(os.path.abspath(__file__))
config.gocxx_root = os.path.dirname(os.path.dirname(config.test_source_root))
build = os.path.abspath(os.environ.get("GOCXX_BUILD") or
                        os.path.join(config.gocxx_root, "build"))
config.test_exec_root = os.path.join(build, "lit")
config.gocxx = os.path.join(build, "bin", "gocxx")

llvm_bin = "/usr/lib/llvm-14/bin"
sys.path.insert(0, config.test_source_root)  # gocxx_lit (test formats)

q = shlex.quote
python = q(sys.executable)
config.substitutions += [
    ("%gocxx", q(config.gocxx)),
    ("%FileCheck", q(os.path.join(llvm_bin, "FileCheck"))),
    ("%errorcheck", "%s %s %s" % (
        python, q(os.path.join(config.gocxx_root, "tools", "lib", "errorcheck.py")),
        q("--compiler=%s check {file}" % config.gocxx))),
    ("%expect_exit", "%s %s" % (
        python, q(os.path.join(config.test_source_root, "expect_exit.py")))),
    ("%python", python),
    ("%root", q(config.gocxx_root)),
    ("%build", q(build)),
]
# not, count (and FileCheck) for RUN lines.
config.environment["PATH"] = os.pathsep.join([llvm_bin, config.environment.get("PATH", "")])
# Diagnostics must not be coloured, whatever the caller's terminal.
config.environment["NO_COLOR"] = "1"
config.environment.pop("GOCXXROOT", None)
