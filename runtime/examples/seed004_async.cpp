// Seed 004's asynchronous-service example, written by hand against the runtime API. Go source
// (testdata/run/seed004_async.go):
//
//   func service() string { time.Sleep(time.Millisecond * 50); return "Done" }
//   func asyncService() chan string {
//       retCh := make(chan string)
//       go func() {
//           ret := service()
//           fmt.Println("asyncService start.")
//           retCh <- ret
//           fmt.Println("asyncService exied.")
//       }()
//       return retCh
//   }
//   func otherTask() {
//       fmt.Println("Working on something else")
//       time.Sleep(time.Millisecond * 100)
//       fmt.Println("Task is done")
//   }
//   func main() {
//       retCh := asyncService()
//       otherTask()
//       fmt.Println(<-retCh)
//       time.Sleep(time.Second * 1)
//   }
#include "gocxx/gocxx.h"

namespace {

void println(gocxx::String s) {
  std::string line(s.view());
  line += '\n';
  gocxx::write_fd(1, line);
}

gocxx::Task<gocxx::String> service() {
  co_await gocxx::sleep(gocxx::kMillisecond * 50);
  co_return "Done";
}

// Not a coroutine: asyncService itself never blocks; only the goroutine it starts does.
gocxx::Chan<gocxx::String> asyncService() {
  auto retCh = gocxx::Chan<gocxx::String>::make();
  gocxx::go([=]() -> gocxx::Task<> {
    gocxx::String ret = co_await service();
    println("asyncService start.");
    co_await retCh.send(ret);
    println("asyncService exied.");
  });
  return retCh;
}

gocxx::Task<> otherTask() {
  println("Working on something else");
  co_await gocxx::sleep(gocxx::kMillisecond * 100);
  println("Task is done");
}

gocxx::Task<> go_main() {
  auto retCh = asyncService();
  co_await otherTask();
  println(co_await retCh.recv());
  co_await gocxx::sleep(gocxx::kSecond * 1);
}

}  // namespace

int main() { gocxx::run_main(go_main()); }
