package plat

func Arch() string { return "386" }
