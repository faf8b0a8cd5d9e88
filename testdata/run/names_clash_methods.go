// Go names whose first C++ spellings clashed: methods A_B.C and A.B_C (and their "_0",
// "__" and trailing-"_" cousins), a package-level name spelled like a local type's.
package main

import "fmt"

type A struct{}
type A_B struct{}

func (A) B_C() string   { return "A.B_C" }
func (A_B) C() string   { return "A_B.C" }
func (A) B_0C() string  { return "A.B_0C" }
func (*A_B) D() string  { return "(*A_B).D" }
func (A) B__D() string  { return "A.B__D" }
func (A) B_D_() string  { return "A.B_D_" }
func (A_B) C_m1() string { return "A_B.C_m1" }

var item_L23C7 = "package var item_L23C7"

type I interface{ C() string }

func local() any {
	type item struct{ n int }
	return item{1}
}

func main() {
	fmt.Println(A{}.B_C(), A_B{}.C(), A{}.B_0C(), (&A_B{}).D(), A{}.B__D(), A{}.B_D_(), A_B{}.C_m1())
	var i I = A_B{}
	fmt.Println(i.C())
	fmt.Printf("%v %T\n", local(), local())
	fmt.Println(item_L23C7)
}
