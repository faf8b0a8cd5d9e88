package main

func first() any {
	type item struct{ n int }
	return item{1}
}
