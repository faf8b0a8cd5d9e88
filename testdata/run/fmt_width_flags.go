// Width, precision and flags for strings, integers and floats; padding of
// composite values; rune-counted widths for non-ASCII strings.
package main

import "fmt"

func main() {
	fmt.Printf("[%5s][%-5s][%.2s][%5.1s][%-5.3s]\n", "go", "go", "gopher", "gopher", "gopher")
	fmt.Printf("[%6d][%-6d][%06d][%+6d][% 6d][%+06d]\n", 42, 42, 42, 42, 42, -42)
	fmt.Printf("[%8.3f][%-8.2f][%+.2f][%08.2f][% .3f]\n", 3.14159, 2.5, 1.0, -3.5, 2.0)
	fmt.Printf("[%x][%#x][%08x][%#08x][%-8X]\n", 255, 255, 255, 255, 255)
	fmt.Printf("[%5s][%-5s|]\n", "日本", "é")
	fmt.Printf("[%5v][%-8v][%3v]\n", []int{1, 2}, map[string]int{"a": 1}, struct{ A, B int }{1, 2})
	fmt.Printf("[%6.2v][%10v]\n", 3.14159, true)
	fmt.Printf("[%5c][%-3c][%03d]\n", 'x', 'y', 7)
	fmt.Printf("[%10q][%-10q]\n", "q", 'r')
	fmt.Printf("[%3d][%3d]\n", 12345, -12345)
	fmt.Printf("[%.3d][%.0d][%5.3d][%-5.3d]\n", 7, 0, 7, -7)
	fmt.Printf("[%e][%.0e][%12.4e][%-12.2E]\n", 1234.5678, 1234.5678, 1234.5678, 0.000123)
	fmt.Printf("[%g][%.3g][%10.3g][%-10g]\n", 1234.5678, 1234.5678, 0.00012345, 1e-7)
	fmt.Printf("[%6.3v][%.0f][%.1f][%.1f]\n", "abcdef", 2.5, 0.05, 0.15)
	fmt.Printf("[% d][% d][%+d][%+d]\n", 5, -5, 5, -5)
	fmt.Printf("[%#o][%#b][%#X][%O]\n", 8, 5, 3054, 8)
	fmt.Printf("[%x][% X][%#x][%# x]\n", "abc", "abc", "abc", "abc")
	w := 7
	fmt.Printf("[%*s][%-*s][%*d]\n", w, "dyn", w, "dyn", -4, 9)
	fmt.Println(fmt.Sprintf("%-10s|%10s|", "left", "right"))
	fmt.Printf("[%v][%d]\n", [3]int8{-1, 0, 1}, []uint8{1, 2})
}
