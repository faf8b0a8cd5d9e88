"""Golden tests of multi-package modules (testdata/modules/NAME/).

Each NAME/ is a test: a module (NAME/go.mod) or, when the module needs a
sibling directory (a replace to ../lib), NAME/app/go.mod with its siblings
beside it.  The module's root package is built (`go build -o BIN .` by
tools/update-golden with real Go 1.19, `gocxx build -o BIN .` by the lit
suite tests/lit/modules) in the module's directory and run:

  NAME.out, NAME.err, NAME.exit   the program's stdout, stderr, exit code
                                  (tools/lib/golden.py conventions)
  NAME.builderr                   instead, when the build fails: its first
                                  error line, normalized (first_error_line)

Error texts are compared on their first line, the one a user reads: the go
command's import stack lines (`package example.com/m`, `\timports x`) and
gc's `# example.com/m` header are not errors; a heading without position
ending in ':' (`go: errors parsing go.mod:`) is joined to the line after it;
positions lose a leading `./`; the module directory becomes $DIR and the standard library's
directory (GOROOT/src for Go, runtime/std for gocxx) becomes $GOROOT; gocxx's
`error: ` label and source excerpt are dropped.  When go's line has no
file:line:col (an error the go command reports on an import stack line),
gocxx's position is not compared.
"""

import os
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODULES_DIR = os.path.join(ROOT, "testdata", "modules")

_POSITION = re.compile(r"^(\S+\.go:\d+:\d+: )")
_STACK_PACKAGE = re.compile(r"^package \S+$")
_STACK_IMPORTS = re.compile(r"^\timports \S+$")
_STACK_IMPORTS_ERROR = re.compile(r"^\timports \S+: (.*)$")


def find_tests(paths=None):
    """The test directories under testdata/modules (or those named)."""
    if paths:
        return [os.path.abspath(p).rstrip("/") for p in paths]
    return [os.path.join(MODULES_DIR, d) for d in sorted(os.listdir(MODULES_DIR))
            if os.path.isdir(os.path.join(MODULES_DIR, d))]


def build_dir(test_dir):
    """Where the build runs: the test's module directory."""
    return test_dir if os.path.exists(os.path.join(test_dir, "go.mod")) else os.path.join(test_dir, "app")


def builderr_path(test_dir):
    return test_dir.rstrip("/") + ".builderr"


def first_error_line(text, module_dir, stdlib_dir):
    """The first error line of a failed build's output, normalized (see above)."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if _STACK_PACKAGE.match(line) or _STACK_IMPORTS.match(line) or line.startswith("# "):
            continue
        m = _STACK_IMPORTS_ERROR.match(line)
        if m:
            line = m.group(1)
        line = line.strip()
        if not line:
            continue
        if line.startswith("error: "):
            line = line[len("error: "):]
        if _POSITION.match(line):
            line = line.replace(" error: ", " ", 1)
            if line.startswith("./"):
                line = line[2:]
        elif line.endswith(":") and i + 1 < len(lines):
            line += " " + lines[i + 1].strip()
        for path, name in ((os.path.realpath(module_dir), "$DIR"), (module_dir, "$DIR"),
                           (stdlib_dir.rstrip("/"), "$GOROOT")):
            line = line.replace(path, name)
        return line
    return ""


def same_error(want, got):
    """Whether gocxx's normalized first error line matches go's."""
    if _POSITION.match(want):
        return want == got
    return want == _POSITION.sub("", got, count=1)


def go_env():
    env = dict(os.environ)
    env.setdefault("GOCACHE", "/tmp/gocache-corpus")
    for k in ("GOFLAGS", "GOPATH", "GOROOT"):
        env.pop(k, None)
    # gocxx has no cgo: files that need it are left out, as with CGO_ENABLED=0.
    env.update(GO111MODULE="on", GOPROXY="off", GOWORK="off", CGO_ENABLED="0")
    return env


def go_stdlib_dir(go_cmd):
    goroot = subprocess.run([go_cmd, "env", "GOROOT"], stdout=subprocess.PIPE,
                            env=go_env()).stdout.decode().strip()
    return os.path.join(goroot, "src")
