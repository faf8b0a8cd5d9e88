// Copyright notice: the constraint comes after a blank line, before the
// package clause, and holds on linux/amd64 with gc, cgo off, go1.19.

//go:build (linux || darwin) && amd64 && gc && !cgo && go1.19 && !go1.20 && unix

package main

const extra = "extra"
