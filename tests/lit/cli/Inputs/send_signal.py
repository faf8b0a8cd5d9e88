#!/usr/bin/env python3
"""send_signal.py [--ignored SIGNAME] SIGNAME|none BINARY [ARGS...]: starts BINARY (with the
default action for every signal, or SIG_IGN for the --ignored one, as nohup does), waits for
its first stdout line, sends it the signal, and prints how it ended ("exit N" or "killed by
SIGX") and its stderr. With ARGS, stdout is closed after that first line (a broken pipe for
the program)."""

import signal
import subprocess
import sys


def main():
    args = sys.argv[1:]
    ignored = None
    if args[0] == "--ignored":
        ignored, args = getattr(signal, args[1]), args[2:]
    name, cmd = args[0], args[1:]

    def dispositions():
        # lit's workers ignore SIGINT, and children inherit ignored signals.
        for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
            signal.signal(s, signal.SIG_DFL)
        if ignored is not None:
            signal.signal(ignored, signal.SIG_IGN)

    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         preexec_fn=dispositions)
    print("first line:", p.stdout.readline().decode().strip())
    if name != "none":
        p.send_signal(getattr(signal, name))
    if len(cmd) > 1:
        p.stdout.close()
        rest = b""
    else:
        rest = p.stdout.read()
    err = p.stderr.read()
    rc = p.wait(timeout=60)
    print("rest:", rest.decode().strip())
    print("killed by %s" % signal.Signals(-rc).name if rc < 0 else "exit %d" % rc)
    sys.stdout.write(err.decode())


if __name__ == "__main__":
    main()
