package main

import _ "unsafe"

func main() { println("hi") }
