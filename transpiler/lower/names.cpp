// This file implements C++ names for Go entities:
//   package a/b           -> namespace go::a::b
//   func F / var V        -> go::a::b::F / V
//   func (T) M, (*T) M    -> go::a::b::T_M (the receiver is the first parameter)
//   local x (shadowing)   -> x, x_1, x_2 ...
// A Go name that is a C++ keyword or a macro of the C library gets a
// trailing "_" (io.EOF -> go::io::EOF_).

#include <unordered_set>

#include "lower/emitter.h"

namespace gocxx::lower {

namespace {

const std::unordered_set<std::string_view>& reserved() {
  static const std::unordered_set<std::string_view> kReserved = {
      // C++ keywords that are not Go keywords.
      "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "catch",
      "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const_cast",
      "consteval", "constexpr", "constinit", "co_await", "co_return", "co_yield", "decltype",
      "delete", "do", "double", "dynamic_cast", "enum", "explicit", "export", "extern", "false",
      "float", "friend", "inline", "int", "long", "mutable", "namespace", "new", "noexcept",
      "not", "not_eq", "nullptr", "operator", "or", "or_eq", "private", "protected", "public",
      "register", "reinterpret_cast", "requires", "short", "signed", "sizeof", "static",
      "static_assert", "static_cast", "template", "this", "thread_local", "throw", "true", "try",
      "typedef", "typeid", "typename", "union", "unsigned", "using", "virtual", "void",
      "volatile", "wchar_t", "while", "xor", "xor_eq", "main", "std", "gocxx", "go",
      // Macros of the C and POSIX headers the runtime includes, and names
      // the emitter itself uses.
      "EOF", "NULL", "errno", "stdin", "stdout", "stderr", "assert", "BUFSIZ", "SEEK_SET",
      "SEEK_CUR", "SEEK_END", "EXIT_SUCCESS", "EXIT_FAILURE", "RAND_MAX", "INFINITY", "NAN",
      "HUGE_VAL", "FP_NAN", "FP_INFINITE", "FP_ZERO", "FP_NORMAL", "FP_SUBNORMAL", "CHAR_BIT",
      "INT_MAX", "INT_MIN", "UINT_MAX", "LONG_MAX", "LONG_MIN", "signbit", "isnan", "isinf",
      "isfinite", "isnormal", "fpclassify", "unix", "linux", "major", "minor", "makedev",
      "offsetof", "va_start", "va_end", "va_arg", "setjmp", "MB_LEN_MAX", "PATH_MAX",
      "O_RDONLY", "O_WRONLY", "O_RDWR", "O_APPEND", "O_CREAT", "O_EXCL", "O_SYNC", "O_TRUNC",
      "O_CLOEXEC", "O_NONBLOCK", "O_NOCTTY", "O_DIRECTORY", "O_NOFOLLOW", "O_ASYNC", "O_DIRECT",
      "O_DSYNC", "O_LARGEFILE", "O_NOATIME", "O_NDELAY", "O_RSYNC", "O_ACCMODE", "O_PATH",
      "O_TMPFILE", "F_OK", "R_OK", "W_OK", "X_OK", "S_IFMT", "S_IFDIR", "S_IFREG", "S_IFLNK",
      "S_IFBLK", "S_IFCHR", "S_IFIFO", "S_IFSOCK", "S_ISUID", "S_ISGID", "S_ISVTX", "S_IRUSR",
      "S_IWUSR", "S_IXUSR", "S_IRWXU", "S_IRGRP", "S_IWGRP", "S_IXGRP", "S_IRWXG", "S_IROTH",
      "S_IWOTH", "S_IXOTH", "S_IRWXO", "S_IREAD", "S_IWRITE", "S_IEXEC", "SIGINT", "SIGTERM",
      "SIGKILL", "SIGPIPE", "SIGSEGV", "SIGABRT", "SIGHUP", "SIGQUIT", "SIGCHLD", "SIGUSR1",
      "SIGUSR2", "SIGALRM", "SIGBUS", "SIGFPE", "SIGILL", "SIGTRAP", "SIGURG", "SIGWINCH",
      "SIGIO", "SIGPROF", "SIGSYS", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU",
      "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPWR", "SIGSTKFLT", "SIGPOLL", "SIGIOT",
      "E2BIG", "EACCES", "EADDRINUSE", "EADDRNOTAVAIL", "EAFNOSUPPORT", "EAGAIN", "EALREADY",
      "EBADF", "EBUSY", "ECANCELED", "ECHILD", "ECONNABORTED", "ECONNREFUSED", "ECONNRESET",
      "EDEADLK", "EDESTADDRREQ", "EDOM", "EEXIST", "EFAULT", "EFBIG", "EHOSTUNREACH", "EINTR",
      "EINVAL", "EIO", "EISCONN", "EISDIR", "ELOOP", "EMFILE", "EMLINK", "EMSGSIZE",
      "ENAMETOOLONG", "ENETDOWN", "ENETRESET", "ENETUNREACH", "ENFILE", "ENOBUFS", "ENODEV",
      "ENOENT", "ENOEXEC", "ENOLCK", "ENOMEM", "ENOSPC", "ENOSYS", "ENOTCONN", "ENOTDIR",
      "ENOTEMPTY", "ENOTSOCK", "ENOTSUP", "ENOTTY", "ENXIO", "EOPNOTSUPP", "EOVERFLOW", "EPERM",
      "EPIPE", "ERANGE", "EROFS", "ESPIPE", "ESRCH", "ETIMEDOUT", "ETXTBSY", "EWOULDBLOCK",
      "EXDEV", "ENOTBLK", "EILSEQ", "EBADMSG", "EIDRM", "ENOMSG", "ENOLINK", "ENODATA",
      "ENOSR", "ENOSTR", "EPROTO", "ETIME", "ESTALE", "EDQUOT", "EMULTIHOP", "EPROTONOSUPPORT",
      "EPROTOTYPE", "ENOPROTOOPT", "ESHUTDOWN", "ETOOMANYREFS", "EHOSTDOWN", "EUSERS",
      "ESOCKTNOSUPPORT", "EPFNOSUPPORT", "EREMOTE", "EOWNERDEAD", "ENOTRECOVERABLE",
      "ERFKILL", "EHWPOISON", "ENOTUNIQ", "EBADFD", "EREMCHG", "ELIBACC", "ELIBBAD",
      "ELIBSCN", "ELIBMAX", "ELIBEXEC", "ERESTART", "ESTRPIPE", "EUCLEAN", "ENOTNAM",
      "ENAVAIL", "EISNAM", "EREMOTEIO", "ENOMEDIUM", "EMEDIUMTYPE", "ENOKEY", "EKEYEXPIRED",
      "EKEYREVOKED", "EKEYREJECTED", "ECHRNG", "EL2NSYNC", "EL3HLT", "EL3RST", "ELNRNG",
      "EUNATCH", "ENOCSI", "EL2HLT", "EBADE", "EBADR", "EXFULL", "ENOANO", "EBADRQC",
      "EBADSLT", "EDEADLOCK", "EBFONT", "ENONET", "ENOPKG", "EADV", "ESRMNT", "ECOMM",
      "EDOTDOT", "ENOTSUP", "ERFKILL", "CLOCK_REALTIME", "CLOCK_MONOTONIC", "AT_FDCWD",
      "AT_REMOVEDIR", "AT_SYMLINK_NOFOLLOW", "FD_CLOEXEC", "F_GETFL", "F_SETFL", "F_GETFD",
      "F_SETFD", "F_DUPFD_CLOEXEC", "F_DUPFD", "LOCK_EX", "LOCK_SH", "LOCK_UN", "LOCK_NB",
      "WNOHANG", "PROT_READ", "PROT_WRITE", "PROT_EXEC", "PROT_NONE", "MAP_SHARED",
      "MAP_PRIVATE", "MAP_ANON", "MAP_ANONYMOUS", "MAP_FAILED", "STDIN_FILENO",
      "STDOUT_FILENO", "STDERR_FILENO", "TIOCGWINSZ", "FIONREAD", "DT_DIR", "DT_REG",
      "DT_LNK", "DT_UNKNOWN", "DT_FIFO", "DT_SOCK", "DT_CHR", "DT_BLK", "UTIME_NOW",
      "UTIME_OMIT", "IPPROTO_TCP", "IPPROTO_UDP", "AF_INET", "AF_INET6", "AF_UNIX",
      "SOCK_STREAM", "SOCK_DGRAM", "EPOLLIN", "EPOLLOUT", "EPOLLET", "EPOLLERR", "EPOLLHUP",
      "EPOLLRDHUP", "NSIG", "SIG_DFL", "SIG_IGN", "SIG_ERR", "P_tmpdir", "FILENAME_MAX",
      "TMP_MAX", "L_tmpnam", "MAXPATHLEN", "NAME_MAX", "PIPE_BUF", "SSIZE_MAX", "IOV_MAX",
  };
  return kReserved;
}

}  // namespace

std::string Emitter::escape(std::string_view name) {
  std::string out(name);
  if (reserved().count(name) != 0) out += '_';
  // Names starting with "_" + uppercase or containing "__" are reserved in C++.
  if (out.size() > 1 && out[0] == '_' && (out[1] == '_' || (out[1] >= 'A' && out[1] <= 'Z'))) out = "u" + out;
  for (size_t i = 0; i + 1 < out.size(); i++) {
    if (out[i] == '_' && out[i + 1] == '_') out[i + 1] = 'x';
  }
  // Non-ASCII letters are valid identifiers for GCC and Clang (UTF-8 input).
  return out;
}

std::string Emitter::ns_of(const Package* pkg) const {
  if (pkg == nullptr) return "go";
  std::string out = "go";
  std::string_view path = pkg->path;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    std::string part;
    for (char c : path.substr(start, slash - start)) {
      part += (std::isalnum(static_cast<unsigned char>(c)) || c == '_') ? c : '_';
    }
    if (!part.empty() && std::isdigit(static_cast<unsigned char>(part[0]))) part = "p" + part;
    // A package directory named like an identifier of its parent package
    // would collide (math/rand vs math.rand): nested namespaces get a "_pkg"-free
    // spelling but keywords are escaped.
    out += "::" + escape(part);
    start = slash + 1;
  }
  return out;
}

