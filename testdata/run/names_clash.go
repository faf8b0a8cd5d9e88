// Go names that are C++ keywords, macros of the C and C++ headers, C type names
// and the emitter's own names, at every scope: all build and print as in Go.
package main

import "fmt"

const INT64_MAX = 1
const EOF = -2

var M_PI = 3
var main_ = "main_"
var SIZE_MAX = 4
var errno = 5
var stdin = "stdin"
var unix, linux = 6, 7
var NULL *int
var gocxx, rt, std = 8, 9, 10
var df, t1, p0, res_0 = 11, 12, 13, 14
var init_package = 15
var recover_tag_1 = 16

type int64_t struct {
	size_t   int
	uint8_t  string
	EOF      bool
	assert   float64
	new      int
	class    string
	main_    int
	x_       int
	x__      int
	_x       int
	L_tmpnam int
}

type string_ = int64_t

type NAN interface{ INFINITY() int }

func (v int64_t) INFINITY() int { return v.size_t }

func (v *int64_t) delete(errno int) int { v.new += errno; return v.new }

func SIZE_MAX_() int { return 17 }

// Joined with their type's name, methods could spell a macro too (M_PI).
type M struct{}

func (M) PI() float64    { return 3.5 }
func (M) SIZE_MAX() int  { return 18 }
func (m *M) errno_() int { return 19 }

func assert(template int, this string) (typename int, operator string) {
	return template + 1, this + "!"
}

func main() {
	int64_t := int64_t{size_t: 1, uint8_t: "u8", EOF: true, assert: 2.5, new: 3, class: "c", main_: 4, x_: 5, x__: 6, _x: 7, L_tmpnam: 8}
	fmt.Printf("%+v\n", int64_t)
	var size_t, uint8_t, string = 1, 2, "s"
	var x, x_, x_0, x_0_ = 1, 2, 3, 4
	var a__b, a_0_0b, _ = 5, 6, 7
	df := 20
	t1, t2, p1, a0, i1, it1, sel1 := 1, 2, 3, 4, 5, 6, 7
	r, rdirect_, ret_, blank := 8, 9, 10, 11
	fmt.Println(size_t, uint8_t, string, x, x_, x_0, x_0_, a__b, a_0_0b, df)
	fmt.Println(t1, t2, p1, a0, i1, it1, sel1, r, rdirect_, ret_, blank)
	fmt.Println(INT64_MAX, EOF, M_PI, main_, SIZE_MAX, errno, stdin, unix, linux, NULL == nil)
	fmt.Println(gocxx, rt, std, t1, p0, res_0, init_package, recover_tag_1, SIZE_MAX_())
	var n NAN = int64_t
	fmt.Println(n.INFINITY(), int64_t.delete(4), int64_t.new)
	typename, operator := assert(1, "this")
	fmt.Println(typename, operator)
	var s string_ = string_(int64_t)
	fmt.Printf("%v %T\n", s.size_t, s)
	assert := func(errno int) int { return errno * 2 }
	fmt.Println(assert(21))
	cnt := 0
L_tmpnam:
	for EOF := 0; EOF < 3; EOF++ {
	unix:
		for linux := 0; linux < 3; linux++ {
			if linux == 1 {
				continue unix
			}
			if EOF == 2 {
				break L_tmpnam
			}
			cnt++
		}
	}
	B_unix, C_unix := 1, 2
	fmt.Println(cnt, B_unix, C_unix)
	goto new
new:
	var m M
	fmt.Println(m.PI(), m.SIZE_MAX(), m.errno_())
	fmt.Println("done")
}
