// Seed 004's first example, written by hand against the runtime API: what the compiler emits
// for it. Go source (testdata/run/seed004_goroutines.go):
//
//   func longWait()  { fmt.Println("Beginning longWait()");  time.Sleep(5 * 1e9); fmt.Println("End
//   of longWait()") } func shortWait() { fmt.Println("Beginning shortWait()"); time.Sleep(2 * 1e9);
//   fmt.Println("End of shortWait()") } func main() {
//       fmt.Println("In main()")
//       go longWait()
//       go shortWait()
//       fmt.Println("About to sleep in main()")
//       time.Sleep(10 * 1e9)
//       fmt.Println("At the end of main()")
//   }
//
// Run with GOCXX_FAKETIME=1 to finish in milliseconds with the same output.
#include "gocxx/gocxx.h"

namespace {

void println(std::string_view s) {
  std::string line(s);
  line += '\n';
  gocxx::write_fd(1, line);
}

gocxx::Task<> longWait() {
  println("Beginning longWait()");
  co_await gocxx::sleep(5 * gocxx::kSecond);
  println("End of longWait()");
}

gocxx::Task<> shortWait() {
  println("Beginning shortWait()");
  co_await gocxx::sleep(2 * gocxx::kSecond);
  println("End of shortWait()");
}

gocxx::Task<> go_main() {
  println("In main()");
  gocxx::go(longWait());
  gocxx::go(shortWait());
  println("About to sleep in main()");
  co_await gocxx::sleep(10 * gocxx::kSecond);
  println("At the end of main()");
}

}  // namespace

int main() { gocxx::run_main(go_main()); }