std::string Emitter::qual(const Object* obj) {
  std::string name = escape(obj->name);
  if (auto* tn = dyn_cast<TypeName>(const_cast<Object*>(obj))) {
    auto it = local_type_names_.find(tn);
    if (it != local_type_names_.end()) name = it->second;
    // A C++ class cannot have a member named like itself: runtime.Error's
    // Error method, a struct T with a field T.
    if (auto* n = dyn_cast<Named>(tn->type); n && n->obj == tn && n->underlying && n->cxx_type.empty()) {
      bool clash = false;
      if (auto* i = dyn_cast<Interface>(n->underlying))
        for (Func* m : i->all_methods) clash |= m->name == tn->name;
      if (auto* st = dyn_cast<Struct>(n->underlying))
        for (Var* f : st->fields) clash |= f->name == tn->name;
      if (clash) name += "_";
    }
  }
  return ns_of(obj->pkg) + "::" + name;
}

std::string Emitter::func_name(const Func* f) {
  auto* sig = static_cast<Signature*>(f->type);
  if (sig->recv == nullptr) {
    auto it = init_names_.find(f);
    if (it != init_names_.end()) return ns_of(f->pkg) + "::" + it->second;
    return qual(f);
  }
  Type* rt = sig->recv->type;
  if (auto* p = dyn_cast<Pointer>(rt)) rt = p->elem;
  auto* named = dyn_cast<Named>(rt);
  std::string tname = named ? escape(named->obj->name) : "recv";
  if (named) {
    auto it = local_type_names_.find(named->obj);
    if (it != local_type_names_.end()) tname = it->second;
  }
  return ns_of(f->pkg) + "::" + tname + "_" + std::string(f->name);
}

