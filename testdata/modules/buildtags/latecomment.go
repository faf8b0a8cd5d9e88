package main

// +build ignore
// After the package clause this is only a comment: the file is built.

var _ = which
