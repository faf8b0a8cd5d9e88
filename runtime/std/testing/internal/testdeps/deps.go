// Copyright 2016 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Package testdeps provides access to dependencies needed by test execution
// (gocxx standard library subset).
//
// This package is imported by the generated main package, which passes
// TestDeps into testing.Main. This allows tests to use packages at run time
// without making those packages direct dependencies of package testing.
// Direct dependencies of package testing are harder to write tests for.
package testdeps

// Adapted from Go 1.19 src/testing/internal/testdeps/deps.go. gocxx: no profiles,
// no test log (go test's caching of test results), no fuzzing.

import (
	"errors"
	"io"
	"regexp"
)

// TestDeps is an implementation of the testing.testDeps interface,
// suitable for passing to testing.MainStart.
type TestDeps struct{}

var matchPat string
var matchRe *regexp.Regexp

func (TestDeps) MatchString(pat, str string) (result bool, err error) {
	if matchRe == nil || matchPat != pat {
		matchPat = pat
		matchRe, err = regexp.Compile(matchPat)
		if err != nil {
			return
		}
	}
	return matchRe.MatchString(str), nil
}

var errProfiles = errors.New("profiles are not supported by gocxx")

func (TestDeps) StartCPUProfile(w io.Writer) error {
	return errProfiles
}

func (TestDeps) StopCPUProfile() {}

func (TestDeps) WriteProfileTo(name string, w io.Writer, debug int) error {
	return errProfiles
}

// ImportPath is the import path of the testing binary, set by the generated main function.
var ImportPath string

func (TestDeps) ImportPath() string {
	return ImportPath
}

// StartTestLog would record the files and environment variables the test reads, for
// go test's result cache (gocxx: nothing is recorded).
func (TestDeps) StartTestLog(w io.Writer) {}

// StopTestLog ends the test log.
func (TestDeps) StopTestLog() error {
	return nil
}

// SetPanicOnExit0 would make os.Exit(0) panic during the tests (gocxx: os.Exit is
// not intercepted).
func (TestDeps) SetPanicOnExit0(v bool) {}

// ExitCode reports the exit code M.Run recorded, for the generated main function after
// TestMain returns (gocxx: Go's main reads the unexported field by reflection). Set by
// testing.MainStart.
var ExitCode func() int
