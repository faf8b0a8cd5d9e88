package b

import "example.com/cycle/a"

func G() { a.F() }
