package plat

func Name() string { return "linux" }
