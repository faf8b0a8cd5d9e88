package main

func main() {
	println(twice(21))
}
