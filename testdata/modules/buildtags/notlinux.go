//go:build !linux

package main

const which = "not linux"
