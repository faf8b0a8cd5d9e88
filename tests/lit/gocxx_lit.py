"""lit test formats of the gocxx suites (imported by lit.cfg.py; a module, not
a lit.local.cfg class, so that lit can pickle tests for its worker processes).

ErrorcheckFormat makes every `*.go` file of a corpus directory (e.g.
testdata/errors) a test of its own: the file is checked with `gocxx check`
and its `// ERROR "regexp"` comments are matched by tools/lib/errorcheck.py
(the rules of errorCheck in $GOROOT/test/run.go).  A test passes when every
expectation is met, no other error is reported, and gocxx exits with status
1 (0 when the file expects no error) without crashing or hanging.
"""

import os
import shlex
import shutil
import signal
import subprocess
import sys

import lit.formats
import lit.Test

_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(_ROOT, "tools", "lib"))
import errorcheck as _ec  # noqa: E402  (tools/lib/errorcheck.py)


class ErrorcheckFormat(lit.formats.TestFormat):
    """Tests: the .go files of `corpus`, and of its subfolders named in
    `subdirs`, reported as <suite dir>/<name>.go and <suite dir>/<sub>/<name>.go."""

    def __init__(self, corpus, subdirs=(), timeout=60):
        self.corpus = corpus
        self.subdirs = tuple(subdirs)
        self.timeout = timeout

    def getTestsInDirectory(self, testSuite, path_in_suite, litConfig, localConfig):
        for sub in ("",) + self.subdirs:
            d = os.path.join(self.corpus, sub)
            if not os.path.isdir(d):
                continue
            for name in sorted(os.listdir(d)):
                path = os.path.join(d, name)
                if name.endswith(".go") and os.path.isfile(path):
                    rel = (sub, name) if sub else (name,)
                    yield lit.Test.Test(testSuite, path_in_suite + rel, localConfig,
                                        file_path=path)

    def execute(self, test, litConfig):
        path = test.getFilePath()
        gocxx = test.config.gocxx
        if not os.access(gocxx, os.X_OK):
            return lit.Test.Result(lit.Test.UNRESOLVED, "no gocxx binary at %s\n" % gocxx)
        cmd = [gocxx, "check", path]
        try:
            p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                 stdin=subprocess.DEVNULL, start_new_session=True)
        except OSError as e:
            return lit.Test.Result(lit.Test.UNRESOLVED, "cannot run %s: %s\n" % (gocxx, e))
        try:
            out, _ = p.communicate(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.communicate()
            return lit.Test.Result(lit.Test.TIMEOUT, "%s: timed out after %ds\n" % (
                " ".join(map(shlex.quote, cmd)), self.timeout))
        text = out.decode("utf-8", "replace")
        report = "$ %s\n# exit status %d\n%s" % (" ".join(map(shlex.quote, cmd)),
                                                p.returncode, text)
        try:
            wanted = _ec.wanted_errors(path)
            problems = _ec.check(path, _ec.split_gocxx_output(_ec.shorten_paths(text, path)))
        except Exception as e:  # a malformed ERROR comment
            return lit.Test.Result(lit.Test.UNRESOLVED, "%s: %s\n%s" % (path, e, report))
        want_rc = 1 if wanted else 0
        if p.returncode != want_rc:
            what = ("crashed" if p.returncode < 0 or p.returncode > 1
                    else "exited with status %d" % p.returncode)
            problems.insert(0, "gocxx %s (want exit status %d)" % (what, want_rc))
        if problems:
            return lit.Test.Result(lit.Test.FAIL, "\n".join(problems) + "\n\n" + report)
        return lit.Test.Result(lit.Test.PASS, report)


# A program whose output depends on the order goroutines run in (so that real Go's output
# varies with GOMAXPROCS and timing too) carries this mark with its reason, on a line of its
# own: `// gocxx:schedule-dependent: <why>`. On one worker its output must equal the golden;
# on several, the same lines in any order (and the same stderr and exit code).
SCHEDULE_MARK = "// gocxx:schedule-dependent:"


def schedule_dependent(path):
    """The reason given by the program's schedule-dependent mark, or None."""
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith(SCHEDULE_MARK):
                return line[len(SCHEDULE_MARK):].strip() or "(no reason given)"
    return None


def run_configs(path):
    """(GOMAXPROCS, repetition) pairs a program runs with: one worker once, then every count
    of GOCXX_RUN_PROCS (default 2,4) GOCXX_RUN_REPEAT times (default 1; the full test run
    uses more)."""
    procs = [p for p in os.environ.get("GOCXX_RUN_PROCS", "2,4").split(",") if p]
    repeat = int(os.environ.get("GOCXX_RUN_REPEAT", "1"))
    return [("1", 0)] + [(p, r) for p in procs for r in range(repeat)]


class RunFormat(lit.formats.TestFormat):
    """Tests: the .go programs of `corpus` (testdata/run) and its `subdirs`.
    Each is built once with `gocxx build` and run (with GOCXX_FAKETIME=1, so that sleeps
    take no time but keep their order) on one worker (GOMAXPROCS=1), then on several
    (run_configs); every run passes when its stdout equals X.out, its normalized stderr
    equals X.err (empty if absent) and its exit code equals X.exit (0 if absent):
    tools/lib/golden.py."""

    def __init__(self, corpus, subdirs=(), timeout=120):
        self.corpus = corpus
        self.subdirs = tuple(subdirs)
        self.timeout = timeout

    getTestsInDirectory = ErrorcheckFormat.getTestsInDirectory

    def execute(self, test, litConfig):
        path = test.getFilePath()
        gocxx = test.config.gocxx
        if not os.access(gocxx, os.X_OK):
            return lit.Test.Result(lit.Test.UNRESOLVED, "no gocxx binary at %s\n" % gocxx)
        tmpdir = os.path.join(test.config.test_exec_root, "run")
        os.makedirs(tmpdir, exist_ok=True)
        binary = os.path.join(tmpdir, "_".join(test.path_in_suite)[:-3])
        b = subprocess.run([gocxx, "build", "-o", binary, path], stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                           timeout=self.timeout * 3)
        if b.returncode != 0:
            return lit.Test.Result(lit.Test.FAIL, "gocxx build failed:\n" +
                                   b.stdout.decode("utf-8", "replace")[-4000:])
        any_order = schedule_dependent(path) is not None
        for procs, rep in run_configs(path):
            problems = self.run_once(binary, path[:-3], procs, any_order and procs != "1")
            if problems:
                return lit.Test.Result(lit.Test.FAIL, "GOMAXPROCS=%s, run %d:\n%s" % (
                    procs, rep + 1, problems))
        os.unlink(binary)
        return lit.Test.Result(lit.Test.PASS, "")

    def run_once(self, binary, base, procs, any_order=False):
        """Runs the program once with `procs` workers; returns what differs from the goldens
        (with `any_order`, stdout may hold the golden's lines in another order)."""
        import golden  # tools/lib/golden.py
        env = dict(os.environ, GOCXX_FAKETIME="1", GOMAXPROCS=procs)
        try:
            r = subprocess.run([binary], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL, env=env, timeout=self.timeout,
                               start_new_session=True)
        except subprocess.TimeoutExpired:
            return "program timed out after %ds" % self.timeout
        want = golden.read_golden(base + ".go") or golden.Result(b"", b"", 0)
        got = golden.make_result(r.stdout, r.stderr, r.returncode)
        if any_order:
            want, got = golden.lines_sorted(want), golden.lines_sorted(got)
        return golden.describe_difference(want, got)


class EmitFormat(lit.formats.TestFormat):
    """Tests: the .go programs of `corpus` (testdata/emit). Each is translated
    with `gocxx translate -no-line -no-std` (the program's own C++, formatted)
    and passes when the text equals the golden X.cpp (regenerated by
    tools/update-golden, never edited by hand) and, if the .go file has
    `// CHECK:` lines, FileCheck finds them in it: the properties the example
    is there to show, which survive golden updates."""

    def __init__(self, corpus, timeout=120):
        self.corpus = corpus
        self.subdirs = ()
        self.timeout = timeout

    getTestsInDirectory = ErrorcheckFormat.getTestsInDirectory

    def execute(self, test, litConfig):
        import difflib
        path = test.getFilePath()
        gocxx = test.config.gocxx
        if not os.access(gocxx, os.X_OK):
            return lit.Test.Result(lit.Test.UNRESOLVED, "no gocxx binary at %s\n" % gocxx)
        cmd = [gocxx, "translate", "-no-line", "-no-std", path]
        t = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=self.timeout)
        if t.returncode != 0:
            return lit.Test.Result(lit.Test.FAIL, "gocxx translate failed (exit %d):\n%s" % (
                t.returncode, t.stderr.decode("utf-8", "replace")[-4000:]))
        got = t.stdout.decode("utf-8", "replace")
        golden_path = path[:-3] + ".cpp"
        if not os.path.exists(golden_path):
            return lit.Test.Result(lit.Test.FAIL, "no golden %s (run tools/update-golden %s)\n" % (
                golden_path, path))
        want = open(golden_path, encoding="utf-8").read()
        problems = []
        if got != want:
            diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                                golden_path, "gocxx translate", n=2))
            problems.append("C++ differs from the golden (review, then tools/update-golden %s):\n%s"
                            % (path, diff[:6000]))
        if "// CHECK" in open(path, encoding="utf-8").read():
            fc = subprocess.run([os.path.join("/usr/lib/llvm-14/bin", "FileCheck"), path],
                                input=t.stdout, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            if fc.returncode != 0:
                problems.append("FileCheck:\n" + fc.stdout.decode("utf-8", "replace")[-4000:])
        if problems:
            return lit.Test.Result(lit.Test.FAIL, "\n".join(problems))
        return lit.Test.Result(lit.Test.PASS, "")


class HttpRunFormat(lit.formats.TestFormat):
    """Tests: the .go programs of `corpora` that have a `// gocxx-http:` line
    (tools/lib/http_golden.py). Each is built with `gocxx build` with its
    URLs pointing at a loopback server this test starts (and stops), run in
    real time, and compared with the goldens real Go produced against the same
    server (tools/update-golden-http): normalized stdout and exit code, the
    time span of `maxspan` programs, and for `blocks` programs (which Go never
    finishes) gocxx's deadlock report."""

    def __init__(self, corpora, timeout=120):
        self.corpora = list(corpora)
        self.timeout = timeout

    def getTestsInDirectory(self, testSuite, path_in_suite, litConfig, localConfig):
        import http_golden  # tools/lib/http_golden.py
        for corpus in self.corpora:
            if not os.path.isdir(corpus):
                continue
            for name in sorted(os.listdir(corpus)):
                path = os.path.join(corpus, name)
                if name.endswith(".go") and http_golden.options(path) is not None:
                    yield lit.Test.Test(testSuite, path_in_suite + (os.path.basename(corpus), name),
                                        localConfig, file_path=path)

    def execute(self, test, litConfig):
        import http_golden
        path = test.getFilePath()
        gocxx = test.config.gocxx
        if not os.access(gocxx, os.X_OK):
            return lit.Test.Result(lit.Test.UNRESOLVED, "no gocxx binary at %s\n" % gocxx)
        opts = http_golden.options(path)
        golden = http_golden.read_golden(path)
        if golden is None:
            return lit.Test.Result(lit.Test.UNRESOLVED, "no golden: run tools/update-golden-http\n")
        want_out, want_exit = golden
        tmpdir = os.path.join(test.config.test_exec_root, "http", "_".join(test.path_in_suite)[:-3])
        os.makedirs(tmpdir, exist_ok=True)
        with http_golden.Server(opts) as srv:
            src = os.path.join(tmpdir, "main.go")
            http_golden.rewrite(path, src, srv.port)
            binary = os.path.join(tmpdir, "prog")
            b = subprocess.run([gocxx, "build", "-o", binary, src], stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                               timeout=self.timeout * 3)
            if b.returncode != 0:
                return lit.Test.Result(lit.Test.FAIL, "gocxx build failed:\n" +
                                       b.stdout.decode("utf-8", "replace")[-4000:])
            env = dict(os.environ)
            env.pop("GOCXX_FAKETIME", None)
            try:
                r = http_golden.run(binary, srv.port, dict(opts, blocks=False), env=env,
                                    timeout=self.timeout)
            except subprocess.TimeoutExpired:
                return lit.Test.Result(lit.Test.TIMEOUT, "program timed out\n")
        problems = []
        if r.killed:
            problems.append("program still running after %ds" % self.timeout)
        if r.stdout != want_out:
            problems.append("stdout differs:\n--- want\n%s\n--- got\n%s" % (
                want_out.decode("utf-8", "replace")[-3000:], r.stdout.decode("utf-8", "replace")[-3000:]))
        if opts["blocks"]:
            if not r.stderr.startswith(http_golden.DEADLOCK + "\n") or r.exit_code != 2:
                problems.append("want the deadlock report and exit status 2, got status %d:\n%s" % (
                    r.exit_code, r.stderr[-2000:]))
        else:
            if r.exit_code != want_exit:
                problems.append("exit status %d, want %d\n%s" % (r.exit_code, want_exit, r.stderr[-2000:]))
            span = http_golden.check_span(r, opts)
            if span:
                problems.append(span)
        if problems:
            return lit.Test.Result(lit.Test.FAIL, "\n".join(problems))
        shutil.rmtree(tmpdir, ignore_errors=True)
        return lit.Test.Result(lit.Test.PASS, "")


class GotestFormat(lit.formats.TestFormat):
    """Tests: the packages of testdata/gotest (tools/lib/gotest_golden.py). Each
    runs `gocxx test <args>` in the package directory for every line of its
    ARGS file and passes when the normalized stdout and the exit status equal
    the block real `go test` gave (golden.txt, written by
    tools/update-golden-gotest, never by hand)."""

    def __init__(self, timeout=600):
        self.timeout = timeout

    def getTestsInDirectory(self, testSuite, path_in_suite, litConfig, localConfig):
        import gotest_golden  # tools/lib/gotest_golden.py
        for d in gotest_golden.packages():
            yield lit.Test.Test(testSuite, path_in_suite + (os.path.basename(d),), localConfig,
                                file_path=d)

    def execute(self, test, litConfig):
        import difflib
        import gotest_golden
        pkg = test.getFilePath()
        gocxx = test.config.gocxx
        if not os.access(gocxx, os.X_OK):
            return lit.Test.Result(lit.Test.UNRESOLVED, "no gocxx binary at %s\n" % gocxx)
        golden = gotest_golden.read_golden(pkg)
        if golden is None:
            return lit.Test.Result(lit.Test.UNRESOLVED, "no golden: run tools/update-golden-gotest\n")
        problems = []
        for args in gotest_golden.arg_lines(pkg):
            want = golden.get(args)
            if want is None:
                problems.append("no golden block for `%s`: run tools/update-golden-gotest" % args)
                continue
            try:
                out, status = gotest_golden.run([gocxx, "test"] + args.split(), pkg, self.timeout)
            except subprocess.TimeoutExpired:
                problems.append("`gocxx test %s` timed out" % args)
                continue
            got = gotest_golden.format_block(args, out, status)
            if got != want:
                diff = "".join(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                                    "go test", "gocxx test", n=3))
                problems.append(diff[:6000])
        if problems:
            return lit.Test.Result(lit.Test.FAIL, "\n".join(problems))
        return lit.Test.Result(lit.Test.PASS, "")


