// This file implements package syscall's externs (runtime/std/syscall/*.go): the raw system
// calls behind the Go wrappers (each returns its result and errno, 0 on success, retrying on
// EINTR), Exit, and the process environment.
#pragma once

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include "gocxx/std/sysutil.h"

namespace go::syscall {

static_assert(sizeof(Stat_t) == sizeof(struct ::stat), "Stat_t is struct stat on linux/amd64");

namespace ext {
// A NUL-terminated copy of a Go string; false when it holds a NUL (Go: EINVAL from
// ByteSliceFromString).
inline bool cpath(gocxx::String s, std::string* out) {
  if (s.len && std::memchr(s.ptr, 0, size_t(s.len))) return false;
  out->assign(s.ptr, size_t(s.len));
  return true;
}
// Runs a system call that returns -1/errno, retrying on EINTR; {result, errno}.
template <class F>
inline std::tuple<int64_t, Errno> retry(F f) {
  for (;;) {
    long r = f();
    if (r >= 0) return {int64_t(r), Errno(0)};
    int e = errno;
    if (e != EINTR) return {-1, Errno(e)};
  }
}
template <class F>
inline Errno retry_errno(F f) {
  return std::get<1>(retry(f));
}
}  // namespace ext

inline gocxx::Slice<gocxx::String> runtime_envs() { return gocxx::stdx::environ_strings(); }

inline void setenv_c(gocxx::String k, gocxx::String v) {
  std::string ks(k.view()), vs(v.view());
  ::setenv(ks.c_str(), vs.c_str(), 1);
}
inline void unsetenv_c(gocxx::String k) {
  std::string ks(k.view());
  ::unsetenv(ks.c_str());
}

// os.Exit: no deferred calls, nothing buffered to flush (writes are unbuffered).
[[noreturn]] inline void Exit(int64_t code) { ::_exit(int(code)); }

inline std::tuple<int64_t, Errno> rawOpen(gocxx::String path, int64_t mode, uint32_t perm) {
  std::string p;
  if (!ext::cpath(path, &p)) return {-1, Errno(EINVAL)};
  return ext::retry([&] { return ::open(p.c_str(), int(mode) | O_CLOEXEC, mode_t(perm)); });
}
inline std::tuple<int64_t, Errno> rawRead(int64_t fd, gocxx::Slice<uint8_t> b) {
  return ext::retry([&] { return ::read(int(fd), b.ptr, size_t(b.len)); });
}
inline std::tuple<int64_t, Errno> rawWrite(int64_t fd, gocxx::Slice<uint8_t> b) {
  return ext::retry([&] { return ::write(int(fd), b.ptr, size_t(b.len)); });
}
inline std::tuple<int64_t, Errno> rawPread(int64_t fd, gocxx::Slice<uint8_t> b, int64_t off) {
  return ext::retry([&] { return ::pread(int(fd), b.ptr, size_t(b.len), off_t(off)); });
}
inline std::tuple<int64_t, Errno> rawPwrite(int64_t fd, gocxx::Slice<uint8_t> b, int64_t off) {
  return ext::retry([&] { return ::pwrite(int(fd), b.ptr, size_t(b.len), off_t(off)); });
}
// close is not retried on EINTR: Linux releases the descriptor anyway.
inline Errno rawClose(int64_t fd) { return ::close(int(fd)) == 0 ? Errno(0) : Errno(errno); }
inline std::tuple<int64_t, Errno> rawSeek(int64_t fd, int64_t off, int64_t whence) {
  return ext::retry([&] { return long(::lseek(int(fd), off_t(off), int(whence))); });
}
inline Errno rawFstat(int64_t fd, Stat_t* st) {
  struct ::stat s;
  Errno e = ext::retry_errno([&] { return ::fstat(int(fd), &s); });
  if (e == 0) std::memcpy(static_cast<void*>(st), &s, sizeof s);
  return e;
}
inline Errno rawStat(gocxx::String path, Stat_t* st, bool nofollow) {
  std::string p;
  if (!ext::cpath(path, &p)) return Errno(EINVAL);
  struct ::stat s;
  Errno e =
      ext::retry_errno([&] { return nofollow ? ::lstat(p.c_str(), &s) : ::stat(p.c_str(), &s); });
  if (e == 0) std::memcpy(static_cast<void*>(st), &s, sizeof s);
  return e;
}
inline Errno rawFsync(int64_t fd) {
  return ext::retry_errno([&] { return ::fsync(int(fd)); });
}
inline Errno rawFtruncate(int64_t fd, int64_t n) {
  return ext::retry_errno([&] { return ::ftruncate(int(fd), off_t(n)); });
}

#define GOCXX_SYSCALL_PATH1(name, call)              \
  inline Errno name(gocxx::String path) {            \
    std::string p;                                   \
    if (!ext::cpath(path, &p)) return Errno(EINVAL); \
    return ext::retry_errno([&] { return call; });   \
  }
GOCXX_SYSCALL_PATH1(rawRmdir, ::rmdir(p.c_str()))
GOCXX_SYSCALL_PATH1(rawUnlink, ::unlink(p.c_str()))
GOCXX_SYSCALL_PATH1(rawChdir, ::chdir(p.c_str()))
#undef GOCXX_SYSCALL_PATH1

inline Errno rawTruncate(gocxx::String path, int64_t n) {
  std::string p;
  if (!ext::cpath(path, &p)) return Errno(EINVAL);
  return ext::retry_errno([&] { return ::truncate(p.c_str(), off_t(n)); });
}
inline Errno rawMkdir(gocxx::String path, uint32_t mode) {
  std::string p;
  if (!ext::cpath(path, &p)) return Errno(EINVAL);
  return ext::retry_errno([&] { return ::mkdir(p.c_str(), mode_t(mode)); });
}
inline Errno rawChmod(gocxx::String path, uint32_t mode) {
  std::string p;
  if (!ext::cpath(path, &p)) return Errno(EINVAL);
  return ext::retry_errno([&] { return ::chmod(p.c_str(), mode_t(mode)); });
}
inline Errno rawFchmod(int64_t fd, uint32_t mode) {
  return ext::retry_errno([&] { return ::fchmod(int(fd), mode_t(mode)); });
}

#define GOCXX_SYSCALL_PATH2(name, call)                                     \
  inline Errno name(gocxx::String from, gocxx::String to) {                 \
    std::string a, b;                                                       \
    if (!ext::cpath(from, &a) || !ext::cpath(to, &b)) return Errno(EINVAL); \
    return ext::retry_errno([&] { return call(a.c_str(), b.c_str()); });    \
  }
GOCXX_SYSCALL_PATH2(rawRename, ::rename)
GOCXX_SYSCALL_PATH2(rawLink, ::link)
GOCXX_SYSCALL_PATH2(rawSymlink, ::symlink)
#undef GOCXX_SYSCALL_PATH2

inline std::tuple<int64_t, Errno> rawReadlink(gocxx::String path, gocxx::Slice<uint8_t> buf) {
  std::string p;
  if (!ext::cpath(path, &p)) return {-1, Errno(EINVAL)};
  return ext::retry([&] {
    return long(::readlink(p.c_str(), reinterpret_cast<char*>(buf.ptr), size_t(buf.len)));
  });
}
// The raw getcwd system call returns the length including the NUL (Go's Getwd expects that).
inline std::tuple<int64_t, Errno> rawGetcwd(gocxx::Slice<uint8_t> buf) {
  return ext::retry([&] { return long(::syscall(SYS_getcwd, buf.ptr, size_t(buf.len))); });
}
inline std::tuple<int64_t, Errno> rawGetdents(int64_t fd, gocxx::Slice<uint8_t> buf) {
  return ext::retry(
      [&] { return long(::syscall(SYS_getdents64, int(fd), buf.ptr, size_t(buf.len))); });
}
inline int64_t rawGetid(int64_t which) {
  switch (which) {
    case 0:
      return ::getpid();
    case 1:
      return ::getppid();
    case 2:
      return ::getuid();
    case 3:
      return ::geteuid();
    case 4:
      return ::getgid();
    default:
      return ::getegid();
  }
}
inline std::tuple<int64_t, int64_t, Errno> rawPipe2(int64_t flags) {
  int fds[2];
  if (::pipe2(fds, int(flags)) != 0) return {-1, -1, Errno(errno)};
  return {fds[0], fds[1], Errno(0)};
}
inline Errno rawKill(int64_t pid, int64_t sig) {
  return ::kill(pid_t(pid), int(sig)) == 0 ? Errno(0) : Errno(errno);
}

}  // namespace go::syscall
