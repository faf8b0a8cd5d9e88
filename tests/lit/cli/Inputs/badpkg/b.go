package main

func half(x int) string {
	return x / 2
}
