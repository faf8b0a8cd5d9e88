"""Go's test directory ($GOROOT/test) as a corpus for gocxx's tools.

This file implements what tools/errorcheck, tools/checkrun and
tools/conformance share:

  * selection as $GOROOT/test/run.go does it: the action line
    (`// run`, `// errorcheck`, ...), build constraints evaluated for
    linux/amd64 gc;
  * the "outside the subset" classification: cgo, generics, unsafe,
    imports of packages missing from runtime/std, excluding constraints;
  * running a command with a timeout in its own process group;
  * results (pass/fail/skip/outside), `--list` files, baselines, summaries
    and the common command-line options.
"""

import collections
import concurrent.futures
import os
import re
import shlex
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools", "lib"))
import errorcheck as ec  # noqa: E402  (tools/lib/errorcheck.py)

GOTEST = "/usr/share/go-1.19/test"
GOROOT_SRC = "/usr/lib/go-1.19/src"
# Folders of the Go test directory holding `// run` programs ("" is the top level).
RUN_DIRS = ["", "fixedbugs"]

# ---------------------------------------------------------------------------
# Reading test files


def read_source(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        return f.read()


def action_words(src):
    """run.go: the recipe is the first paragraph; a first line mentioning
    +build is skipped; `//` is trimmed; the rest is split into words.
    Only the action line itself is returned (flags on later lines of the
    recipe are rare and all belong to skipped variants)."""
    lines = src.split("\n")
    line = lines[0] if lines else ""
    if "+build" in line and len(lines) > 1:
        line = lines[1]
    if not line.startswith("//"):
        return []
    return line[2:].split()


def header_lines(src):
    """Lines before the package clause (where build constraints live)."""
    out = []
    for line in src.split("\n"):
        if line.startswith("package "):
            break
        out.append(line)
    return out


# Build constraints, evaluated as run.go's shouldTest does for linux/amd64 gc
# (its context.match: GOOS, GOARCH, "gc", "test_run"; cgo only when enabled,
# goexperiment.* only when set; no "unix", no go1.N release tags).
TRUE_TAGS = {"linux", "amd64", "gc", "test_run"}


def _tag(name, cgo):
    if name == "cgo":
        return cgo
    return name in TRUE_TAGS


def _eval_gobuild(expr, tag):
    toks = re.findall(r"\(|\)|!|&&|\|\||[A-Za-z0-9_.]+", expr)
    pos = [0]

    def peek():
        return toks[pos[0]] if pos[0] < len(toks) else None

    def take():
        pos[0] += 1
        return toks[pos[0] - 1]

    def p_or():
        v = p_and()
        while peek() == "||":
            take()
            v = p_and() or v
        return v

    def p_and():
        v = p_not()
        while peek() == "&&":
            take()
            v = p_not() and v
        return v

    def p_not():
        if peek() == "!":
            take()
            return not p_not()
        if peek() == "(":
            take()
            v = p_or()
            if peek() == ")":
                take()
            return v
        t = take() if peek() is not None else ""
        return tag(t)

    return p_or()


def _eval_plusbuild(rest, tag):
    def term(t):
        if t.startswith("!"):
            return not tag(t[1:])
        return tag(t)
    return any(all(term(t) for t in opt.split(",")) for opt in rest.split())


def build_constraints(src):
    """The constraint lines of the header: [(line, evaluator(cgo) -> bool)]."""
    out = []
    for line in header_lines(src):
        s = line.strip()
        if s.startswith("//go:build "):
            expr = s[len("//go:build "):]
            out.append((s, lambda cgo, e=expr: _eval_gobuild(e, lambda n: _tag(n, cgo))))
        elif re.match(r"^//\s*\+build\s", s):
            rest = re.sub(r"^//\s*\+build\s", "", s)
            out.append((s, lambda cgo, r=rest: _eval_plusbuild(r, lambda n: _tag(n, cgo))))
    return out


def constraint_verdict(src):
    """None if the file builds for linux/amd64 gc without cgo; "cgo" if it
    needs cgo; else the first excluding constraint line."""
    for line, ev in build_constraints(src):
        if not ev(False):
            return "cgo" if ev(True) else line
    return None


def _strip_comments(src):
    """src with comments blanked out (strings and runes kept)."""
    out = []
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if c == "/" and src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
        elif c == "/" and src.startswith("/*", i):
            j = src.find("*/", i + 2)
            seg = src[i:n if j < 0 else j + 2]
            out.append("\n" * seg.count("\n") or " ")
            i = n if j < 0 else j + 2
        elif c in "\"'`":
            j = i + 1
            while j < n and src[j] != c:
                if src[j] == "\\" and c != "`":
                    j += 1
                elif src[j] == "\n" and c != "`":
                    break
                j += 1
            out.append(src[i:j + 1])
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


_IMPORT_SPEC_RX = re.compile(r'^\s*(?:[A-Za-z_][A-Za-z0-9_]*\s+|\.\s+)?(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`)')


def imports(src):
    """Import paths of a Go file (the import declarations after the package
    clause)."""
    text = _strip_comments(src)
    paths = []
    m = re.search(r"^package\s+\w+", text, re.M)
    if not m:
        return paths
    rest = text[m.end():]
    for im in re.finditer(r"\bimport\b\s*(\((?P<group>[^)]*)\)|(?P<one>[^\n;]*))", rest):
        # Stop at the first top-level declaration that is not an import.
        before = rest[:im.start()]
        if re.search(r"^(func|var|const|type)\b", before, re.M):
            break
        body = im.group("group") if im.group("group") is not None else im.group("one")
        for spec in re.split(r"[\n;]", body):
            sm = _IMPORT_SPEC_RX.match(spec)
            if sm:
                p = sm.group(1) if sm.group(1) is not None else sm.group(2)
                if sm.group(1) is not None and "\\" in p:
                    try:
                        p = p.encode("latin-1", "backslashreplace").decode("unicode_escape")
                    except UnicodeError:
                        pass
                paths.append(p)
    return paths


_GENERIC_DECL_RX = re.compile(
    r"^\s*(?:type\s+(?:\(\s*)?[A-Za-z_]\w*|func\s+(?:\([^)]*\)\s*)?[A-Za-z_]\w*)\s*"
    r"\[\s*[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*\s+[^\]\s]", re.M)
_GENERIC_RECV_RX = re.compile(r"^\s*func\s*\(\s*\w*\s*\*?\s*[A-Za-z_]\w*\[[^\]]+\]\s*\)", re.M)
_TYPE_SET_RX = re.compile(r"(?:^|[\s;{|])~[A-Za-z_(\[*]|\[\s*\w+\s+(?:any|comparable)\s*[\],]")


def uses_generics(src, path=""):
    if "/typeparam/" in path.replace(os.sep, "/"):
        return True
    text = _strip_comments(src)
    for m in _GENERIC_DECL_RX.finditer(text):
        # `type A [N * 2]int` style arrays: the second word is an operator.
        tail = text[m.end() - 1:m.end() + 20]
        if not re.match(r"[-+*/%<>&|^]\s*[0-9(]", tail):
            return True
    return bool(_GENERIC_RECV_RX.search(text) or _TYPE_SET_RX.search(text))


_std_cache = None


def std_packages():
    """Import paths available to gocxx programs."""
    global _std_cache
    if _std_cache is not None:
        return _std_cache
    std = os.path.join(ROOT, "runtime", "std")
    pkgs = set()
    if os.path.isdir(std):
        for d, dirs, files in os.walk(std):
            dirs[:] = [x for x in dirs if x != "testdata"]
            rel = os.path.relpath(d, std).replace(os.sep, "/")
            # Only real standard-library paths (not helper folders such as
            # internal_tests/ or unicode/gen/).
            if (d != std and any(f.endswith(".go") for f in files)
                    and os.path.isdir(os.path.join(GOROOT_SRC, rel))
                    and "internal" not in rel.split("/") and "gen" not in rel.split("/")):
                pkgs.add(rel)
    else:
        run = os.path.join(ROOT, "testdata", "run")
        for f in sorted(os.listdir(run)) if os.path.isdir(run) else []:
            if f.endswith(".go"):
                pkgs.update(p for p in imports(read_source(os.path.join(run, f)))
                            if "." not in p.split("/")[0])
    _std_cache = pkgs
    return pkgs


def source_category(src, path):
    """The subset category of a file, or None when inside the subset."""
    imps = imports(src)
    if "C" in imps or constraint_verdict(src) == "cgo":
        return "cgo"
    if uses_generics(src, path):
        return "generics"
    if "unsafe" in imps:
        return "unsafe"
    std = std_packages()
    if any(p not in std for p in imps if p not in ("unsafe", "C")):
        return "unsupported-package"
    return None


def missing_packages(src):
    std = std_packages()
    return sorted({p for p in imports(src) if p not in std and p not in ("unsafe", "C")})




def outside_subset(path, src):
    """(category, detail) when the program is outside the subset, else None."""
    v = constraint_verdict(src)
    if v == "cgo":
        return "cgo", "build constraint needs cgo"
    if v:
        return "build-constraint", v
    cat = source_category(src, path)
    if cat == "unsupported-package":
        return cat, "imports " + ",".join(missing_packages(src))
    if cat:
        return cat, ""
    return None


# ---------------------------------------------------------------------------
# Running the compiler


class Run:
    __slots__ = ("rc", "output", "timed_out", "seconds")

    def __init__(self, rc, output, timed_out, seconds):
        self.rc, self.output, self.timed_out, self.seconds = rc, output, timed_out, seconds

    @property
    def crashed(self):
        return not self.timed_out and self.rc not in (0, 1)


def command_argv(template, path):
    if "{file}" in template:
        return shlex.split(template.replace("{file}", shlex.quote(path)))
    return shlex.split(template) + [path]


def run_compiler(template, path, timeout, cwd=None):
    """Runs the command template for path (see run_argv)."""
    return run_argv(command_argv(template, path), timeout, cwd=cwd)


def run_argv(argv, timeout, cwd=None, env=None):
    """Runs argv in its own process group; kills the group on timeout.
    stdout and stderr are read together, interleaved as written (run.go's
    runcmd gives both to one buffer)."""
    start = time.monotonic()
    try:
        p = subprocess.Popen(argv, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                             start_new_session=True, cwd=cwd, env=env)
    except OSError as e:
        return Run(127, "cannot run %s: %s" % (argv[0], e), False, 0.0)
    try:
        out, _ = p.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, _ = p.communicate()
        timed_out = True
    return Run(p.returncode, out.decode("utf-8", "replace"), timed_out, time.monotonic() - start)


def describe_rc(rc):
    if rc < 0:
        try:
            return "killed by signal %s" % signal.Signals(-rc).name
        except ValueError:
            return "killed by signal %d" % -rc
    return "exit status %d" % rc


def default_gocxx():
    return os.path.join(ROOT, "build", "bin", "gocxx")


# ---------------------------------------------------------------------------
# Results, lists, summaries


class Result:
    def __init__(self, rel, status, category="", reason="", details=""):
        self.rel = rel            # path relative to the test directory
        self.status = status      # pass / fail / skip
        self.category = category  # for failures (and outside-subset skips)
        self.reason = reason      # first problem / skip reason, one line
        self.details = details    # everything, for -v


def one_line(s, limit=240):
    s = " ".join(s.split())
    s = "".join(c if c.isprintable() else "\\x%02x" % ord(c) if ord(c) < 256
                else "\\u%04x" % ord(c) for c in s)
    return s if len(s) <= limit else s[:limit - 3] + "..."


def write_list(path, results, header):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# %s\n" % header)
        for r in sorted(results, key=lambda r: r.rel):
            if r.status == "pass":
                f.write("%s pass\n" % r.rel)
            elif r.status == "fail":
                f.write("%s fail %s %s\n" % (r.rel, r.category, r.reason))
            else:
                f.write("%s %s %s\n" % (r.rel, r.status, r.reason))


def read_baseline(path):
    """{rel: status}: `PATH pass|fail|skip|outside ...` or `PATH CATEGORY ...`
    (a status file listing failing files)."""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            words = line.split()
            st = words[1] if len(words) > 1 else "fail"
            out[words[0]] = st if st in ("pass", "fail", "skip", "outside") else "fail"
    return out


def compare_baseline(path, results):
    base = read_baseline(path)
    newly_fail = [r for r in results if r.status == "fail" and base.get(r.rel, "pass") == "pass"]
    newly_pass = [r for r in results if r.status == "pass" and base.get(r.rel) == "fail"]
    for r in sorted(newly_fail, key=lambda r: r.rel):
        print("NEWLY FAILING %s [%s] %s" % (r.rel, r.category, r.reason))
    for r in sorted(newly_pass, key=lambda r: r.rel):
        print("NEWLY PASSING %s" % r.rel)
    print("baseline %s: %d newly failing, %d newly passing" % (
        path, len(newly_fail), len(newly_pass)))


def print_categories(results, label="failures by category"):
    c = collections.Counter(r.category for r in results if r.status == "fail")
    if c:
        print("%s: %s" % (label, ", ".join("%s %d" % kv for kv in c.most_common())))


def message_key(msg):
    """A diagnostic's message with its specifics blanked out, to group
    similar errors: `imported and not used: "fmt"` -> `imported and not
    used: "…"`."""
    m = ec._DIAG_RX.match(msg)
    if m:
        msg = m.group("msg")
    msg = msg[len("error: "):] if msg.startswith("error: ") else msg
    msg = re.sub(r'"(?:[^"\\]|\\.)*"', '"…"', msg)
    msg = re.sub(r"`[^`]*`", "`…`", msg)
    msg = re.sub(r"\b\d+\b", "N", msg)
    msg = re.sub(r"\b(for|undefined:|of|field|method|label|type|variable|to) [A-Za-z_][\w.]*",
                 r"\1 X", msg)
    msg = re.sub(r"^[A-Za-z_][\w.]* (declared|redeclared|refers)", r"X \1", msg)
    return one_line(msg, 100)


def print_top_messages(results, n=15):
    c = collections.Counter(message_key(r.reason) for r in results
                            if r.status == "fail" and r.category not in ("crash", "timeout"))
    if c:
        print("most frequent first errors:")
        for msg, k in c.most_common(n):
            print("  %5d  %s" % (k, msg))


def print_verbose(r):
    if r.status == "pass":
        print("PASS %s" % r.rel)
    elif r.status == "fail":
        print("FAIL %s [%s]" % (r.rel, r.category))
        lines = r.details.rstrip("\n").split("\n") if r.details else [r.reason]
        for line in lines[:40]:
            print("    " + line)
        if len(lines) > 40:
            print("    ... (%d more lines)" % (len(lines) - 40))
    else:
        print("%s %s (%s)" % (r.status.upper(), r.rel, r.reason))


def resolve_files(args, gotest):
    """FILE arguments as absolute paths."""
    out = []
    for a in args:
        if os.path.exists(a):
            out.append(os.path.abspath(a))
        elif os.path.exists(os.path.join(gotest, a)):
            out.append(os.path.join(gotest, a))
        else:
            raise SystemExit("no such test file: %s" % a)
    return out


def candidate_files(gotest, dirs, only=None):
    if only:
        return only
    files = []
    for d in dirs:
        full = os.path.join(gotest, d)
        if not os.path.isdir(full):
            continue
        files += [os.path.join(full, f) for f in sorted(os.listdir(full))
                  if f.endswith(".go") and os.path.isfile(os.path.join(full, f))]
    return files


def run_parallel(fn, items, jobs):
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(fn, items))


