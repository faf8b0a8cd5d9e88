// +build linux,amd64 darwin
// +build !386

package main

var _ = extra
