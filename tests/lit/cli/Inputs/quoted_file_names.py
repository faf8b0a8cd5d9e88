"""Builds and runs a Go file under names holding a quote, a backslash and a newline:
`#line` directives must spell them as string literals. Exits 1 on the first failure.

usage: quoted_file_names.py GOCXX DIR
"""
import os
import subprocess
import sys

gocxx, work = sys.argv[1], sys.argv[2]
source = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("ran")\n}\n'
for i, name in enumerate(['a"b.go', 'a\\b.go', 'a\nb.go', 'q"\\"\\.go']):
    d = os.path.join(work, str(i))
    os.makedirs(d)
    path = os.path.join(d, name)
    with open(path, "w") as f:
        f.write(source)
    prog = os.path.join(d, "prog")
    subprocess.run([gocxx, "build", "-o", prog, path], check=True)
    out = subprocess.run([prog], check=True, capture_output=True, text=True).stdout
    if out != "ran\n":
        sys.exit(f"{name!r}: printed {out!r}")
    print("ok", repr(name))
