// This file implements the gc builtin print formats (see print.h); printfloat follows Go's
// runtime/print.go digit by digit so outputs match exactly.
#include "gocxx/print.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include "sched_internal.h"

namespace gocxx {

void print_to(std::string& out, bool v) { out += v ? "true" : "false"; }

void print_to(std::string& out, int64_t v) {
  if (v < 0) {
    out += '-';
    print_to(out, uint64_t(0) - uint64_t(v));
  } else {
    print_to(out, uint64_t(v));
  }
}

void print_to(std::string& out, uint64_t v) {
  char buf[24];
  int i = 24;
  do {
    buf[--i] = char('0' + v % 10);
    v /= 10;
  } while (v);
  out.append(buf + i, 24 - i);
}

void print_to(std::string& out, double v) {
  if (v != v) {
    out += "NaN";
    return;
  }
  if (v + v == v && v > 0) {
    out += "+Inf";
    return;
  }
  if (v + v == v && v < 0) {
    out += "-Inf";
    return;
  }
  constexpr int n = 7;
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (1 / v < 0) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int s = int(v);
    buf[i + 2] = char(s + '0');
    v -= double(s);
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = char(e / 100 + '0');
  buf[n + 5] = char(e / 10 % 10 + '0');
  buf[n + 6] = char(e % 10 + '0');
  out.append(buf, n + 7);
}

void print_to(std::string& out, std::complex<double> v) {
  out += '(';
  print_to(out, v.real());
  print_to(out, v.imag());
  out += "i)";
}

void print_to(std::string& out, String v) { out.append(v.ptr ? v.ptr : "", size_t(v.len)); }

void print_hex(std::string& out, uint64_t v) {
  char buf[20];
  int i = 20;
  do {
    buf[--i] = "0123456789abcdef"[v % 16];
    v /= 16;
  } while (v);
  out += "0x";
  out.append(buf + i, 20 - i);
}

void print_pointer(std::string& out, const void* p) {
  print_hex(out, reinterpret_cast<uintptr_t>(p));
}

void print_flush(const std::string& s) { detail::write_stderr(s.data(), s.size()); }

}  // namespace gocxx

namespace gocxx {

bool write_fd(int fd, std::string_view bytes) {
  const char* p = bytes.data();
  std::size_t n = bytes.size();
  while (n > 0) {
    ssize_t k = ::write(fd, p, n);
    if (k < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += k;
    n -= std::size_t(k);
  }
  return true;
}

}  // namespace gocxx
