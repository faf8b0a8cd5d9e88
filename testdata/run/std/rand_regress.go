// Go 1.19's math/rand regression sequence (src/math/rand/regress_test.go),
// spelled out without reflect: every method of *Rand, 20 calls each after
// Seed(0), with the same arguments; plus the top-level functions, which are
// seeded with 1 until rand.Seed is called.
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	int32s := []int32{1, 10, 32, 1 << 20, 1<<20 + 1, 1000000000, 1 << 30, 1<<31 - 2, 1<<31 - 1}
	int64s := []int64{1, 10, 32, 1 << 20, 1<<20 + 1, 1000000000, 1 << 30, 1<<31 - 2, 1<<31 - 1, 1000000000000000000, 1 << 60, 1<<63 - 2, 1<<63 - 1}
	permSizes := []int{0, 1, 5, 8, 9, 10, 16}
	readBufferSizes := []int{1, 7, 8, 9, 10}
	r := rand.New(rand.NewSource(0))
	type method struct {
		name string
		call func(i int) interface{}
	}
	f64 := func(f float64) string { return fmt.Sprintf("%v/%#x", f, math.Float64bits(f)) }
	methods := []method{
		{"ExpFloat64", func(int) interface{} { return f64(r.ExpFloat64()) }},
		{"Float32", func(int) interface{} { f := r.Float32(); return fmt.Sprintf("%v/%#x", f, math.Float32bits(f)) }},
		{"Float64", func(int) interface{} { return f64(r.Float64()) }},
		{"Int", func(int) interface{} { return r.Int() }},
		{"Int31", func(int) interface{} { return r.Int31() }},
		{"Int31n", func(i int) interface{} { return r.Int31n(int32s[i%len(int32s)]) }},
		{"Int63", func(int) interface{} { return r.Int63() }},
		{"Int63n", func(i int) interface{} { return r.Int63n(int64s[i%len(int64s)]) }},
		{"Intn", func(i int) interface{} { return r.Intn(int(int64s[i%len(int64s)])) }},
		{"NormFloat64", func(int) interface{} { return f64(r.NormFloat64()) }},
		{"Perm", func(i int) interface{} { return r.Perm(permSizes[i%len(permSizes)]) }},
		{"Read", func(i int) interface{} {
			b := make([]byte, readBufferSizes[i%len(readBufferSizes)])
			n, err := r.Read(b)
			return fmt.Sprint(b, n, err)
		}},
		{"Uint32", func(int) interface{} { return r.Uint32() }},
		{"Uint64", func(int) interface{} { return r.Uint64() }},
	}
	for _, m := range methods {
		r.Seed(0)
		for i := 0; i < 20; i++ {
			fmt.Println(m.name, i, m.call(i))
		}
	}
	// Shuffle of several sizes.
	r.Seed(0)
	for _, n := range []int{0, 1, 2, 3, 10, 100} {
		a := make([]int, n)
		for i := range a {
			a[i] = i
		}
		r.Shuffle(n, func(i, j int) { a[i], a[j] = a[j], a[i] })
		if n > 12 {
			a = a[:12]
		}
		fmt.Println("Shuffle", n, a)
	}
	// Int31n/Int63n for large n use rejection loops: long runs.
	r.Seed(12345)
	s := int64(0)
	for i := 0; i < 10000; i++ {
		s = s*31 + r.Int63n(1<<62+12345) + int64(r.Int31n(1<<30+7)) + int64(r.Intn(3))
	}
	fmt.Println("mix", s)
	// Top-level functions are seeded with 1 in Go 1.19.
	fmt.Println(rand.Int(), rand.Intn(1000), rand.Float64(), rand.Perm(6))
	rand.Seed(1)
	fmt.Println(rand.Int(), rand.Intn(1000), rand.Float64(), rand.Perm(6))
	rand.Seed(-1)
	fmt.Println(rand.Int63(), rand.Uint64(), rand.ExpFloat64(), rand.NormFloat64())
	b := make([]byte, 13)
	rand.Read(b)
	fmt.Println(b)
	rand.Shuffle(5, func(i, j int) { fmt.Print(i, j, " ") })
	fmt.Println()
	// Seeds that the source reduces modulo 2^31-1.
	for _, seed := range []int64{0, 1, -1, 1<<31 - 1, 1 << 31, 89482311, math.MaxInt64, math.MinInt64} {
		src := rand.NewSource(seed)
		fmt.Println("seed", seed, src.Int63(), src.Int63())
	}
	// Zipf and a locked source shared by goroutines.
	z := rand.NewZipf(rand.New(rand.NewSource(7)), 2.5, 3, 1000)
	for i := 0; i < 8; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil)
}
