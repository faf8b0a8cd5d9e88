//go:build ignore

// compare: os syscall io/fs internal/oserror internal/itoa
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	gfs "gocxx/io/fs"
	gos "gocxx/os"
	"stdcheck/cmp"
)

var stripFn func(string) string

func info(fi any, err error) []any {
	if err != nil {
		return []any{stripFn(cmp.Err(err))}
	}
	switch f := fi.(type) {
	case fs.FileInfo:
		return []any{f.Name(), f.Size(), f.Mode().String(), f.IsDir(), f.ModTime().Unix()}
	case gfs.FileInfo:
		return []any{f.Name(), f.Size(), f.Mode().String(), f.IsDir(), f.ModTime().Unix()}
	}
	return []any{"?"}
}

func main() {
	root, _ := os.MkdirTemp("", "oscmp")
	defer os.RemoveAll(root)
	G := filepath.Join(root, "g")
	W := filepath.Join(root, "w")
	os.Mkdir(G, 0o755)
	os.Mkdir(W, 0o755)
	// strip replaces the two roots so that texts compare.
	strip := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, G, "R"), W, "R") }
	ge := func(err error) string { return strip(cmp.Err(err)) }
	stripFn = strip

	// Files.
	f1, e1 := gos.Create(G + "/a.txt")
	f2, e2 := os.Create(W + "/a.txt")
	cmp.Eq("Create", ge(e1), ge(e2))
	for _, s := range []string{"hello\n", "", "world, 世界\n", strings.Repeat("z", 5000)} {
		n1, e1 := f1.WriteString(s)
		n2, e2 := f2.WriteString(s)
		cmp.Eq("WriteString", []any{n1, ge(e1)}, []any{n2, ge(e2)})
	}
	n1, e1 := f1.WriteAt([]byte("HE"), 0)
	n2, e2 := f2.WriteAt([]byte("HE"), 0)
	cmp.Eq("WriteAt", []any{n1, ge(e1)}, []any{n2, ge(e2)})
	n1, e1 = f1.WriteAt([]byte("x"), -1)
	n2, e2 = f2.WriteAt([]byte("x"), -1)
	cmp.Eq("WriteAt neg", []any{n1, ge(e1)}, []any{n2, ge(e2)})
	for _, sk := range [][2]int64{{0, 0}, {3, 0}, {-2, 2}, {1, 1}, {-100, 0}, {100000, 0}} {
		o1, e1 := f1.Seek(sk[0], int(sk[1]))
		o2, e2 := f2.Seek(sk[0], int(sk[1]))
		cmp.Eq(fmt.Sprint("Seek ", sk), []any{o1, ge(e1)}, []any{o2, ge(e2)})
		p1, p2 := make([]byte, 7), make([]byte, 7)
		r1, e1 := f1.Read(p1)
		r2, e2 := f2.Read(p2)
		cmp.Eq(fmt.Sprint("Read after seek ", sk), []any{p1, r1, ge(e1)}, []any{p2, r2, ge(e2)})
	}
	for _, off := range []int64{0, 5, 5000, 5017, 6000, -1} {
		p1, p2 := make([]byte, 20), make([]byte, 20)
		r1, e1 := f1.ReadAt(p1, off)
		r2, e2 := f2.ReadAt(p2, off)
		cmp.Eq(fmt.Sprint("ReadAt ", off), []any{p1, r1, ge(e1)}, []any{p2, r2, ge(e2)})
	}
	s1, e1 := f1.Stat()
	s2, e2 := f2.Stat()
	cmp.Eq("File.Stat", info(s1, e1), info(s2, e2))
	cmp.Eq("Name", strip(f1.Name()), strip(f2.Name()))
	cmp.Eq("Sync", ge(f1.Sync()), ge(f2.Sync()))
	cmp.Eq("Truncate", ge(f1.Truncate(10)), ge(f2.Truncate(10)))
	cmp.Eq("Chmod", ge(f1.Chmod(0o600)), ge(f2.Chmod(0o600)))
	cmp.Eq("Close", ge(f1.Close()), ge(f2.Close()))
	cmp.Eq("Close twice", ge(f1.Close()), ge(f2.Close()))
	_, e1 = f1.Write([]byte("x"))
	_, e2 = f2.Write([]byte("x"))
	cmp.Eq("Write closed", ge(e1), ge(e2))
	_, e1 = f1.Read(make([]byte, 1))
	_, e2 = f2.Read(make([]byte, 1))
	cmp.Eq("Read closed", ge(e1), ge(e2))
	_, e1 = f1.Stat()
	_, e2 = f2.Stat()
	cmp.Eq("Stat closed", ge(e1), ge(e2))
	var nf1 *gos.File
	var nf2 *os.File
	_, e1 = nf1.Read(nil)
	_, e2 = nf2.Read(nil)
	cmp.Eq("nil File", []any{ge(e1), ge(nf1.Close())}, []any{ge(e2), ge(nf2.Close())})

	b1, e1 := gos.ReadFile(G + "/a.txt")
	b2, e2 := os.ReadFile(W + "/a.txt")
	cmp.Eq("ReadFile", []any{b1, ge(e1)}, []any{b2, ge(e2)})
	cmp.Eq("WriteFile", ge(gos.WriteFile(G+"/b.txt", []byte("bee"), 0o644)), ge(os.WriteFile(W+"/b.txt", []byte("bee"), 0o644)))
	for _, name := range []string{"/a.txt", "/b.txt", "/missing", "/a.txt/sub", "", "/"} {
		s1, e1 := gos.Stat(G + name)
		s2, e2 := os.Stat(W + name)
		r1, r2 := info(s1, e1), info(s2, e2)
		if name == "" || name == "/" {
			r1, r2 = r1[:4], r2[:4] // directory names differ
			r1[0], r2[0] = "", ""
		}
		cmp.Eq("Stat "+name, r1, r2)
		s1, e1 = gos.Lstat(G + name)
		s2, e2 = os.Lstat(W + name)
		if name != "" && name != "/" {
			cmp.Eq("Lstat "+name, info(s1, e1), info(s2, e2))
		}
		_, e1 = gos.Open(G + name)
		_, e2 = os.Open(W + name)
		cmp.Eq("Open "+name, ge(e1), ge(e2))
		cmp.Eq("IsNotExist "+name, []bool{gos.IsNotExist(e1), errors.Is(e1, gos.ErrNotExist), errors.Is(e1, gfs.ErrNotExist)}, []bool{os.IsNotExist(e2), errors.Is(e2, os.ErrNotExist), errors.Is(e2, fs.ErrNotExist)})
		b1, e1 := gos.ReadFile(G + name)
		b2, e2 := os.ReadFile(W + name)
		cmp.Eq("ReadFile "+name, []any{b1, ge(e1)}, []any{b2, ge(e2)})
	}
	_, e1 = gos.OpenFile(G+"/a.txt", gos.O_CREATE|gos.O_EXCL|gos.O_WRONLY, 0o644)
	_, e2 = os.OpenFile(W+"/a.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	cmp.Eq("O_EXCL", []any{ge(e1), gos.IsExist(e1)}, []any{ge(e2), os.IsExist(e2)})
	fa1, _ := gos.OpenFile(G+"/b.txt", gos.O_APPEND|gos.O_WRONLY, 0)
	fa2, _ := os.OpenFile(W+"/b.txt", os.O_APPEND|os.O_WRONLY, 0)
	fa1.WriteString("++")
	fa2.WriteString("++")
	_, e1 = fa1.WriteAt([]byte("x"), 0)
	_, e2 = fa2.WriteAt([]byte("x"), 0)
	cmp.Eq("WriteAt append", ge(e1), ge(e2))
	fa1.Close()
	fa2.Close()
	b1, _ = gos.ReadFile(G + "/b.txt")
	b2, _ = os.ReadFile(W + "/b.txt")
	cmp.Eq("append", b1, b2)

	// Directories.
	cmp.Eq("Mkdir", ge(gos.Mkdir(G+"/d", 0o755)), ge(os.Mkdir(W+"/d", 0o755)))
	cmp.Eq("Mkdir again", ge(gos.Mkdir(G+"/d", 0o755)), ge(os.Mkdir(W+"/d", 0o755)))
	cmp.Eq("MkdirAll", ge(gos.MkdirAll(G+"/d/e/f/", 0o755)), ge(os.MkdirAll(W+"/d/e/f/", 0o755)))
	cmp.Eq("MkdirAll file", ge(gos.MkdirAll(G+"/a.txt/x", 0o755)), ge(os.MkdirAll(W+"/a.txt/x", 0o755)))
	for _, n := range []string{"z1", "y2", "x3"} {
		gos.WriteFile(G+"/d/"+n, []byte(n), 0o644)
		os.WriteFile(W+"/d/"+n, []byte(n), 0o644)
	}
	cmp.Eq("Symlink", ge(gos.Symlink("z1", G+"/d/link")), ge(os.Symlink("z1", W+"/d/link")))
	l1, e1 := gos.Readlink(G + "/d/link")
	l2, e2 := os.Readlink(W + "/d/link")
	cmp.Eq("Readlink", []any{l1, ge(e1)}, []any{l2, ge(e2)})
	_, e1 = gos.Readlink(G + "/d/z1")
	_, e2 = os.Readlink(W + "/d/z1")
	cmp.Eq("Readlink notlink", ge(e1), ge(e2))
	d1, e1 := gos.ReadDir(G + "/d")
	d2, e2 := os.ReadDir(W + "/d")
	var n1s, n2s []string
	for _, d := range d1 {
		i, _ := d.Info()
		n1s = append(n1s, fmt.Sprint(d.Name(), d.IsDir(), d.Type(), info(i, nil)))
	}
	for _, d := range d2 {
		i, _ := d.Info()
		n2s = append(n2s, fmt.Sprint(d.Name(), d.IsDir(), d.Type(), info(i, nil)))
	}
	cmp.Eq("ReadDir", []any{n1s, ge(e1)}, []any{n2s, ge(e2)})
	_, e1 = gos.ReadDir(G + "/nope")
	_, e2 = os.ReadDir(W + "/nope")
	cmp.Eq("ReadDir missing", ge(e1), ge(e2))
	df1, _ := gos.Open(G + "/d")
	df2, _ := os.Open(W + "/d")
	r1, e1 := df1.Readdirnames(2)
	r2, e2 := df2.Readdirnames(2)
	cmp.Eq("Readdirnames(2)", []any{len(r1), ge(e1)}, []any{len(r2), ge(e2)})
	rest1, _ := df1.Readdirnames(-1)
	rest2, _ := df2.Readdirnames(-1)
	all1, all2 := append(r1, rest1...), append(r2, rest2...)
	sort.Strings(all1)
	sort.Strings(all2)
	cmp.Eq("Readdirnames all", all1, all2)
	x1, e1 := df1.Readdirnames(1)
	x2, e2 := df2.Readdirnames(1)
	cmp.Eq("Readdirnames EOF", []any{x1, e1 == io.EOF}, []any{x2, e2 == io.EOF})
	_, e1 = df1.Read(make([]byte, 10))
	_, e2 = df2.Read(make([]byte, 10))
	cmp.Eq("Read dir", ge(e1), ge(e2))
	df1.Close()
	df2.Close()
	cmp.Eq("Remove nonempty", ge(gos.Remove(G+"/d")), ge(os.Remove(W+"/d")))
	cmp.Eq("Remove missing", ge(gos.Remove(G+"/nope")), ge(os.Remove(W+"/nope")))
	cmp.Eq("Rename", ge(gos.Rename(G+"/b.txt", G+"/c.txt")), ge(os.Rename(W+"/b.txt", W+"/c.txt")))
	cmp.Eq("Rename missing", ge(gos.Rename(G+"/b.txt", G+"/c.txt")), ge(os.Rename(W+"/b.txt", W+"/c.txt")))
	cmp.Eq("Rename onto dir", ge(gos.Rename(G+"/c.txt", G+"/d")), ge(os.Rename(W+"/c.txt", W+"/d")))
	cmp.Eq("Truncate", ge(gos.Truncate(G+"/c.txt", 1)), ge(os.Truncate(W+"/c.txt", 1)))
	cmp.Eq("Chmod missing", ge(gos.Chmod(G+"/q", 0o600)), ge(os.Chmod(W+"/q", 0o600)))
	cmp.Eq("RemoveAll", ge(gos.RemoveAll(G+"/d")), ge(os.RemoveAll(W+"/d")))
	cmp.Eq("RemoveAll missing", ge(gos.RemoveAll(G+"/d")), ge(os.RemoveAll(W+"/d")))
	cmp.Eq("RemoveAll dot", ge(gos.RemoveAll(G+"/.")), ge(os.RemoveAll(W+"/.")))
	t1, e1 := gos.CreateTemp(G, "pre*suf")
	t2, e2 := os.CreateTemp(W, "pre*suf")
	cmp.Eq("CreateTemp", []any{ge(e1), strings.HasPrefix(strip(t1.Name()), "R/pre"), strings.HasSuffix(t1.Name(), "suf")}, []any{ge(e2), strings.HasPrefix(strip(t2.Name()), "R/pre"), strings.HasSuffix(t2.Name(), "suf")})
	_, e1 = gos.CreateTemp(G, "bad/pattern")
	_, e2 = os.CreateTemp(W, "bad/pattern")
	cmp.Eq("CreateTemp bad", ge(e1), ge(e2))
	m1, e1 := gos.MkdirTemp(G, "dir")
	m2, e2 := os.MkdirTemp(W, "dir")
	cmp.Eq("MkdirTemp", []any{ge(e1), strings.HasPrefix(strip(m1), "R/dir")}, []any{ge(e2), strings.HasPrefix(strip(m2), "R/dir")})

	// Process and environment.
	cmp.Eq("Getpid", []int{gos.Getpid(), gos.Getppid(), gos.Getuid(), gos.Geteuid(), gos.Getgid(), gos.Getegid()}, []int{os.Getpid(), os.Getppid(), os.Getuid(), os.Geteuid(), os.Getgid(), os.Getegid()})
	h1, e1 := gos.Hostname()
	h2, e2 := os.Hostname()
	cmp.Eq("Hostname", []any{h1, ge(e1)}, []any{h2, ge(e2)})
	w1, e1 := gos.Getwd()
	w2, e2 := os.Getwd()
	cmp.Eq("Getwd", []any{w1, ge(e1)}, []any{w2, ge(e2)})
	ex1, e1 := gos.Executable()
	ex2, e2 := os.Executable()
	cmp.Eq("Executable", []any{ex1, ge(e1)}, []any{ex2, ge(e2)})
	cmp.Eq("TempDir", gos.TempDir(), os.TempDir())
	u1, e1 := gos.UserHomeDir()
	u2, e2 := os.UserHomeDir()
	cmp.Eq("UserHomeDir", []any{u1, ge(e1)}, []any{u2, ge(e2)})
	cmp.Eq("Args", gos.Args, os.Args)
	cmp.Eq("Getenv", []string{gos.Getenv("HOME"), gos.Getenv("NOPE_X"), gos.Getenv("")}, []string{os.Getenv("HOME"), os.Getenv("NOPE_X"), os.Getenv("")})
	cmp.Eq("Setenv", []string{ge(gos.Setenv("GOCXX_T", "v1")), ge(gos.Setenv("", "x")), ge(gos.Setenv("A=B", "x"))}, []string{ge(os.Setenv("GOCXX_T", "v1")), ge(os.Setenv("", "x")), ge(os.Setenv("A=B", "x"))})
	v1, ok1 := gos.LookupEnv("GOCXX_T")
	v2, ok2 := os.LookupEnv("GOCXX_T")
	cmp.Eq("LookupEnv", []any{v1, ok1}, []any{v2, ok2})
	gos.Unsetenv("GOCXX_T")
	os.Unsetenv("GOCXX_T")
	v1, ok1 = gos.LookupEnv("GOCXX_T")
	v2, ok2 = os.LookupEnv("GOCXX_T")
	cmp.Eq("Unsetenv", []any{v1, ok1}, []any{v2, ok2})
	env1, env2 := gos.Environ(), os.Environ()
	sort.Strings(env1)
	sort.Strings(env2)
	cmp.Eq("Environ", env1, env2)
	for _, s := range []string{"$HOME/x", "${HOME}y", "$", "${", "${}", "$$", "a$1b", "$NOPE_X.", "${HOME", "$*"} {
		cmp.Eq("ExpandEnv "+s, gos.ExpandEnv(s), os.ExpandEnv(s))
	}
	cmp.Eq("Chdir", ge(gos.Chdir(G)), ge(os.Chdir(G)))
	w1, _ = gos.Getwd()
	cmp.Eq("Getwd after Chdir", w1, G)
	cmp.Eq("Chdir missing", ge(gos.Chdir(G+"/nope")), ge(os.Chdir(G+"/nope")))
	cmp.Eq("consts", []any{gos.O_RDONLY, gos.O_WRONLY, gos.O_RDWR, gos.O_APPEND, gos.O_CREATE, gos.O_EXCL, gos.O_SYNC, gos.O_TRUNC, gos.PathSeparator, gos.PathListSeparator, gos.DevNull, uint32(gos.ModePerm), uint32(gos.ModeDir)},
		[]any{os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_APPEND, os.O_CREATE, os.O_EXCL, os.O_SYNC, os.O_TRUNC, os.PathSeparator, os.PathListSeparator, os.DevNull, uint32(os.ModePerm), uint32(os.ModeDir)})
	n1, e1 = gos.Stdout.Write(nil)
	cmp.Eq("Stdout", []any{n1, e1, gos.Stdout.Name(), gos.Stdin.Fd(), gos.Stderr.Fd()}, []any{0, nil, os.Stdout.Name(), os.Stdin.Fd(), os.Stderr.Fd()})
	cmp.Done("os")
}
