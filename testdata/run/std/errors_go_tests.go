// Go 1.19's src/errors tests (errors_test.go, wrap_test.go) run as a program: generated from Go's test files,
// the tests are Go's own; testing.T is a stand-in that prints failures.

// Left out (they need package internals or APIs gocxx lacks): TestAs.

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

// gotestT is a stand-in for testing.T: failures are printed, so the golden (real Go)
// shows every test passing and any gocxx difference shows as a failure line.
type gotestT struct {
	name     string
	failed   bool
	skipped  bool
	cleanups []func()
}

type TB = *gotestT

type stopTest struct{}

// skipTest stops a test that skips itself, or one that measures allocations
// (gocxx's allocator is not Go's; the rest of such a test does not run).
type skipTest struct{}

func (t *gotestT) report(s string) {
	t.failed = true
	if len(s) > 0 && s[len(s)-1] == '\n' {
		s = s[:len(s)-1]
	}
	fmt.Printf("    %s: %s\n", t.name, s)
}
func (t *gotestT) Errorf(format string, args ...interface{}) { t.report(fmt.Sprintf(format, args...)) }
func (t *gotestT) Error(args ...interface{})                 { t.report(fmt.Sprintln(args...)) }
func (t *gotestT) Fatalf(format string, args ...interface{}) { t.Errorf(format, args...); panic(stopTest{}) }
func (t *gotestT) Fatal(args ...interface{})                 { t.Error(args...); panic(stopTest{}) }
func (t *gotestT) FailNow()                                  { t.failed = true; panic(stopTest{}) }
func (t *gotestT) Fail()                                     { t.failed = true }
func (t *gotestT) Logf(format string, args ...interface{})   {}
func (t *gotestT) Log(args ...interface{})                   {}
func (t *gotestT) Helper()                                   {}
func (t *gotestT) Parallel()                                 {}
func (t *gotestT) Name() string                              { return t.name }
func (t *gotestT) Failed() bool                              { return t.failed }
func (t *gotestT) Skip(args ...interface{})                  { t.skipped = true; panic(skipTest{}) }
func (t *gotestT) Skipf(format string, args ...interface{})  { t.skipped = true; panic(skipTest{}) }
func (t *gotestT) SkipNow()                                  { t.skipped = true; panic(skipTest{}) }
func (t *gotestT) Cleanup(f func())                          { t.cleanups = append(t.cleanups, f) }
func (t *gotestT) Setenv(k, v string) {
	old, ok := os.LookupEnv(k)
	os.Setenv(k, v)
	t.Cleanup(func() {
		if ok {
			os.Setenv(k, old)
		} else {
			os.Unsetenv(k)
		}
	})
}
func (t *gotestT) TempDir() string {
	d, err := os.MkdirTemp("", "gotest")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(d) })
	return d
}
func (t *gotestT) Run(name string, f func(t *gotestT)) bool {
	sub := &gotestT{name: t.name + "/" + name}
	sub.run(f)
	if sub.failed {
		t.failed = true
	}
	return !sub.failed
}

func (t *gotestT) run(f func(t *gotestT)) {
	defer func() {
		for i := len(t.cleanups) - 1; i >= 0; i-- {
			t.cleanups[i]()
		}
		if r := recover(); r != nil {
			if _, ok := r.(skipTest); ok {
				t.skipped = true
			} else if _, ok := r.(stopTest); !ok {
				t.report(fmt.Sprint("panic: ", r))
			}
		}
	}()
	f(t)
}

func testingShort() bool { return true }

func testingVerbose() bool { return false }

func allocsPerRun(runs int, f func()) float64 {
	panic(skipTest{})
}

func runTest(name string, f func(t *gotestT)) {
	t := &gotestT{name: name}
	t.run(f)
	if t.failed {
		fmt.Println("--- FAIL:", name)
	} else if t.skipped {
		fmt.Println("skip", name)
	} else {
		fmt.Println("ok", name)
	}
}
// Copyright 2011 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.




func TestNewEqual(t *gotestT) {
	// Different allocations should not be equal.
	if errors.New("abc") == errors.New("abc") {
		t.Errorf(`New("abc") == New("abc")`)
	}
	if errors.New("abc") == errors.New("xyz") {
		t.Errorf(`New("abc") == New("xyz")`)
	}

	// Same allocation should be equal to itself (not crash).
	err := errors.New("jkl")
	if err != err {
		t.Errorf(`err != err`)
	}
}

