package main

func second() any {
	type item struct{ s string }
	return item{"two"}
}
