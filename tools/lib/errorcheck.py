#!/usr/bin/env python3
"""Checks a compiler's diagnostics against `// ERROR "regexp"` comments.

usage: tools/lib/errorcheck.py [--compiler=gc|CMD] [-v] PATH...

PATHs are .go files or directories (searched recursively for *.go).  The
convention is the one of Go's own test/ directory (`// errorcheck` files,
checked by errorCheck in $GOROOT/test/run.go), and the matching below
reproduces run.go's semantics exactly:

  * A line carrying `// ERROR "re1" "re2" ...` expects errors on that line.
    Each quoted regexp is a separate expectation.  Matching is unanchored
    (Go's regexp.MatchString), against the message text, i.e. what follows
    `file:line:col: ` (and our `error: ` tag).  LINE, LINE+n and LINE-n in a
    regexp stand for `file.go:n` of the file being checked.  A line that
    contains `////` is ignored.
  * Before matching, mentions of the file under a longer path (absolute,
    as given, `./file.go`) are shortened to its base name, as run.go does.
  * For each expectation, all errors reported on its line are tried: every
    error it matches is consumed; errors it does not match stay available
    for the other expectations of that line.  An expectation with no error
    on its line is "missing"; one whose line has errors, none matching, is
    "no match".
  * Errors left over at the end -- on lines without ERROR comments, or not
    matched by any regexp of their line -- are "unmatched".
  A file passes when there are no missing, no-match and unmatched errors.

Regexps are RE2 in Go; they are run here with Python's re module, which
agrees on everything these files use (literal text, `.`, `\\(`, `\\[`,
`.*`, `|`, character classes).  Keep to that subset.

Compilers (--compiler):
  gc     real Go 1.19: `go build -o TMP/out file.go` in the file's folder
         (GO env var overrides the go command).  Its `./file.go:L:C: msg`
         lines are used as they are.  Files under a `gocxx_only/` folder, or
         with a `// gocxx:` line before `package`, hold programs gc ACCEPTS
         and gocxx rejects: in this mode they must compile with no error at
         all and their ERROR comments are not checked.  (`go vet` is no
         substitute: it type-checks with go/types, whose wording differs, and
         stops at the first error.)
  CMD    anything else is a shell command template run per file; `{file}`
         is replaced by the file's path (appended if absent).  Its stdout
         and stderr are read for gocxx diagnostics:
             file.go:L:C: error: message
         Lines `file.go:L:C: warning: ...` and `...: note: ...` are ignored,
         as are lines not shaped like a diagnostic (the source excerpt and
         caret gocxx prints under each error, tab-led continuation lines):
         only the first line of each error is matched, so regexps must match
         within it (all of testdata/errors does).

Exit status: 0 when every file passes, 1 otherwise.
"""

import os
import re
import shlex
import subprocess
import tempfile
import sys

_ERR_RX = re.compile(r"// (?:GC_)?ERROR (.*)")
_ERR_AUTO_RX = re.compile(r"// (?:GC_)?ERRORAUTO (.*)")
_QUOTES_RX = re.compile(r'"([^"]*)"')
_LINE_RX = re.compile(r"LINE(([+-])([0-9]+))?")
# `path/file.go:12:5: msg` or `path/file.go:12: msg`
_DIAG_RX = re.compile(r"^(?P<file>[^\s:][^:]*\.go):(?P<line>\d+)(?::(?P<col>\d+))?: (?P<msg>.*)$")
_GOCXX_ONLY_RX = re.compile(r"^// gocxx:")


class Wanted:
    def __init__(self, file, line, rx_str):
        self.file = file      # base name
        self.line = line
        self.rx_str = rx_str
        self.rx = re.compile(rx_str)
        self.prefix = "%s:%d" % (file, line)


def wanted_errors(path):
    """The expectations of one file, in source order (run.go wantedErrors)."""
    short = os.path.basename(path)
    out = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for i, line in enumerate(lines):
        n = i + 1
        if "////" in line:
            continue
        m = _ERR_AUTO_RX.search(line) or _ERR_RX.search(line)
        if not m:
            continue
        regexps = _QUOTES_RX.findall(m.group(1))
        if not regexps:
            raise ValueError("%s:%d: invalid errchk line: %s" % (path, n, line))
        for rx in regexps:
            def sub(mm, n=n):
                k = n
                if mm.group(0).startswith("LINE+"):
                    k += int(mm.group(3))
                elif mm.group(0).startswith("LINE-"):
                    k -= int(mm.group(3))
                return "%s:%d" % (short, k)
            out.append(Wanted(short, n, _LINE_RX.sub(sub, rx)))
    return out


def _match_prefix(s, prefix):
    """run.go matchPrefix: s is `(dir/)?prefix` followed by ':' or '['."""
    i = s.find(":")
    if i < 0:
        return False
    j = s.rfind("/", 0, i)
    s = s[j + 1:]
    if len(s) <= len(prefix) or not s.startswith(prefix):
        return False
    return s[len(prefix)] in "[:"


def _message_text(err):
    """The part of `file:line:col: [error: ]msg` a regexp is matched against
    (run.go cuts at the first space; this also copes with spaces in paths)."""
    first, nl, rest = err.partition("\n")
    m = _DIAG_RX.match(first)
    text = (m.group("msg") if m else first.partition(" ")[2]) + nl + rest
    if text.startswith("error: "):
        text = text[len("error: "):]
    return text


