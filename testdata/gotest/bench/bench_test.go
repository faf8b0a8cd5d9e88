package bench

import "testing"

func TestSum(t *testing.T) {
	if Sum(10) != 55 {
		t.Fatal("Sum(10) != 55")
	}
}

func BenchmarkSum(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Sum(100)
	}
}

func BenchmarkTimers(b *testing.B) {
	b.StopTimer()
	n := Sum(10)
	b.StartTimer()
	b.ResetTimer()
	b.SetBytes(int64(n))
	for i := 0; i < b.N; i++ {
		Sum(n)
	}
	b.ReportMetric(42, "answers/op")
	b.ReportAllocs()
}

func BenchmarkParallel(b *testing.B) {
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			Sum(10)
		}
	})
}

func BenchmarkSub(b *testing.B) {
	for _, n := range []int{10, 1000} {
		b.Run("n", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Sum(n)
			}
		})
	}
}
