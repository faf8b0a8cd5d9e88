package syscall

// The raw* functions are the runtime's system calls: each returns the call's result and its
// errno (0 on success), retrying on EINTR. Their Go wrappers turn errno into an error as Go's
// syscall package does.

// Timespec is struct timespec.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Unix returns the time stored in ts as seconds plus nanoseconds.
func (ts *Timespec) Unix() (sec int64, nsec int64) {
	return int64(ts.Sec), int64(ts.Nsec)
}

// Nano returns the time stored in ts as nanoseconds.
func (ts *Timespec) Nano() int64 {
	return int64(ts.Sec)*1e9 + int64(ts.Nsec)
}

// Stat_t is struct stat on linux/amd64.
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	X__pad0   int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atim      Timespec
	Mtim      Timespec
	Ctim      Timespec
	X__unused [3]int64
}

// Stdin, Stdout and Stderr are the standard file descriptors.
var (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

// ImplementsGetwd reports that Getwd is implemented.
const ImplementsGetwd = true

func Open(path string, mode int, perm uint32) (fd int, err error) {
	fd, e := rawOpen(path, mode, perm)
	if e != 0 {
		return -1, errnoErr(e)
	}
	return fd, nil
}

func Read(fd int, p []byte) (n int, err error) {
	n, e := rawRead(fd, p)
	if e != 0 {
		return -1, errnoErr(e)
	}
	return n, nil
}

func Write(fd int, p []byte) (n int, err error) {
	n, e := rawWrite(fd, p)
	if e != 0 {
		return -1, errnoErr(e)
	}
	return n, nil
}

func Pread(fd int, p []byte, offset int64) (n int, err error) {
	n, e := rawPread(fd, p, offset)
	if e != 0 {
		return -1, errnoErr(e)
	}
	return n, nil
}

func Pwrite(fd int, p []byte, offset int64) (n int, err error) {
	n, e := rawPwrite(fd, p, offset)
	if e != 0 {
		return -1, errnoErr(e)
	}
	return n, nil
}

func Close(fd int) (err error) {
	return errnoErr(rawClose(fd))
}

func Seek(fd int, offset int64, whence int) (off int64, err error) {
	off, e := rawSeek(fd, offset, whence)
	if e != 0 {
		return -1, errnoErr(e)
	}
	return off, nil
}

func Fstat(fd int, stat *Stat_t) (err error) {
	return errnoErr(rawFstat(fd, stat))
}

func Stat(path string, stat *Stat_t) (err error) {
	return errnoErr(rawStat(path, stat, false))
}

func Lstat(path string, stat *Stat_t) (err error) {
	return errnoErr(rawStat(path, stat, true))
}

func Fsync(fd int) (err error) {
	return errnoErr(rawFsync(fd))
}

func Ftruncate(fd int, length int64) (err error) {
	return errnoErr(rawFtruncate(fd, length))
}

func Truncate(path string, length int64) (err error) {
	return errnoErr(rawTruncate(path, length))
}

func Mkdir(path string, mode uint32) (err error) {
	return errnoErr(rawMkdir(path, mode))
}

func Rmdir(path string) error {
	return errnoErr(rawRmdir(path))
}

func Unlink(path string) error {
	return errnoErr(rawUnlink(path))
}

func Rename(oldpath string, newpath string) (err error) {
	return errnoErr(rawRename(oldpath, newpath))
}

func Link(oldpath string, newpath string) (err error) {
	return errnoErr(rawLink(oldpath, newpath))
}

func Symlink(oldpath string, newpath string) (err error) {
	return errnoErr(rawSymlink(oldpath, newpath))
}

func Readlink(path string, buf []byte) (n int, err error) {
	n, e := rawReadlink(path, buf)
	if e != 0 {
		return -1, errnoErr(e)
	}
	return n, nil
}

func Chmod(path string, mode uint32) (err error) {
	return errnoErr(rawChmod(path, mode))
}

func Fchmod(fd int, mode uint32) (err error) {
	return errnoErr(rawFchmod(fd, mode))
}

func Chdir(path string) (err error) {
	return errnoErr(rawChdir(path))
}

func Getwd() (wd string, err error) {
	var buf [4096]byte
	n, e := rawGetcwd(buf[:])
	if e != 0 {
		return "", errnoErr(e)
	}
	// Getcwd returns the number of bytes written to buf, including the NUL.
	if n < 1 || n > len(buf) || buf[n-1] != 0 {
		return "", EINVAL
	}
	// In some cases, Linux can return a path that starts with the
	// "(unreachable)" prefix, which can potentially be a valid relative
	// path. To work around that, return ENOENT if path is not absolute.
	if buf[0] != '/' {
		return "", ENOENT
	}
	return string(buf[0 : n-1]), nil
}

// ReadDirent reads directory entries (struct linux_dirent64 records) from fd into buf.
func ReadDirent(fd int, buf []byte) (n int, err error) {
	n, e := rawGetdents(fd, buf)
	if e != 0 {
		return -1, errnoErr(e)
	}
	return n, nil
}

func Getpid() (pid int)   { return rawGetid(0) }
func Getppid() (ppid int) { return rawGetid(1) }
func Getuid() (uid int)   { return rawGetid(2) }
func Geteuid() (euid int) { return rawGetid(3) }
func Getgid() (gid int)   { return rawGetid(4) }
func Getegid() (egid int) { return rawGetid(5) }

func Getpagesize() int { return 4096 }

// Exit terminates the process with the given status without running deferred calls
// (the runtime flushes nothing: Go's os.Exit semantics).
//
//gocxx:extern
func Exit(code int)

//gocxx:extern
func rawOpen(path string, mode int, perm uint32) (fd int, errno Errno)

//gocxx:extern
func rawRead(fd int, p []byte) (n int, errno Errno)

//gocxx:extern
func rawWrite(fd int, p []byte) (n int, errno Errno)

//gocxx:extern
func rawPread(fd int, p []byte, offset int64) (n int, errno Errno)

//gocxx:extern
func rawPwrite(fd int, p []byte, offset int64) (n int, errno Errno)

//gocxx:extern
func rawClose(fd int) Errno

//gocxx:extern
func rawSeek(fd int, offset int64, whence int) (off int64, errno Errno)

//gocxx:extern
func rawFstat(fd int, stat *Stat_t) Errno

// rawStat is stat(2), or lstat(2) when nofollow.
//
//gocxx:extern
func rawStat(path string, stat *Stat_t, nofollow bool) Errno

//gocxx:extern
func rawFsync(fd int) Errno

//gocxx:extern
func rawFtruncate(fd int, length int64) Errno

//gocxx:extern
func rawTruncate(path string, length int64) Errno

//gocxx:extern
func rawMkdir(path string, mode uint32) Errno

//gocxx:extern
func rawRmdir(path string) Errno

//gocxx:extern
func rawUnlink(path string) Errno

//gocxx:extern
func rawRename(oldpath string, newpath string) Errno

//gocxx:extern
func rawLink(oldpath string, newpath string) Errno

//gocxx:extern
func rawSymlink(oldpath string, newpath string) Errno

//gocxx:extern
func rawReadlink(path string, buf []byte) (n int, errno Errno)

//gocxx:extern
func rawChmod(path string, mode uint32) Errno

//gocxx:extern
func rawFchmod(fd int, mode uint32) Errno

//gocxx:extern
func rawChdir(path string) Errno

// rawGetcwd is the getcwd system call: n counts the terminating NUL.
//
//gocxx:extern
func rawGetcwd(buf []byte) (n int, errno Errno)

// rawGetdents is getdents64(2).
//
//gocxx:extern
func rawGetdents(fd int, buf []byte) (n int, errno Errno)

// rawGetid returns getpid, getppid, getuid, geteuid, getgid or getegid for which = 0..5.
//
//gocxx:extern
func rawGetid(which int) int
