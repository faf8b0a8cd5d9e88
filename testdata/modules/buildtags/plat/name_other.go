//go:build !linux

package plat

func Name() string { return "other" }
