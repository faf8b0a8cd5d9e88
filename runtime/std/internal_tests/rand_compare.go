//go:build ignore

// compare: math/rand
package main

import (
	"fmt"
	"math/rand"

	gr "gocxx/math/rand"
	"stdcheck/cmp"
)

func main() {
	// The global source starts seeded with 1, as in Go 1.19.
	for i := 0; i < 1000; i++ {
		cmp.Eq("global Intn", gr.Intn(1000), rand.Intn(1000))
		cmp.Eq("global Int63", gr.Int63(), rand.Int63())
		cmp.Eq("global Float64", gr.Float64(), rand.Float64())
		cmp.Eq("global Uint32", gr.Uint32(), rand.Uint32())
	}
	cmp.Eq("global Perm", gr.Perm(20), rand.Perm(20))
	for _, seed := range []int64{0, 1, -1, 42, 1 << 40, -7777777777} {
		gr.Seed(seed)
		rand.Seed(seed)
		g := gr.New(gr.NewSource(seed))
		w := rand.New(rand.NewSource(seed))
		q := fmt.Sprint("seed ", seed)
		for i := 0; i < 300; i++ {
			cmp.Eq(q+" Int", g.Int(), w.Int())
			cmp.Eq(q+" Int31", g.Int31(), w.Int31())
			cmp.Eq(q+" Uint64", g.Uint64(), w.Uint64())
			for _, n := range []int{1, 2, 3, 10, 1000, 1 << 30, 1<<31 - 1, 1 << 40, 1<<63 - 1} {
				cmp.Eq(q+" Intn", g.Intn(n), w.Intn(n))
				cmp.Eq(q+" Int63n", g.Int63n(int64(n)), w.Int63n(int64(n)))
				if n < 1<<31 {
					cmp.Eq(q+" Int31n", g.Int31n(int32(n)), w.Int31n(int32(n)))
				}
			}
			cmp.Eq(q+" Float32", g.Float32(), w.Float32())
			cmp.Eq(q+" NormFloat64", g.NormFloat64(), w.NormFloat64())
			cmp.Eq(q+" ExpFloat64", g.ExpFloat64(), w.ExpFloat64())
			cmp.Eq(q+" global", []any{gr.Int(), gr.Int31n(77), gr.NormFloat64(), gr.ExpFloat64(), gr.Uint64(), gr.Float32()},
				[]any{rand.Int(), rand.Int31n(77), rand.NormFloat64(), rand.ExpFloat64(), rand.Uint64(), rand.Float32()})
		}
		cmp.Eq(q+" Perm", g.Perm(50), w.Perm(50))
		a1, a2 := make([]int, 40), make([]int, 40)
		for i := range a1 {
			a1[i], a2[i] = i, i
		}
		g.Shuffle(len(a1), func(i, j int) { a1[i], a1[j] = a1[j], a1[i] })
		w.Shuffle(len(a2), func(i, j int) { a2[i], a2[j] = a2[j], a2[i] })
		cmp.Eq(q+" Shuffle", a1, a2)
		gr.Shuffle(len(a1), func(i, j int) { a1[i], a1[j] = a1[j], a1[i] })
		rand.Shuffle(len(a2), func(i, j int) { a2[i], a2[j] = a2[j], a2[i] })
		cmp.Eq(q+" global Shuffle", a1, a2)
		for _, n := range []int{0, 1, 7, 8, 9, 100} {
			b1, b2 := make([]byte, n), make([]byte, n)
			n1, e1 := g.Read(b1)
			n2, e2 := w.Read(b2)
			cmp.Eq(q+" Read", []any{b1, n1, e1}, []any{b2, n2, e2})
			n1, e1 = gr.Read(b1)
			n2, e2 = rand.Read(b2)
			cmp.Eq(q+" global Read", []any{b1, n1, e1}, []any{b2, n2, e2})
		}
		zg := gr.NewZipf(g, 1.5, 2, 1000)
		zw := rand.NewZipf(w, 1.5, 2, 1000)
		for i := 0; i < 100; i++ {
			cmp.Eq(q+" Zipf", zg.Uint64(), zw.Uint64())
		}
		g.Seed(seed + 1)
		w.Seed(seed + 1)
		cmp.Eq(q+" reseed", g.Int63(), w.Int63())
	}
	cmp.Eq("NewZipf bad", gr.NewZipf(gr.New(gr.NewSource(1)), 0.5, 1, 10) == nil, rand.NewZipf(rand.New(rand.NewSource(1)), 0.5, 1, 10) == nil)
	for _, f := range []func(){func() { gr.Intn(0) }, func() { gr.Int63n(-1) }, func() { gr.Int31n(0) }, func() { gr.Shuffle(-1, nil) }} {
		cmp.Eq("panic", cmp.Panics(f) != "", true)
	}
	cmp.Eq("Intn(0) text", cmp.Panics(func() { gr.Intn(0) }), cmp.Panics(func() { rand.Intn(0) }))
	cmp.Done("math/rand")
}
