// Tests for frame_cache.h: per-worker free lists by size class, and the shared depot that
// moves frames from a worker that frees more than it allocates to one that allocates more.
#include "frame_cache.h"

#include <gtest/gtest.h>

#include <set>
#include <vector>

namespace {

using gocxx::detail::FrameCache;

TEST(FrameCache, ReusesFreedFramesOfTheSameClass) {
  gocxx::gc_init();
  FrameCache c;
  void* a = c.alloc(100);
  c.free(a, 100);
  EXPECT_EQ(c.alloc(120), a);  // 100 and 120 bytes share the 128-byte class
  void* b = c.alloc(300);      // another class: a fresh frame
  EXPECT_NE(b, a);
  c.free(b, 300);
  c.free(a, 120);
}

// One cache frees what another allocated (a goroutine started on one worker ends on
// another): past kMaxPerClass the freeing cache hands batches to the depot, and the
// allocating cache takes them back instead of asking the collector for new frames.
TEST(FrameCache, DepotMovesFramesBetweenCaches) {
  gocxx::gc_init();
  FrameCache producer, consumer;
  constexpr int kN = 4 * FrameCache::kMaxPerClass;
  std::vector<void*> frames;
  for (int i = 0; i < kN; i++) frames.push_back(producer.alloc(64));
  std::set<void*> freed(frames.begin(), frames.end());
  for (void* f : frames) consumer.free(f, 64);
  // The consumer kept at most kMaxPerClass; the rest went to the depot, from which the
  // producer now allocates the same frames.
  int reused = 0;
  for (int i = 0; i < kN - int(FrameCache::kMaxPerClass); i++)
    reused += freed.count(producer.alloc(64)) ? 1 : 0;
  EXPECT_GE(reused, kN - 2 * int(FrameCache::kMaxPerClass));
}

}  // namespace
