"""Golden files of the run-and-compare corpus (testdata/run/).

This file implements the conventions shared by tools/update-golden (which
produces the goldens from real Go) and the test runner (which compares the
output of gocxx-compiled programs against them):

  X.go        the program (X.go.ref, when present, is what real Go builds
              instead: used for gocxx extensions such as `go { block }` and
              for programs pinned to Go 1.22 semantics under go122/)
  X.out       the program's stdout, byte for byte (always present)
  X.err       its stderr after normalize_stderr(), only when non-empty
  X.exit      its exit code followed by a newline, only when non-zero

normalize_stderr() is applied to BOTH sides -- real Go's stderr when the
golden is written and our stderr when it is checked -- so whatever it drops
(Go's goroutine stack traces, signal PCs) our runtime may print or not.
Stdout is never normalized.
"""

import os
import re

# `goroutine 1 [running]:`, `goroutine 18 [chan receive]:`,
# `goroutine 1 [select (no cases)]:`, `goroutine 7 [sleep, 2 minutes]:`
_GOROUTINE_HEADER = re.compile(r"^goroutine (\d+) (\[[^\]]*\]:)$")
# What `go run` prints when the child exits non-zero; never the program's.
_EXIT_STATUS = re.compile(r"^exit status -?\d+$")
# `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x47f4b6]`:
# the pc is a code address and differs between builds.
_SIGNAL_PC = re.compile(r"^(\[signal .* pc=)0x[0-9a-fA-F]+(\])$")


def normalize_stderr(text):
    """Returns stderr with the parts that depend on the Go toolchain removed.

    - For a panic or fatal error, everything after the first goroutine
      header line (`goroutine N [status]:`) is dropped: that is gc's stack
      trace, which our runtime does not print.  The header itself is kept,
      but a goroutine number other than 1 becomes `N`: gc numbers
      goroutines in creation order including its own background ones,
      which start at varying times (a panic in the first `go` statement's
      goroutine is reported as goroutine 6 or 18 from run to run).
    - Lines `exit status N` (printed by `go run`, not by the program) go.
    - In a `[signal ... pc=0x...]` line the pc becomes `pc=0x0`.
    Everything else, e.g. the output of the builtin print/println, is kept
    byte for byte.  The result ends with a newline unless it is empty.
    """
    kept = []
    for line in text.split("\n"):
        if _EXIT_STATUS.match(line):
            continue
        m = _SIGNAL_PC.match(line)
        if m:
            line = m.group(1) + "0x0" + m.group(2)
        g = _GOROUTINE_HEADER.match(line)
        if g:
            if g.group(1) != "1":
                line = "goroutine N " + g.group(2)
            kept.append(line)
            break
        kept.append(line)
    else:
        # No goroutine header: the text is kept as is (minus `exit status`);
        # the last element is what followed the final newline, if any.
        out = "\n".join(kept)
        return out
    return "\n".join(kept) + "\n"


def golden_paths(go_file):
    """Returns the (out, err, exit) golden paths of a corpus program."""
    base = go_file[:-3] if go_file.endswith(".go") else go_file
    return base + ".out", base + ".err", base + ".exit"


def source_for_go(go_file):
    """The file real Go compiles for go_file: X.go.ref if present, else X.go."""
    ref = go_file + ".ref"
    return ref if os.path.exists(ref) else go_file


class Result:
    """What a program did: raw stdout bytes, normalized stderr, exit code."""

    def __init__(self, stdout, stderr, exit_code):
        self.stdout = stdout          # bytes, verbatim
        self.stderr = stderr          # bytes, already normalized
        self.exit_code = exit_code    # int

    def __eq__(self, other):
        return (self.stdout, self.stderr, self.exit_code) == (
            other.stdout, other.stderr, other.exit_code)

    def __ne__(self, other):
        return not self == other


def make_result(stdout, stderr, exit_code):
    """Builds a Result from a raw run (bytes, bytes, int), normalizing stderr.

    The runner must call this for our program exactly as update-golden does
    for Go's, so both sides go through the same normalizer."""
    err = normalize_stderr(stderr.decode("utf-8", "surrogateescape"))
    return Result(stdout, err.encode("utf-8", "surrogateescape"), exit_code)


def lines_sorted(result):
    """The Result with its stdout lines sorted: for comparing a program whose line order
    depends on the schedule (Go's own order varies with GOMAXPROCS and load)."""
    lines = result.stdout.splitlines(keepends=True)
    if lines and not lines[-1].endswith(b"\n"):
        lines[-1] += b"\n"
    return Result(b"".join(sorted(lines)), result.stderr, result.exit_code)


def read_golden(go_file):
    """Returns the expected Result of go_file, or None if X.out is missing."""
    out_p, err_p, exit_p = golden_paths(go_file)
    if not os.path.exists(out_p):
        return None
    with open(out_p, "rb") as f:
        out = f.read()
    err = b""
    if os.path.exists(err_p):
        with open(err_p, "rb") as f:
            err = f.read()
    code = 0
    if os.path.exists(exit_p):
        with open(exit_p) as f:
            code = int(f.read().strip())
    return Result(out, err, code)


def write_golden(go_file, result):
    """Writes X.out always, X.err / X.exit only when non-empty / non-zero
    (removing stale ones).  Returns True if any file changed."""
    out_p, err_p, exit_p = golden_paths(go_file)
    changed = _write_if_different(out_p, result.stdout)
    if result.stderr:
        changed |= _write_if_different(err_p, result.stderr)
    elif os.path.exists(err_p):
        os.remove(err_p)
        changed = True
    if result.exit_code != 0:
        changed |= _write_if_different(exit_p, b"%d\n" % result.exit_code)
    elif os.path.exists(exit_p):
        os.remove(exit_p)
        changed = True
    return changed


def _write_if_different(path, data):
    if os.path.exists(path):
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    with open(path, "wb") as f:
        f.write(data)
    return True


def describe_difference(want, got):
    """A short human-readable account of how two Results differ ('' if equal)."""
    import difflib
    parts = []
    for name, a, b in (("stdout", want.stdout, got.stdout),
                       ("stderr", want.stderr, got.stderr)):
        if a != b:
            diff = difflib.unified_diff(
                a.decode("utf-8", "replace").splitlines(True),
                b.decode("utf-8", "replace").splitlines(True),
                "want " + name, "got " + name)
            parts.append("".join(diff))
    if want.exit_code != got.exit_code:
        parts.append("exit code: want %d, got %d\n" % (want.exit_code, got.exit_code))
    return "".join(parts)
