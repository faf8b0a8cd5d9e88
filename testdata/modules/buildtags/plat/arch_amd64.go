package plat

func Arch() string { return "amd64" }
