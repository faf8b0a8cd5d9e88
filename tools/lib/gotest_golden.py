"""Goldens of `gocxx test` (testdata/gotest): shared by tools/update-golden-gotest,
which writes them from real `go test`, and the lit suite tests/lit/gotest, which
compares `gocxx test` with them.

Each package directory testdata/gotest/<pkg>/ holds an ARGS file, one command
line of go test arguments per line (package patterns included: `-v .` is
package list mode, `-run X` local directory mode), and golden.txt: for each line,

  #### test <args>
  <stdout, normalized>
  #### exit <status>

Normalization makes the text independent of timing and machine: durations
"(0.12s)" -> "(0.00s)", the summary lines' "0.012s" -> "0.000s", the benchmark
header's cpu line, and benchmark result lines (GOMAXPROCS suffix and numbers).
"""

import os
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GOTEST_DIR = os.path.join(ROOT, "testdata", "gotest")

_DURATION = re.compile(r"\(\d+\.\d+s\)")
_SUMMARY = re.compile(r"^(ok  |FAIL)\t(\S+)\t\d+\.\d+s", re.M)
_CPU = re.compile(r"^cpu: .*$", re.M)
_BENCH = re.compile(r"^(Benchmark\S*?)(-\d+)?\s+(\d+)\t(.*)$", re.M)
_NUMBER = re.compile(r"\d+(\.\d+)?")


def normalize(text):
    text = _DURATION.sub("(0.00s)", text)
    text = _SUMMARY.sub(r"\1\t\2\t0.000s", text)
    text = _CPU.sub("cpu: CPU", text)

    def bench(m):
        metrics = [_NUMBER.sub("N", f.strip()) for f in m.group(4).split("\t")]
        return "%s-P %s %s" % (m.group(1), m.group(3), " ".join(metrics))
    return _BENCH.sub(bench, text)


def packages():
    """The golden packages: directories of testdata/gotest with an ARGS file."""
    out = []
    for name in sorted(os.listdir(GOTEST_DIR)):
        d = os.path.join(GOTEST_DIR, name)
        if os.path.isfile(os.path.join(d, "ARGS")):
            out.append(d)
    return out


def arg_lines(pkg_dir):
    with open(os.path.join(pkg_dir, "ARGS")) as f:
        return [ln.strip() for ln in f if ln.strip()]


def run(cmd, pkg_dir, timeout):
    """(normalized stdout, exit status) of cmd run in pkg_dir."""
    p = subprocess.run(cmd, cwd=pkg_dir, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                       stdin=subprocess.DEVNULL, timeout=timeout)
    return normalize(p.stdout.decode("utf-8", "replace")), p.returncode


def format_block(args, out, status):
    if out and not out.endswith("\n"):
        out += "\n"
    return "#### test %s\n%s#### exit %d\n" % (args, out, status)


def golden_path(pkg_dir):
    return os.path.join(pkg_dir, "golden.txt")


def read_golden(pkg_dir):
    """{args: block text} from golden.txt, or None if there is none."""
    path = golden_path(pkg_dir)
    if not os.path.exists(path):
        return None
    blocks, cur, args = {}, [], None
    for line in open(path, encoding="utf-8").read().splitlines(True):
        if line.startswith("#### test "):
            args, cur = line[len("#### test "):].rstrip("\n"), [line]
        elif line.startswith("#### exit ") and args is not None:
            cur.append(line)
            blocks[args] = "".join(cur)
            args = None
        elif args is not None:
            cur.append(line)
    return blocks
