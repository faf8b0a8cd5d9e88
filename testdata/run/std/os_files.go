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
)

func main() {
	dir, err := os.MkdirTemp("", "gocxx-os-*")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	fmt.Println("temp prefix ok:", strings.HasPrefix(filepath.Base(dir), "gocxx-os-"))
	p := filepath.Join(dir, "a.txt")
	fmt.Println(os.WriteFile(p, []byte("hello\nworld\n"), 0644))
	data, err := os.ReadFile(p)
	fmt.Printf("%q %v\n", data, err)
	fi, err := os.Stat(p)
	fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode().IsRegular(), fi.Mode().Perm(), err)
	f, err := os.Create(filepath.Join(dir, "b.txt"))
	fmt.Println(err)
	n, err := f.WriteString("line one\n")
	fmt.Println(n, err)
	n, err = f.Write([]byte("line two\n"))
	fmt.Println(n, err)
	fmt.Fprintf(f, "formatted %d\n", 3)
	fmt.Println(f.Close())
	fmt.Println(f.Close() != nil)
	f, err = os.Open(filepath.Join(dir, "b.txt"))
	fmt.Println(err, f.Name() == filepath.Join(dir, "b.txt"))
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	off, err := f.Seek(-4, io.SeekEnd)
	fmt.Println(off, err)
	rest, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", rest, err)
	n, err = f.Read(buf)
	fmt.Println(n, err)
	n, err = f.ReadAt(buf, 5)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	_, err = f.Write([]byte("x"))
	fmt.Println(err != nil)
	f.Close()
	_, err = f.Read(buf)
	fmt.Println(errors.Is(err, os.ErrClosed), strings.HasSuffix(err.Error(), "file already closed"))
	f, _ = os.OpenFile(filepath.Join(dir, "b.txt"), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("appended\n")
	f.Close()
	data, _ = os.ReadFile(filepath.Join(dir, "b.txt"))
	fmt.Printf("%q\n", data)
	fmt.Println(os.Mkdir(filepath.Join(dir, "sub"), 0755))
	fmt.Println(os.MkdirAll(filepath.Join(dir, "sub", "x", "y"), 0755))
	os.WriteFile(filepath.Join(dir, "sub", "c.txt"), nil, 0600)
	entries, err := os.ReadDir(dir)
	names := []string{}
	for _, e := range entries {
		names = append(names, fmt.Sprintf("%s:%v", e.Name(), e.IsDir()))
	}
	sort.Strings(names)
	fmt.Println(names, err)
	fmt.Println(os.Rename(filepath.Join(dir, "a.txt"), filepath.Join(dir, "renamed.txt")))
	_, err = os.Stat(filepath.Join(dir, "a.txt"))
	fmt.Println(os.IsNotExist(err), errors.Is(err, fs.ErrNotExist))
	fmt.Println(os.Remove(filepath.Join(dir, "renamed.txt")))
	err = os.Remove(filepath.Join(dir, "renamed.txt"))
	fmt.Println(os.IsNotExist(err))
	err = os.Remove(filepath.Join(dir, "sub"))
	fmt.Println(err != nil, os.IsExist(err) || strings.Contains(err.Error(), "directory not empty"))
	fmt.Println(os.RemoveAll(filepath.Join(dir, "sub")))
	_, err = os.Stat(filepath.Join(dir, "sub"))
	fmt.Println(os.IsNotExist(err))
	err = os.Mkdir(dir, 0755)
	fmt.Println(os.IsExist(err), errors.Is(err, fs.ErrExist))
	tf, err := os.CreateTemp(dir, "tmp*.dat")
	fmt.Println(err, strings.HasPrefix(filepath.Base(tf.Name()), "tmp"), strings.HasSuffix(tf.Name(), ".dat"))
	tf.Close()
	st, _ := os.Lstat(dir)
	fmt.Println(st.IsDir(), st.Mode().IsDir(), st.Mode()&fs.ModeDir != 0)
	fmt.Println(os.Chmod(tf.Name(), 0600))
	st, _ = os.Stat(tf.Name())
	fmt.Println(st.Mode())
	fmt.Println(os.Truncate(filepath.Join(dir, "b.txt"), 4))
	data, _ = os.ReadFile(filepath.Join(dir, "b.txt"))
	fmt.Printf("%q\n", data)
	wd, err := os.Getwd()
	fmt.Println(wd != "", err)
	fmt.Println(os.PathSeparator, os.PathListSeparator, os.DevNull)
}
