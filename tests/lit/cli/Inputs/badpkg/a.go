package main

func main() {
	println(half(4))
}
