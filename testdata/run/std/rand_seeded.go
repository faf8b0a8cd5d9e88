package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int63(), r.Int31(), r.Uint32(), r.Uint64(), r.Int())
	fmt.Println(r.Int63n(1000000007), r.Int31n(10), r.Intn(1<<40), r.Int31n(1<<30+1))
	fmt.Println(r.Float64(), r.Float32())
	fmt.Println(r.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	fmt.Printf("%.6f %.6f\n", r.NormFloat64(), r.ExpFloat64())
	buf := make([]byte, 10)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf)
	r.Seed(7)
	fmt.Println(r.Intn(1000), r.Intn(1000), r.Intn(1000))
	rand.Seed(1)
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Int63(), rand.Float64())
	rand.Seed(2022)
	fmt.Println(rand.Perm(5), rand.Int31n(50), rand.Uint32())
	src := rand.NewSource(-5)
	fmt.Println(src.Int63(), src.Int63())
	r2 := rand.New(rand.NewSource(0))
	fmt.Println(r2.Int63(), r2.Int63())
	z := rand.NewZipf(rand.New(rand.NewSource(3)), 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		r.Intn(0)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		r.Int63n(-1)
	}()
	s64 := rand.NewSource(99).(rand.Source64)
	fmt.Println(s64.Uint64())
	sum := 0
	r3 := rand.New(rand.NewSource(123456789))
	for i := 0; i < 100000; i++ {
		sum += r3.Intn(10)
	}
	fmt.Println(sum)
}
