#!/usr/bin/env python3
"""expect_exit.py N CMD [ARGS...]: runs CMD (stdin, stdout, stderr passed
through) and succeeds iff it exits with status N; otherwise prints what
happened on stderr and exits 1.  lit's `not` accepts any non-zero status;
this pins one (e.g. 2 for usage errors, as the go command does)."""

import signal
import subprocess
import sys


def main(argv):
    if len(argv) < 2 or not argv[0].lstrip("-").isdigit():
        print("usage: expect_exit.py N CMD [ARGS...]", file=sys.stderr)
        return 2
    want = int(argv[0])
    try:
        rc = subprocess.call(argv[1:])
    except OSError as e:
        print("expect_exit: cannot run %s: %s" % (argv[1], e), file=sys.stderr)
        return 1
    if rc == want:
        return 0
    if rc < 0:
        try:
            got = "killed by %s" % signal.Signals(-rc).name
        except ValueError:
            got = "killed by signal %d" % -rc
    else:
        got = "exit status %d" % rc
    print("expect_exit: %s: %s, want exit status %d" % (argv[1], got, want), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