func TestErrorMethod(t *gotestT) {
	err := errors.New("abc")
	if err.Error() != "abc" {
		t.Errorf(`New("abc").Error() = %q, want %q`, err.Error(), "abc")
	}
}



// The fmt package's Errorf function lets us use the package's formatting
// features to create descriptive error messages.


// Copyright 2018 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.




func TestIs(t *gotestT) {
	err1 := errors.New("1")
	erra := wrapped{"wrap 2", err1}
	errb := wrapped{"wrap 3", erra}

	err3 := errors.New("3")

	poser := &poser{"either 1 or 3", func(err error) bool {
		return err == err1 || err == err3
	}}

	testCases := []struct {
		err    error
		target error
		match  bool
	}{
		{nil, nil, true},
		{err1, nil, false},
		{err1, err1, true},
		{erra, err1, true},
		{errb, err1, true},
		{err1, err3, false},
		{erra, err3, false},
		{errb, err3, false},
		{poser, err1, true},
		{poser, err3, true},
		{poser, erra, false},
		{poser, errb, false},
		{errorUncomparable{}, errorUncomparable{}, true},
		{errorUncomparable{}, &errorUncomparable{}, false},
		{&errorUncomparable{}, errorUncomparable{}, true},
		{&errorUncomparable{}, &errorUncomparable{}, false},
		{errorUncomparable{}, err1, false},
		{&errorUncomparable{}, err1, false},
	}
	for _, tc := range testCases {
		t.Run("", func(t *gotestT) {
			if got := errors.Is(tc.err, tc.target); got != tc.match {
				t.Errorf("Is(%v, %v) = %v, want %v", tc.err, tc.target, got, tc.match)
			}
		})
	}
}

type poser struct {
	msg string
	f   func(error) bool
}

var poserPathErr = &fs.PathError{Op: "poser"}

func (p *poser) Error() string     { return p.msg }
func (p *poser) Is(err error) bool { return p.f(err) }
func (p *poser) As(err any) bool {
	switch x := err.(type) {
	case **poser:
		*x = p
	case *errorT:
		*x = errorT{"poser"}
	case **fs.PathError:
		*x = poserPathErr
	default:
		return false
	}
	return true
}


func TestAsValidation(t *gotestT) {
	var s string
	testCases := []any{
		nil,
		(*int)(nil),
		"error",
		&s,
	}
	err := errors.New("error")
	for _, tc := range testCases {
		t.Run(fmt.Sprintf("%T(%v)", tc, tc), func(t *gotestT) {
			defer func() {
				recover()
			}()
			if errors.As(err, tc) {
				t.Errorf("As(err, %T(%v)) = true, want false", tc, tc)
				return
			}
			t.Errorf("As(err, %T(%v)) did not panic", tc, tc)
		})
	}
}

func TestUnwrap(t *gotestT) {
	err1 := errors.New("1")
	erra := wrapped{"wrap 2", err1}

	testCases := []struct {
		err  error
		want error
	}{
		{nil, nil},
		{wrapped{"wrapped", nil}, nil},
		{err1, nil},
		{erra, err1},
		{wrapped{"wrap 3", erra}, erra},
	}
	for _, tc := range testCases {
		if got := errors.Unwrap(tc.err); got != tc.want {
			t.Errorf("Unwrap(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}

type errorT struct{ s string }

func (e errorT) Error() string { return fmt.Sprintf("errorT(%s)", e.s) }

type wrapped struct {
	msg string
	err error
}

func (e wrapped) Error() string { return e.msg }

func (e wrapped) Unwrap() error { return e.err }

type errorUncomparable struct {
	f []string
}

func (errorUncomparable) Error() string {
	return "uncomparable error"
}

func (errorUncomparable) Is(target error) bool {
	_, ok := target.(errorUncomparable)
	return ok
}







func main() {
	runTest("TestNewEqual", TestNewEqual)
	runTest("TestErrorMethod", TestErrorMethod)
	runTest("TestIs", TestIs)
	runTest("TestAsValidation", TestAsValidation)
	runTest("TestUnwrap", TestUnwrap)
}