class Options:
    def __init__(self):
        self.verbose = False
        self.jobs = 2
        self.timeout = 10.0
        self.gocxx = default_gocxx()
        self.compiler = None
        self.gc_output = False
        self.categorize = False
        self.list_file = None
        self.baseline = None
        self.gotest = GOTEST
        self.files = []


def parse_options(argv, doc, extra=None):
    """Options common to the tools; extra maps a tool's own options to
    (attribute, default, kind) with kind "flag" (sets True) or a converter
    of the option's value (str, int, float)."""
    o = Options()
    extra = extra or {}
    for attr, default, _ in extra.values():
        setattr(o, attr, default)
    it = iter(argv)
    for a in it:
        def val():
            v = next(it, None)
            if v is None:
                raise SystemExit("%s needs a value" % a)
            return v
        if a == "-v":
            o.verbose = True
        elif a == "-j":
            o.jobs = int(val())
        elif a.startswith("-j") and a[2:].isdigit():
            o.jobs = int(a[2:])
        elif a == "--timeout":
            o.timeout = float(val())
        elif a == "--gocxx":
            o.gocxx = os.path.abspath(val())
        elif a.startswith("--compiler="):
            o.compiler = a[len("--compiler="):]
        elif a == "--compiler":
            o.compiler = val()
        elif a == "--gc-output":
            o.gc_output = True
        elif a == "--categorize":
            o.categorize = True
        elif a == "--list":
            o.list_file = val()
        elif a.startswith("--list="):
            o.list_file = a[len("--list="):]
        elif a == "--baseline":
            o.baseline = val()
        elif a.startswith("--baseline="):
            o.baseline = a[len("--baseline="):]
        elif a == "--gotest":
            o.gotest = val()
        elif a.split("=", 1)[0] in extra:
            name = a.split("=", 1)[0]
            attr, _, kind = extra[name]
            if kind == "flag":
                setattr(o, attr, True)
            else:
                setattr(o, attr, kind(a.split("=", 1)[1] if "=" in a else val()))
        elif a in ("-h", "--help"):
            print(doc.strip())
            sys.exit(0)
        elif a.startswith("-"):
            print("unknown option %s (see --help)" % a, file=sys.stderr)
            sys.exit(2)
        else:
            o.files.append(a)
    return o
