package a

import "example.com/cycle/b"

func F() { b.G() }
