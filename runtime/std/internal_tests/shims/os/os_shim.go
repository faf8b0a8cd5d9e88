//go:build ignore

package os

import stdos "os"

func runtime_args() []string { return stdos.Args }

var shimRand uint32 = 12345

func fastrand() uint32 {
	shimRand = shimRand*1664525 + 1013904223
	return shimRand
}
