#!/usr/bin/env python3
"""1,000 concurrent GETs: gocxx vs Go (wall time and peak thread count).

usage: bench/http/run.py [--reps N] [--delay SECONDS] [--gocxx BIN]

Builds get1000.go with Go 1.19 and with gocxx, starts the loopback server
(tools/lib/http_test_server.py --delay, default 0.2 s per reply, one thread
per connection), and runs each program --reps times (default 3), sampling
/proc/PID/status every 2 ms for the peak number of threads and VmHWM.
Prints the median wall time, peak threads and peak RSS of each.
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tools", "lib"))
import http_golden  # noqa: E402


def measure(cmd):
    t0 = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    peak_threads, hwm = 0, 0
    while p.poll() is None:
        try:
            with open("/proc/%d/status" % p.pid) as f:
                for line in f:
                    if line.startswith("Threads:"):
                        peak_threads = max(peak_threads, int(line.split()[1]))
                    elif line.startswith("VmHWM:"):
                        hwm = max(hwm, int(line.split()[1]))
        except OSError:
            pass
        time.sleep(0.002)
    wall = time.monotonic() - t0
    out = p.stdout.read().decode(errors="replace").strip()
    return wall, peak_threads, hwm / 1024, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--delay", default="0.2")
    ap.add_argument("--gocxx", default=os.path.join(ROOT, "build", "bin", "gocxx"))
    opts = ap.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 8192)), hard))
    with tempfile.TemporaryDirectory() as tmp:
        go_bin, cxx_bin = os.path.join(tmp, "go_get1000"), os.path.join(tmp, "cxx_get1000")
        env = dict(os.environ, GO111MODULE="off")
        env.setdefault("GOCACHE", "/tmp/gocache-corpus")
        subprocess.run(["/usr/lib/go-1.19/bin/go", "build", "-o", go_bin, os.path.join(HERE, "get1000.go")],
                       check=True, env=env)
        subprocess.run([opts.gocxx, "build", "-o", cxx_bin, os.path.join(HERE, "get1000.go")], check=True)
        sopts = {"delay": opts.delay, "stagger": "0"}
        results = {"go": [], "gocxx": []}
        with http_golden.Server(sopts) as srv:
            url = "http://127.0.0.1:%d/test.php" % srv.port
            for _ in range(opts.reps):
                for name, b in (("go", go_bin), ("gocxx", cxx_bin)):
                    r = measure([b, url])
                    results[name].append(r)
                    print("%-6s %.3f s wall, %d threads, %.1f MiB: %s" % ((name,) + r), flush=True)
    print("median of %d (server delay %s s):" % (opts.reps, opts.delay))
    for name in ("go", "gocxx"):
        rs = results[name]
        print("  %-6s wall %.3f s  peak threads %d  peak RSS %.1f MiB" % (
            name, statistics.median(r[0] for r in rs), max(r[1] for r in rs),
            statistics.median(r[2] for r in rs)))


if __name__ == "__main__":
    main()
