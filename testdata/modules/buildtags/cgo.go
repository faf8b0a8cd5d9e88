//go:build cgo

package main

const which = "cgo"
