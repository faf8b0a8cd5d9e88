package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

func main() {
	_, err := os.Open("/nonexistent")
	fmt.Println(err)
	fmt.Printf("%T\n", err)
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err, pe.Err == syscall.ENOENT, pe.Unwrap() == syscall.ENOENT)
	}
	fmt.Println(os.IsNotExist(err), os.IsExist(err), os.IsPermission(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrExist))
	_, err = os.ReadFile("/nonexistent/dir/file.txt")
	fmt.Println(err)
	err = os.WriteFile("/nonexistent/dir/file.txt", []byte("x"), 0644)
	fmt.Println(err)
	_, err = os.Create("/nonexistent/x")
	fmt.Println(err)
	_, err = os.Stat("/nonexistent")
	fmt.Println(err)
	_, err = os.Lstat("/nonexistent")
	fmt.Println(err)
	err = os.Remove("/nonexistent")
	fmt.Println(err)
	err = os.Mkdir("/nonexistent/a/b", 0755)
	fmt.Println(err)
	err = os.Rename("/nonexistent", "/nonexistent2")
	fmt.Println(err)
	fmt.Printf("%T\n", err)
	_, err = os.ReadDir("/nonexistent")
	fmt.Println(err)
	err = os.Chdir("/nonexistent")
	fmt.Println(err)
	_, err = os.ReadFile("/")
	fmt.Println(err)
	err = os.Mkdir("/", 0755)
	fmt.Println(err, os.IsExist(err))
	_, err = os.OpenFile("/", os.O_WRONLY, 0)
	fmt.Println(err)
	fmt.Println(fs.ErrNotExist, fs.ErrExist, fs.ErrPermission, fs.ErrClosed, fs.ErrInvalid)
	fmt.Println(os.ErrDeadlineExceeded, os.ErrNoDeadline)
	pe2 := &fs.PathError{Op: "custom", Path: "/p", Err: errors.New("bad")}
	fmt.Println(pe2, pe2.Timeout())
	le := &os.LinkError{Op: "link", Old: "a", New: "b", Err: syscall.EEXIST}
	fmt.Println(le, os.IsExist(le))
	se := os.NewSyscallError("open", syscall.EACCES)
	fmt.Println(se, os.IsPermission(se), errors.Is(se, fs.ErrPermission))
	fmt.Println(os.NewSyscallError("x", nil) == nil)
	var f *os.File
	_, err = f.Read(nil)
	fmt.Println(err, err == os.ErrInvalid)
	fmt.Println(syscall.ENOENT, syscall.EACCES, syscall.EEXIST, syscall.EINVAL, syscall.ENOTDIR, syscall.EISDIR)
	fmt.Println(syscall.ENOENT.Is(fs.ErrNotExist), syscall.Errno(0))
}
