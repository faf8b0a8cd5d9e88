"""Run-and-compare for programs that talk HTTP to a loopback server.

This file implements what tools/update-golden-http (goldens from real Go) and
the lit suite tests/lit/http (gocxx against those goldens) share. A program
X.go has a line

    // gocxx-http: [delay=SECONDS] [stagger=SECONDS] [maxspan=SECONDS] [blocks]

It is run against tools/lib/http_test_server.py (started here on 127.0.0.1
on a free port with --delay/--stagger, and stopped afterwards) with every
"//127.0.0.1/" of its source rewritten to "//127.0.0.1:PORT/". Its output is
normalized: the port is taken out again and time.Time values printed by fmt
become <time>. Goldens: X.out (normalized stdout), X.exit when non-zero.

  maxspan  the last printed time minus the first must be below this many
           seconds (the requests ran in parallel)
  blocks   the program never finishes in Go: it is killed after 3 seconds and
           X.out is what it printed by then. gocxx must print the same and then
           report the deadlock ("fatal error: all goroutines are asleep -
           deadlock!", exit status 2).
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SERVER = os.path.join(ROOT, "tools", "lib", "http_test_server.py")
BLOCK_SECONDS = 3.0
DEADLOCK = "fatal error: all goroutines are asleep - deadlock!"

# fmt's text of a time.Time: 2026-11-23 08:05:08.064797932 +0000 UTC m=+0.001909303
_TIME = re.compile(rb"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? [+-]\d{4} [A-Z]+(?: m=([+-]\d+\.\d+))?")


def options(path):
    """The `// gocxx-http:` options of a program, or None if it has none."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("// gocxx-http:"):
                opts = {"delay": "0", "stagger": "0", "maxspan": None, "blocks": False}
                for word in line.split(":", 1)[1].split():
                    if "=" in word:
                        k, v = word.split("=", 1)
                        opts[k] = v
                    else:
                        opts[word] = True
                return opts
    return None


class Server:
    """The loopback server, as a context manager: .port while running."""

    def __init__(self, opts):
        self.args = [sys.executable, SERVER, "--delay", opts["delay"], "--stagger", opts["stagger"]]

    def __enter__(self):
        self.proc = subprocess.Popen(self.args, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL,
                                     start_new_session=True)
        self.port = int(self.proc.stdout.readline())
        return self

    def __exit__(self, *exc):
        os.killpg(self.proc.pid, signal.SIGTERM)
        self.proc.wait()
        self.proc.stdout.close()


def rewrite(src_path, dst_path, port):
    with open(src_path, encoding="utf-8") as f:
        text = f.read()
    with open(dst_path, "w", encoding="utf-8") as f:
        f.write(text.replace("//127.0.0.1/", "//127.0.0.1:%d/" % port))


def normalize(out, port):
    """(normalized stdout, seconds between the first and last time printed or None)."""
    stamps = [float(m.group(1)) for m in _TIME.finditer(out) if m.group(1)]
    span = stamps[-1] - stamps[0] if len(stamps) >= 2 else None
    out = _TIME.sub(b"<time>", out)
    out = out.replace(b"127.0.0.1:%d" % port, b"127.0.0.1")
    return out, span


class Result:
    def __init__(self, stdout, stderr, exit_code, span, killed):
        self.stdout, self.stderr, self.exit_code = stdout, stderr, exit_code
        self.span, self.killed = span, killed


def run(binary, port, opts, env=None, timeout=60):
    """Runs binary; a `blocks` program is stopped after BLOCK_SECONDS if still running."""
    limit = BLOCK_SECONDS if opts["blocks"] else timeout
    p = subprocess.Popen([binary], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         stdin=subprocess.DEVNULL, env=env, start_new_session=True)
    killed = False
    try:
        out, err = p.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        out, err = p.communicate()
        killed = True
    norm, span = normalize(out, port)
    return Result(norm, err.decode("utf-8", "replace"), p.returncode, span, killed)


def go_build(go_cmd, src, binary, workdir):
    """Builds src with real Go in GOPATH mode; the bundled third-party packages of
    runtime/std (github.com/...) are the GOPATH's source."""
    gopath = os.path.join(workdir, "gopath")
    os.makedirs(os.path.join(gopath, "src"), exist_ok=True)
    for name in os.listdir(os.path.join(ROOT, "runtime", "std")):
        if "." in name:  # a domain: github.com
            link = os.path.join(gopath, "src", name)
            if not os.path.exists(link):
                os.symlink(os.path.join(ROOT, "runtime", "std", name), link)
    env = dict(os.environ, GOPATH=gopath, GO111MODULE="off")
    env.setdefault("GOCACHE", "/tmp/gocache-corpus")
    env.pop("GOFLAGS", None)
    p = subprocess.run([go_cmd, "build", "-o", binary, src], cwd=workdir, env=env,
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return p.returncode == 0, p.stdout.decode("utf-8", "replace")


def read_golden(path):
    base = path[:-3]
    if not os.path.exists(base + ".out"):
        return None
    with open(base + ".out", "rb") as f:
        out = f.read()
    code = 0
    if os.path.exists(base + ".exit"):
        with open(base + ".exit") as f:
            code = int(f.read().strip() or 0)
    return out, code


def check_span(result, opts):
    """A problem text if the run took too long between its first and last time, else ''."""
    if opts.get("maxspan") is None:
        return ""
    if result.span is None:
        return "no two times printed (maxspan)"
    if result.span >= float(opts["maxspan"]):
        return "requests took %.3f s from first to last time printed, want < %s s" % (
            result.span, opts["maxspan"])
    return ""
