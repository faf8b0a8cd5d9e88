// Escape analysis: a local whose address only reaches non-leaking parameters (fill,
// sum, the pointer method reset) stays in the frame; one whose address is returned,
// stored in a global or handed to a goroutine lives in a GC cell. fmt.Sprint's ...any
// parameter does not leak either, so its arguments are packed in the frame.
package main

import "fmt"

var saved []byte

func fill(p []byte, c byte) {
	for i := range p {
		p[i] = c
	}
}

func sum(p *[3]int) int { return p[0] + p[1] + p[2] }

func save(p []byte) { saved = p }

type counter struct{ n int }

func (c *counter) reset() { c.n = 0 }

func local() string {
	var a [4]byte
	fill(a[:], 'x')
	q := [3]int{1, 2, 3}
	var c counter
	c.reset()
	return fmt.Sprint(string(a[:]), sum(&q), c.n)
}

func escaping(done chan []byte) *int {
	var b [2]byte
	save(b[:])
	var g [2]byte
	go func(p []byte) { done <- p }(g[:])
	n := 7
	return &n
}

func main() {
	done := make(chan []byte)
	fmt.Println(local(), *escaping(done), len(saved), len(<-done))
}

// CHECK: void fill(gocxx::Slice<uint8_t> p, uint8_t c) {
// CHECK: gocxx::String local() {
// CHECK-NEXT: gocxx::Array<uint8_t, 4> a = gocxx::Array<uint8_t, 4>{};
// CHECK: gocxx::Array<int64_t, 3> q =
// CHECK: go::main_::counter c = go::main_::counter{};
// CHECK: go::fmt::Sprint(gocxx::slice_of_temporary(gocxx::Array<gocxx::Any, 3>
// CHECK: escaping(gocxx::Chan<gocxx::Slice<uint8_t>> done) {
// CHECK-NEXT: gocxx::Array<uint8_t, 2>* b = gocxx::gc_new<gocxx::Array<uint8_t, 2>>(
// CHECK: gocxx::Array<uint8_t, 2>* g = gocxx::gc_new<gocxx::Array<uint8_t, 2>>(
// CHECK: int64_t* n = gocxx::gc_new<int64_t>(7);
