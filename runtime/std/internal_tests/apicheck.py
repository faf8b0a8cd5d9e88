#!/usr/bin/env python3
"""Type-checks gocxx's std subset (runtime/std) with Go 1.19's go/types, function bodies
included, and compares its exported API with Go 1.19's (/usr/share/go-1.19/api/go1*.txt).

It builds Go's own API lister (src/cmd/api/goapi.go, patched to read packages from
runtime/std and to type-check bodies) in a temporary directory and runs it with real Go.
Reports: type errors; EXTRA features (exported names or signatures that are not Go 1.19's:
these are errors); with -v, per package, the Go API features the subset leaves out.

usage: runtime/std/internal_tests/apicheck.py [-v] [pkg ...]  (tools/std-compare runs it first)
"""
import glob, os, re, shutil, subprocess, sys, tempfile

STD = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOROOT = '/usr/share/go-1.19'
GO = os.environ.get('GO', '/usr/lib/go-1.19/bin/go')

DRIVER = r'''
package main

import (
	"fmt"
	"go/build"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

var typeErrors []string

func main() {
	root := os.Args[1]
	ctx := build.Default
	ctx.GOOS, ctx.GOARCH, ctx.CgoEnabled, ctx.Compiler = "linux", "amd64", false, "gc"
	ctx.GOROOT = "/nonexistent"
	w := NewWalker(&ctx, root)
	w.importDir = map[string]string{}
	filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil || !info.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if rel == "." {
			return nil
		}
		base := filepath.Base(path)
		if base == "internal_tests" || base == "gen" || base == "testdata" {
			return filepath.SkipDir
		}
		files, _ := filepath.Glob(filepath.Join(path, "*.go"))
		if len(files) == 0 {
			return nil
		}
		rel = filepath.ToSlash(rel)
		w.importDir[rel] = path
		if rel != "internal" && !strings.HasPrefix(rel, "internal/") && !strings.Contains(rel, "/internal/") {
			w.stdPackages = append(w.stdPackages, rel)
		}
		return nil
	})
	sort.Strings(w.stdPackages)
	only := os.Args[2:]
	for _, name := range w.stdPackages {
		pkg, err := w.Import(name)
		if err != nil {
			fmt.Println("ERROR import", name, err)
			continue
		}
		if len(only) > 0 {
			found := false
			for _, o := range only {
				found = found || o == name
			}
			if !found {
				continue
			}
		}
		w.export(pkg)
	}
	for _, e := range typeErrors {
		fmt.Println("TYPEERROR", e)
	}
	fs := w.Features()
	sort.Strings(fs)
	for _, f := range fs {
		fmt.Println(f)
	}
}
'''


def main():
    args = sys.argv[1:]
    verbose = '-v' in args
    pkgs = [a for a in args if a != '-v']
    work = tempfile.mkdtemp(prefix='std-api-')
    try:
        src = open(os.path.join(GOROOT, 'src/cmd/api/goapi.go')).read()
        src = src.replace('func main() {', 'func origMain() {', 1)
        src = src.replace('func (w *Walker) loadImports() {', 'func (w *Walker) loadImports() {\n\treturn\n}\n\nfunc origLoadImports(w *Walker) {', 1)
        src = src.replace('IgnoreFuncBodies: true,', 'IgnoreFuncBodies: false,\n\t\tError: func(err error) { typeErrors = append(typeErrors, err.Error()) },', 1)
        src = re.sub(r'pkg, err = conf.Check\(name, fset, files, nil\)\n\tif err != nil \{',
                     'pkg, err = conf.Check(name, fset, files, nil)\n\tif false {', src, count=1)
        open(os.path.join(work, 'goapi.go'), 'w').write(src)
        open(os.path.join(work, 'driver.go'), 'w').write(DRIVER)
        open(os.path.join(work, 'go.mod'), 'w').write('module stdapi\n\ngo 1.19\n')
        env = dict(os.environ, GOFLAGS='-mod=mod', GOTOOLCHAIN='local')
        r = subprocess.run([GO, 'run', '.', STD] + pkgs, cwd=work, env=env, capture_output=True, text=True)
        if r.returncode != 0:
            print(r.stdout, r.stderr)
            sys.exit(1)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    ours, errors = [], []
    for l in r.stdout.splitlines():
        if l.startswith('TYPEERROR') or l.startswith('ERROR'):
            errors.append(l)
        elif l.startswith('pkg '):
            ours.append(l)
    goapi = set()
    for f in glob.glob(os.path.join(GOROOT, 'api', 'go1*.txt')):
        for l in open(f):
            l = l.strip()
            l = re.sub(r' #\d+$', '', l)
            m = re.match(r'pkg ([^ ,]+) \(([^)]*)\)(,.*)$', l)
            if m:
                if m.group(2) not in ('linux-amd64', 'linux-amd64-cgo'):
                    continue
                l = 'pkg ' + m.group(1) + m.group(3)
            goapi.add(l)
            # go1.txt predates io/fs: os.FileInfo and os.FileMode are aliases of fs's since
            # Go 1.16, and the lister prints the fs spelling for the same declarations.
            goapi.add(re.sub(r'\bos\.(FileInfo|FileMode)\b', r'fs.\1', l))
    # Bundled third-party packages (beego's httplib under github.com/...) mirror their own
    # upstream API, not Go's: only packages of Go's std are held to Go's API.
    gopkgs = set(f.split(',')[0][4:] for f in goapi)
    pkg_of = lambda f: f.split(',')[0][4:]
    extra = [f for f in ours if f not in goapi and pkg_of(f) in gopkgs]
    ourset = set(ours)
    ourpkgs = sorted(set(f.split(',')[0][4:] for f in ours))
    for e in errors:
        print(e)
    for f in extra:
        print('EXTRA', f)
    for p in ourpkgs:
        want = [f for f in goapi if f.startswith('pkg %s,' % p)]
        missing = [f for f in want if f not in ourset]
        have = len([f for f in ours if f.startswith('pkg %s,' % p)])
        if p not in gopkgs:
            print('%-16s %4d features (not Go std: API not compared)' % (p, have))
            continue
        print('%-16s %4d features, %4d of Go\'s missing' % (p, have, len(missing)))
        if verbose:
            for f in sorted(missing):
                print('    missing', f)
    print('std-api: %d type errors, %d extra features' % (len(errors), len(extra)))
    sys.exit(1 if errors or extra else 0)


main()
