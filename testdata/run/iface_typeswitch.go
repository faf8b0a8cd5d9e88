// Type switches: single and multiple types per case, nil case, default,
// interface cases, the bound variable's type per clause.
package main

import "fmt"

type Stringer interface{ String() string }
type ID int

func (i ID) String() string { return fmt.Sprintf("ID#%d", int(i)) }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16:
		return fmt.Sprintf("small int %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case Stringer:
		return "Stringer " + x.String()
	case []int:
		return fmt.Sprint("slice ", len(x))
	case error:
		return "error " + x.Error()
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 1, int8(2), int16(3), "four", ID(5), []int{6}, fmt.Errorf("seven"), func() int { return 8 }, 9.5, map[string]int{}, struct{}{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var s Stringer = ID(1)
	switch s.(type) {
	case ID:
		fmt.Println("ID in Stringer")
	}
	var np *int
	switch v := interface{}(np).(type) {
	case nil:
		fmt.Println("untyped nil")
	case *int:
		fmt.Println("typed nil *int", v == nil)
	}
	switch x := interface{}(3); y := x.(type) {
	case int, string:
		fmt.Printf("%T %v\n", y, y)
	}
}