def check(path, errors):
    """Matches diagnostics (strings `file:line[:col]: msg`, continuation lines
    joined with `\\n`) against path's ERROR comments.  Returns a list of
    problem descriptions; empty means the file passes."""
    out = list(errors)
    problems = []
    for we in wanted_errors(path):
        mine = [e for e in out if _match_prefix(e, we.prefix)]
        out = [e for e in out if not _match_prefix(e, we.prefix)]
        if not mine:
            problems.append("%s:%d: missing error %r" % (we.file, we.line, we.rx_str))
            continue
        matched = False
        n = len(out)
        for e in mine:
            if we.rx.search(_message_text(e)):
                matched = True
            else:
                out.append(e)
        if not matched:
            problems.append("%s:%d: no match for `%s` in:\n\t%s" % (
                we.file, we.line, we.rx_str, "\n\t".join(out[n:])))
    if out:
        problems.append("unmatched errors:\n\t" + "\n\t".join(out))
    return problems


def split_gc_output(text):
    """gc's output as diagnostics (run.go splitOutput): tab-led lines continue
    the previous one; `#` headers and `go tool` lines are dropped."""
    res = []
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if line.startswith("\t") and res:
            res[-1] += "\n" + line
        elif line.startswith("go tool") or line.startswith("#") or line.startswith("<autogenerated>"):
            continue
        elif line.strip():
            res.append(line)
    return res


def split_gocxx_output(text):
    """gocxx's output as diagnostics: the `file.go:L:C: error: msg` lines.
    Warnings, notes, source excerpts, carets and any other lines are
    skipped -- including tab-led continuation lines, which gc's format would
    join to the message: an excerpt of the offending source line contains
    its own `// ERROR` comment, which every regexp would trivially match.
    So only the first line of a gocxx diagnostic is matched."""
    res = []
    for line in text.split("\n"):
        line = line.rstrip("\r")
        m = _DIAG_RX.match(line)
        if m and m.group("msg").startswith("error: "):
            res.append(line)
    return res


def is_gocxx_only(path):
    if os.path.basename(os.path.dirname(os.path.abspath(path))) == "gocxx_only":
        return True
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("package "):
                break
            if _GOCXX_ONLY_RX.match(line):
                return True
    return False


def run_go(path):
    go = os.environ.get("GO", "/usr/lib/go-1.19/bin/go")
    env = dict(os.environ)
    env.setdefault("GOCACHE", "/tmp/gocache-corpus")
    env["GO111MODULE"] = "off"
    env.pop("GOFLAGS", None)
    # Never -o /dev/null: run as root, go build replaces the output file,
    # which would delete /dev/null. Build into a temporary directory instead.
    with tempfile.TemporaryDirectory() as tmp:
        args = [go, "build", "-o", os.path.join(tmp, "out"), os.path.basename(path)]
        p = subprocess.run(args, cwd=os.path.dirname(os.path.abspath(path)), env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return p.stdout.decode("utf-8", "replace")


def run_command(template, path):
    cmd = template.replace("{file}", shlex.quote(path)) if "{file}" in template \
        else template + " " + shlex.quote(path)
    p = subprocess.run(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return p.stdout.decode("utf-8", "replace")


def shorten_paths(text, path):
    """run.go's "Cut directory name": mentions of the file by a longer path
    (absolute, as given, `./file.go`) become its base name, so that LINE in
    a regexp (`file.go:N`) matches positions inside messages."""
    short = os.path.basename(path)
    for full in sorted({os.path.abspath(path), path, "./" + short}, key=len, reverse=True):
        if full != short:
            text = text.replace(full, short)
    return text


def check_file(path, compiler):
    """Returns (status, problems) with status in pass/fail/skip."""
    if compiler == "gc":
        out = run_go(path)
        errors = split_gc_output(shorten_paths(out, path))
        if is_gocxx_only(path):
            if errors:
                return "fail", ["gocxx-only file rejected by gc (it must be valid Go):\n\t"
                                + "\n\t".join(errors)]
            return "skip", []
    else:
        errors = split_gocxx_output(shorten_paths(run_command(compiler, path), path))
    problems = check(path, errors)
    return ("fail" if problems else "pass"), problems


def find_files(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for d, dirs, fs in os.walk(p):
                dirs.sort()
                files += [os.path.join(d, f) for f in sorted(fs) if f.endswith(".go")]
        else:
            files.append(p)
    return files


def main(argv):
    compiler = "gc"
    verbose = False
    paths = []
    for a in argv:
        if a.startswith("--compiler="):
            compiler = a[len("--compiler="):]
        elif a == "-v":
            verbose = True
        elif a in ("-h", "--help"):
            print(__doc__.strip())
            return 0
        else:
            paths.append(a)
    if not paths:
        print(__doc__.strip().split("\n\n")[0], file=sys.stderr)
        return 2
    counts = {"pass": 0, "fail": 0, "skip": 0}
    for f in find_files(paths):
        status, problems = check_file(f, compiler)
        counts[status] += 1
        if status == "fail":
            print("FAIL %s" % f)
            for pr in problems:
                print("  " + pr.replace("\n", "\n  "))
        elif verbose:
            print("%s %s" % (status.upper(), f))
    print("errorcheck (%s): %d passed, %d failed, %d skipped (gocxx-only)" % (
        compiler if compiler == "gc" else "command",
        counts["pass"], counts["fail"], counts["skip"]))
    return 1 if counts["fail"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