std::string Emitter::declare_local(const Var* v) {
  std::string base = v->name.empty() || v->name == "_" ? "_" : escape(v->name);
  if (base == "_") base = "blank";
  std::string name = base;
  for (int i = 1; fn_->used.count(name); i++) name = base + "_" + std::to_string(i);
  fn_->used.insert(name);
  fn_->names[v] = name;
  return name;
}

std::string Emitter::local(const Var* v) {
  auto it = fn_ != nullptr ? fn_->names.find(v) : decltype(fn_->names)::iterator{};
  if (fn_ != nullptr && it != fn_->names.end()) {
    return an_.on_heap(v) ? "(*" + it->second + ")" : it->second;
  }
  if (v->parent != nullptr && v->pkg != nullptr && v->parent == v->pkg->scope) return qual(v);
  // A variable of an enclosing function seen from a closure: same name.
  return escape(v->name);
}

// Temporaries share the function's name space with Go locals: a later Go
// local named like one is renamed by declare_local.
std::string Emitter::tmp() {
  std::string name;
  do name = "t" + std::to_string(++fn_->temps);
  while (fn_->used.count(name));
  fn_->used.insert(name);
  return name;
}

void Emitter::error(Pos pos, const std::string& msg) { diags_.error(pos, msg); }

}  // namespace gocxx::lower
