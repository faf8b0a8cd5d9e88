// String concatenation, building, comparisons and switch on strings.
package main

import (
	"fmt"
	"strings"
)

func classify(s string) string {
	switch s {
	case "":
		return "empty"
	case "a", "b":
		return "a-or-b"
	}
	if s < "m" {
		return "early"
	}
	return "late"
}

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	parts := []string{"x", "yy", "", "zzz"}
	joined := ""
	for _, p := range parts {
		joined += "[" + p + "]"
	}
	fmt.Println(joined)
	for _, w := range []string{"", "a", "b", "c", "q", "mm"} {
		fmt.Print(classify(w), " ")
	}
	fmt.Println()
	words := []string{"banana", "Apple", "cherry", "apple", "b"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			if words[j] < words[i] {
				words[i], words[j] = words[j], words[i]
			}
		}
	}
	fmt.Println(words)
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('√')
	fmt.Println(sb.String(), sb.Len())
	a, b := "hello", "hel"+"lo"
	fmt.Println(a == b, a != b, strings.Compare(a, "help"), strings.EqualFold("Go", "GO"))
}
