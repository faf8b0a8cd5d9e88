//go:build ignore

package syscall

// Bodies of syscall's externs for std-compare, on Go's own syscall package.

import (
	"os"
	stdsys "syscall"
	"unsafe"
)

func en(err error) Errno {
	if err == nil {
		return 0
	}
	return Errno(err.(stdsys.Errno))
}

func Exit(code int) { stdsys.Exit(code) }

func rawOpen(path string, mode int, perm uint32) (int, Errno) {
	fd, err := stdsys.Open(path, mode, perm)
	return fd, en(err)
}
func rawRead(fd int, p []byte) (int, Errno)  { n, err := stdsys.Read(fd, p); return n, en(err) }
func rawWrite(fd int, p []byte) (int, Errno) { n, err := stdsys.Write(fd, p); return n, en(err) }
func rawPread(fd int, p []byte, off int64) (int, Errno) {
	n, err := stdsys.Pread(fd, p, off)
	return n, en(err)
}
func rawPwrite(fd int, p []byte, off int64) (int, Errno) {
	n, err := stdsys.Pwrite(fd, p, off)
	return n, en(err)
}
func rawClose(fd int) Errno { return en(stdsys.Close(fd)) }
func rawSeek(fd int, off int64, whence int) (int64, Errno) {
	o, err := stdsys.Seek(fd, off, whence)
	return o, en(err)
}
func rawFstat(fd int, st *Stat_t) Errno {
	return en(stdsys.Fstat(fd, (*stdsys.Stat_t)(unsafe.Pointer(st))))
}
func rawStat(path string, st *Stat_t, nofollow bool) Errno {
	if nofollow {
		return en(stdsys.Lstat(path, (*stdsys.Stat_t)(unsafe.Pointer(st))))
	}
	return en(stdsys.Stat(path, (*stdsys.Stat_t)(unsafe.Pointer(st))))
}
func rawFsync(fd int) Errno                   { return en(stdsys.Fsync(fd)) }
func rawFtruncate(fd int, n int64) Errno      { return en(stdsys.Ftruncate(fd, n)) }
func rawTruncate(path string, n int64) Errno  { return en(stdsys.Truncate(path, n)) }
func rawMkdir(path string, mode uint32) Errno { return en(stdsys.Mkdir(path, mode)) }
func rawRmdir(path string) Errno              { return en(stdsys.Rmdir(path)) }
func rawUnlink(path string) Errno             { return en(stdsys.Unlink(path)) }
func rawRename(a, b string) Errno             { return en(stdsys.Rename(a, b)) }
func rawLink(a, b string) Errno               { return en(stdsys.Link(a, b)) }
func rawSymlink(a, b string) Errno            { return en(stdsys.Symlink(a, b)) }
func rawChmod(path string, mode uint32) Errno { return en(stdsys.Chmod(path, mode)) }
func rawFchmod(fd int, mode uint32) Errno     { return en(stdsys.Fchmod(fd, mode)) }
func rawChdir(path string) Errno              { return en(stdsys.Chdir(path)) }
func rawReadlink(path string, b []byte) (int, Errno) {
	n, err := stdsys.Readlink(path, b)
	return n, en(err)
}
func rawGetcwd(b []byte) (int, Errno) { n, err := stdsys.Getcwd(b); return n, en(err) }
func rawGetdents(fd int, b []byte) (int, Errno) {
	n, err := stdsys.ReadDirent(fd, b)
	return n, en(err)
}
func rawGetid(which int) int {
	switch which {
	case 0:
		return stdsys.Getpid()
	case 1:
		return stdsys.Getppid()
	case 2:
		return stdsys.Getuid()
	case 3:
		return stdsys.Geteuid()
	case 4:
		return stdsys.Getgid()
	}
	return stdsys.Getegid()
}
func runtime_envs() []string { return os.Environ() }
func setenv_c(k, v string)   { os.Setenv(k, v) }
func unsetenv_c(k string)    { os.Unsetenv(k) }
