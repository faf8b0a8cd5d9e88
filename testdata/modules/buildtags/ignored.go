// +build ignore

package main

const which = "ignored"
