//go:build ignore

// compare: errors
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	ge "gocxx/errors"
	"stdcheck/cmp"
)

type myErr struct{ s string }

func (e myErr) Error() string { return e.s }

type ptrErr struct{ code int }

func (e *ptrErr) Error() string { return fmt.Sprint("code ", e.code) }

type sliceErr []string

func (e sliceErr) Error() string { return fmt.Sprint([]string(e)) }

type wrapper struct {
	msg string
	err error
}

func (w wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapper) Unwrap() error { return w.err }

type isAll struct{}

func (isAll) Error() string        { return "isAll" }
func (isAll) Is(target error) bool { return true }

type asCustom struct{}

func (asCustom) Error() string { return "asCustom" }
func (asCustom) As(target any) bool {
	if p, ok := target.(*myErr); ok {
		*p = myErr{"from As"}
		return true
	}
	return false
}

func main() {
	e1 := ge.New("x")
	e2 := ge.New("x")
	cmp.Eq("New distinct", e1 == e2, false)
	cmp.Eq("New text", e1.Error(), errors.New("x").Error())
	cmp.Eq("New type", fmt.Sprintf("%T %v %+v", e1, e1, e1), fmt.Sprintf("%T %v %+v", errors.New("x"), errors.New("x"), errors.New("x")))
	base := &ptrErr{1}
	chain := wrapper{"a", wrapper{"b", base}}
	errs := []error{nil, io.EOF, base, myErr{"m"}, sliceErr{"s"}, chain, fmt.Errorf("f: %w", io.EOF), isAll{}, asCustom{},
		wrapper{"c", sliceErr{"t"}}, &fs.PathError{Op: "open", Path: "/x", Err: fs.ErrNotExist}, e1, wrapper{"n", nil}}
	targets := []error{nil, io.EOF, base, &ptrErr{1}, myErr{"m"}, sliceErr{"s"}, fs.ErrNotExist, os.ErrNotExist, e1, chain}
	for i, err := range errs {
		for j, t := range targets {
			q := fmt.Sprintf("Is(%d,%d)", i, j)
			cmp.Eq(q, cmp.Panics(func() { ge.Is(err, t) }), cmp.Panics(func() { errors.Is(err, t) }))
			if cmp.Panics(func() { errors.Is(err, t) }) == "" {
				cmp.Eq(q, ge.Is(err, t), errors.Is(err, t))
			}
		}
		cmp.Eq(fmt.Sprintf("Unwrap(%d)", i), ge.Unwrap(err), errors.Unwrap(err))
		var p1, p2 *ptrErr
		cmp.Eq(fmt.Sprintf("As ptr(%d)", i), []any{ge.As(err, &p1), p1}, []any{errors.As(err, &p2), p2})
		var m1, m2 myErr
		cmp.Eq(fmt.Sprintf("As value(%d)", i), []any{ge.As(err, &m1), m1}, []any{errors.As(err, &m2), m2})
		var s1, s2 sliceErr
		cmp.Eq(fmt.Sprintf("As slice(%d)", i), []any{ge.As(err, &s1), s1}, []any{errors.As(err, &s2), s2})
		var i1, i2 interface{ Unwrap() error }
		cmp.Eq(fmt.Sprintf("As iface(%d)", i), []any{ge.As(err, &i1), fmt.Sprint(i1)}, []any{errors.As(err, &i2), fmt.Sprint(i2)})
		var pe1, pe2 *fs.PathError
		cmp.Eq(fmt.Sprintf("As PathError(%d)", i), []any{ge.As(err, &pe1), pe1}, []any{errors.As(err, &pe2), pe2})
	}
	var x int
	for _, bad := range []any{nil, x, &x, (*error)(nil), myErr{}} {
		cmp.Eq(fmt.Sprintf("As bad %T", bad), cmp.Panics(func() { ge.As(io.EOF, bad) }), cmp.Panics(func() { errors.As(io.EOF, bad) }))
	}
	cmp.Done("errors")
}