class ModulesFormat(lit.formats.TestFormat):
    """Tests: the directories of `corpus` (testdata/modules), each a small multi-package
    module (tools/lib/modules_golden.py describes the layout and goldens). The module's root
    package is built with `gocxx build -o BIN .` in its directory. With a NAME.builderr
    golden the build must fail with the same first error line as real Go's; otherwise
    it must succeed, `gocxx check ./...` must accept every package of the module, and
    the program's output must equal NAME.out/.err/.exit."""

    def __init__(self, corpus, timeout=300):
        self.corpus = corpus
        self.timeout = timeout

    def getTestsInDirectory(self, testSuite, path_in_suite, litConfig, localConfig):
        for name in sorted(os.listdir(self.corpus)):
            path = os.path.join(self.corpus, name)
            if os.path.isdir(path):
                yield lit.Test.Test(testSuite, path_in_suite + (name,), localConfig,
                                    file_path=path)

    def execute(self, test, litConfig):
        import golden  # tools/lib/golden.py
        import modules_golden  # tools/lib/modules_golden.py
        test_dir = test.getFilePath()
        gocxx = test.config.gocxx
        if not os.access(gocxx, os.X_OK):
            return lit.Test.Result(lit.Test.UNRESOLVED, "no gocxx binary at %s\n" % gocxx)
        mdir = modules_golden.build_dir(test_dir)
        tmpdir = os.path.join(test.config.test_exec_root, "modules")
        os.makedirs(tmpdir, exist_ok=True)
        binary = os.path.join(tmpdir, os.path.basename(test_dir))
        env = dict(os.environ, NO_COLOR="1")
        b = subprocess.run([gocxx, "build", "-o", binary, "."], cwd=mdir, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           stdin=subprocess.DEVNULL, timeout=self.timeout)
        text = b.stdout.decode("utf-8", "replace")
        builderr = modules_golden.builderr_path(test_dir)
        if os.path.exists(builderr):
            want = open(builderr, encoding="utf-8").read().strip()
            std = os.path.join(test.config.gocxx_root, "runtime", "std")
            got = modules_golden.first_error_line(text, mdir, std)
            if b.returncode != 1 or not modules_golden.same_error(want, got):
                return lit.Test.Result(lit.Test.FAIL, "want exit 1 and first error\n  %s\n"
                                       "got exit %d and\n  %s\nfull output:\n%s" % (
                                           want, b.returncode, got, text[-4000:]))
            return lit.Test.Result(lit.Test.PASS, "")
        if b.returncode != 0:
            return lit.Test.Result(lit.Test.FAIL, "gocxx build failed:\n" + text[-4000:])
        c = subprocess.run([gocxx, "check", "./..."], cwd=mdir, env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                           timeout=self.timeout)
        if c.returncode != 0:
            return lit.Test.Result(lit.Test.FAIL, "gocxx check ./... failed:\n" +
                                   c.stdout.decode("utf-8", "replace")[-4000:])
        r = subprocess.run([binary], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=self.timeout)
        want = golden.read_golden(test_dir) or golden.Result(b"", b"", 0)
        problems = golden.describe_difference(want, golden.make_result(r.stdout, r.stderr,
                                                                       r.returncode))
        if problems:
            return lit.Test.Result(lit.Test.FAIL, problems)
        os.unlink(binary)
        return lit.Test.Result(lit.Test.PASS, "")
