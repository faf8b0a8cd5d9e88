// Slices of structs vs slices of pointers: modifications via range
// value copies versus index and pointer access.
package main

import "fmt"

type Item struct {
	Name  string
	Count int
}

func main() {
	items := []Item{{"a", 1}, {"b", 2}}
	for _, it := range items {
		it.Count *= 10
	}
	fmt.Println(items)
	for i := range items {
		items[i].Count *= 10
	}
	fmt.Println(items)
	ptrs := []*Item{{"c", 3}, {"d", 4}}
	for _, p := range ptrs {
		p.Count *= 10
	}
	fmt.Println(*ptrs[0], *ptrs[1])
	first := &items[0]
	items = append(items, Item{"e", 5}) // len == cap == 2: reallocates
	first.Count = -1                    // writes the old array
	fmt.Println(items[0].Count, first.Count, len(items))
	byName := map[string]*Item{}
	for i := range items {
		byName[items[i].Name] = &items[i]
	}
	byName["b"].Count = 0
	fmt.Println(items[1])
	matrix := [3][3]int{}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			matrix[i][j] = i * j
		}
	}
	fmt.Println(matrix)
	rows := make([][]string, 2)
	for i := range rows {
		rows[i] = []string{fmt.Sprint("r", i)}
	}
	rows[1] = append(rows[1], "x")
	fmt.Println(rows, len(rows[0]), len(rows[1]))
}
