// Print/Sprint add a space between operands only when neither is a string;
// Println/Sprintln always do and end with a newline. Fprint* write to os.Stdout
// and os.Stderr; Append* extend a byte slice; the byte counts they return.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type str string

type Stringy int

func (s Stringy) String() string { return fmt.Sprintf("S%d", int(s)) }

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "y", 2, 3, "z", "\n")
	fmt.Print(str("named"), str("strings"), 1, str("x"), "\n")
	fmt.Print(Stringy(1), Stringy(2), "s", Stringy(3), "\n")
	fmt.Print(nil, nil, 1, nil, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print(errors.New("e1"), errors.New("e2"), "\n")
	fmt.Print('a', 'b', byte('c'), "\n")
	fmt.Print(1.5, 2+3i, float32(0.1), "\n")
	fmt.Print()
	fmt.Print("\n")
	fmt.Println("a", "b", 1, 2, "c", 3.5, true)
	fmt.Println()
	fmt.Println(nil, []string{}, map[int]int{}, struct{}{}, [0]int{})
	fmt.Println("", "", "")
	fmt.Println(Stringy(4), str("n"), 'x')

	fmt.Printf("%q\n", fmt.Sprint("<", 1, ">:", 1, 2, 3, "!"))
	fmt.Printf("%q\n", fmt.Sprintln("<", 1, ">:", 1, 2, 3, "!"))
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprint("", 1, "", 2, 3))
	fmt.Printf("%q\n", fmt.Sprint(1, "", 2))
	fmt.Printf("%q\n", fmt.Sprint(nil, "a", nil))
	fmt.Printf("%q\n", fmt.Sprint(str("a"), 1))
	fmt.Printf("%q\n", fmt.Sprint([]byte("ab"), []byte("cd")))

	n, err := fmt.Fprint(os.Stdout, "to stdout", 1, 2, "\n")
	fmt.Println(n, err)
	n, err = fmt.Fprintln(os.Stdout, "to stdout", 3, 4)
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stdout, "%s %d %v\n", "fprintf", 5, []int{6})
	fmt.Println(n, err)
	n, err = fmt.Fprint(os.Stderr, "to stderr", 1, 2, "\n")
	fmt.Println(n, err)
	n, err = fmt.Fprintln(os.Stderr, "to stderr", 3, 4)
	fmt.Println(n, err)
	n, err = fmt.Fprintf(os.Stderr, "%s %x\n", "stderr hex", 255)
	fmt.Println(n, err)
	n, err = fmt.Printf("héllo %c\n", '世')
	fmt.Println(n, err)
	n, err = fmt.Println("done")
	fmt.Println(n, err)
	n, err = fmt.Print()
	fmt.Println(n, err)

	var sb strings.Builder
	fmt.Fprint(&sb, "builder", 1, 2)
	fmt.Fprintf(&sb, "[%05d]", 42)
	fmt.Fprintln(&sb, "end")
	fmt.Printf("%q\n", sb.String())

	b := []byte("hello ")
	b = fmt.Append(b, "world", ", ", 23)
	b = fmt.Appendf(b, " %s=%d", "x", 7)
	b = fmt.Appendln(b, " y", 8)
	fmt.Printf("%q\n", b)
	fmt.Printf("%q %q %q\n", fmt.Append(nil), fmt.Appendln(nil), fmt.Appendf(nil, "%d", 1))
}
