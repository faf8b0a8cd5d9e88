package lib

import "example.com/lib/sub"

func Name() string { return "lib" + string(rune('0'+sub.Twice(2))) }
