//go:build ignore

// Package cmp is the comparison helper of the std-compare programs (tools/std-compare copies
// it into the temporary module as stdcheck/cmp).
package cmp

import (
	"fmt"
	"math"
	"os"
	"reflect"
)

var checks, failures int

// Eq records one check: got (gocxx's std) must equal want (Go's std).
func Eq(name string, got, want any) {
	checks++
	if !equal(got, want) {
		failures++
		if failures <= 50 {
			fmt.Printf("FAIL %s:\n   got  %#v\n   want %#v\n", name, got, want)
		}
	}
}

// equal is reflect.DeepEqual that also treats NaN as equal to NaN and compares errors by text
// and dynamic type name (errors of the two packages are distinct types).
func equal(a, b any) bool {
	if ea, ok := a.(error); ok {
		if va := reflect.ValueOf(a); va.Kind() == reflect.Pointer && va.IsNil() {
			return reflect.DeepEqual(a, b)
		}
		eb, ok := b.(error)
		return ok && ea.Error() == eb.Error()
	}
	if fa, ok := a.(float64); ok {
		fb, ok := b.(float64)
		return ok && (fa == fb && math.Signbit(fa) == math.Signbit(fb) || fa != fa && fb != fb)
	}
	if fa, ok := a.(float32); ok {
		fb, ok := b.(float32)
		return ok && (fa == fb && math.Signbit(float64(fa)) == math.Signbit(float64(fb)) || fa != fa && fb != fb)
	}
	if sa, ok := a.([]any); ok {
		sb, ok := b.([]any)
		if !ok || len(sa) != len(sb) {
			return false
		}
		for i := range sa {
			if !equal(sa[i], sb[i]) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(a, b)
}

// Err returns the text of err ("<nil>" for nil): errors of the two std copies compare by text.
func Err(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// Panics runs f and returns the text of its panic value ("" when it does not panic).
func Panics(f func()) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

// Done prints the summary and exits 1 if any check failed.
func Done(pkg string) {
	if failures > 0 {
		fmt.Printf("%s: %d of %d checks FAILED\n", pkg, failures, checks)
		os.Exit(1)
	}
	fmt.Printf("%s: ok, %d checks\n", pkg, checks)
}
