// Copyright 2020 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package testing

// Adapted from Go 1.19 src/testing/fuzz.go. gocxx: fuzzing is not supported (the
// engine needs reflect and coverage instrumentation); the flags exist so that test
// binaries accept go test's command lines, and `gocxx test` rejects FuzzXxx functions.

import (
	"flag"
	"fmt"
	"os"
	"time"
)

func initFuzzFlags() {
	matchFuzz = flag.String("test.fuzz", "", "run the fuzz test matching `regexp`")
	flag.Var(&fuzzDuration, "test.fuzztime", "time to spend fuzzing; default is to run indefinitely")
	flag.Var(&minimizeDuration, "test.fuzzminimizetime", "time to spend minimizing a value after finding a failing input")

	fuzzCacheDir = flag.String("test.fuzzcachedir", "", "directory where interesting fuzzing inputs are stored (for use only by cmd/go)")
	isFuzzWorker = flag.Bool("test.fuzzworker", false, "coordinate with the parent process to fuzz random values (for use only by cmd/go)")
}

var (
	matchFuzz        *string
	fuzzDuration     durationOrCountFlag
	minimizeDuration = durationOrCountFlag{d: 60 * time.Second, allowZero: true}
	fuzzCacheDir     *string
	isFuzzWorker     *bool
)

// fuzzWorkerExitCode is used as an exit code by fuzz worker processes after an
// internal error.
const fuzzWorkerExitCode = 70

// InternalFuzzTarget is an internal type but exported because it is
// cross-package; it is part of the implementation of the "go test" command.
type InternalFuzzTarget struct {
	Name string
	Fn   func(f *F)
}

// F is a type passed to fuzz tests (gocxx: fuzz tests cannot be run; F has no
// methods of its own).
type F struct {
	common
}

// runFuzzTests runs the fuzz tests' seed corpora (gocxx: there are none to run: a
// fuzz target is reported as unsupported).
func runFuzzTests(deps testDeps, fuzzTests []InternalFuzzTarget, deadline time.Time) (ran, ok bool) {
	for _, ft := range fuzzTests {
		fmt.Fprintf(os.Stderr, "testing: %s: fuzzing is not supported by gocxx\n", ft.Name)
	}
	return len(fuzzTests) > 0, len(fuzzTests) == 0
}

// runFuzzing runs the fuzz test matching -test.fuzz (gocxx: not supported).
func runFuzzing(deps testDeps, fuzzTests []InternalFuzzTarget) (ok bool) {
	if len(fuzzTests) == 0 || *isFuzzWorker || *matchFuzz == "" {
		return true
	}
	fmt.Fprintln(os.Stderr, "testing: fuzzing is not supported by gocxx")
	return false
}

// raceErrors is the race detector's error count (gocxx: there is no race detector).
func raceErrors() int { return 0 }
