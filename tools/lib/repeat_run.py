#!/usr/bin/env python3
"""Runs a built program many times under several GOMAXPROCS values and checks every run
against the goldens real Go produced (X.out, X.err, X.exit beside X.go; tools/lib/golden.py).

    repeat_run.py --runs N --procs 2,4 BINARY PROGRAM.go

Prints one line per GOMAXPROCS value and a last line "R runs, F failed"; exits 1 if a run
failed. A failure rate of 1 in 500 (a scheduler race) shows up within a few thousand runs,
which is why the runs are this many and the programs this small.
"""

import argparse
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import golden  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=1000, help="runs per GOMAXPROCS value")
    ap.add_argument("--procs", default="2,4")
    ap.add_argument("--timeout", type=float, default=20)
    ap.add_argument("binary")
    ap.add_argument("program")
    args = ap.parse_args()
    want = golden.read_golden(args.program)
    if want is None:
        sys.exit("repeat_run: no golden output beside %s" % args.program)
    total = failed = 0
    for procs in [p for p in args.procs.split(",") if p]:
        env = dict(os.environ, GOMAXPROCS=procs)
        bad = 0
        for _ in range(args.runs):
            total += 1
            try:
                r = subprocess.run([args.binary], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   stdin=subprocess.DEVNULL, env=env, timeout=args.timeout)
                why = golden.describe_difference(
                    want, golden.make_result(r.stdout, r.stderr, r.returncode))
                ok = not why
            except subprocess.TimeoutExpired:
                ok, why = False, "timed out"
            if not ok:
                bad += 1
                if bad <= 3:
                    print("GOMAXPROCS=%s: run %d failed: %s" % (procs, total, why))
        failed += bad
        print("GOMAXPROCS=%s: %d runs, %d failed" % (procs, args.runs, bad))
    print("%d runs, %d failed" % (total, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
