package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type ValErr struct{ S string }

func (e ValErr) Error() string { return "valerr " + e.S }

type wrap struct {
	msg string
	err error
}

func (w *wrap) Error() string { return w.msg + ": " + w.err.Error() }
func (w *wrap) Unwrap() error { return w.err }

type isAll struct{}

func (isAll) Error() string          { return "isAll" }
func (isAll) Is(target error) bool   { return target == io.EOF }

type asAny struct{}

func (asAny) Error() string { return "asAny" }
func (asAny) As(target interface{}) bool {
	if p, ok := target.(**MyErr); ok {
		*p = &MyErr{Code: 99}
		return true
	}
	return false
}

type uncomparable []int

func (u uncomparable) Error() string { return "uncomparable" }

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	fmt.Println("1", e1, e1 == e2, errors.Is(e1, e1), errors.Is(e1, e2))
	w := fmt.Errorf("ctx: %w", e1)
	fmt.Println("2", w, errors.Is(w, e1), errors.Unwrap(w) == e1, errors.Unwrap(e1) == nil)
	ww := &wrap{"outer", w}
	fmt.Println("3", ww, errors.Is(ww, e1), errors.Is(ww, e2))
	fmt.Println("4", errors.Is(nil, nil), errors.Is(nil, e1), errors.Is(e1, nil))
	var me *MyErr
	chain := fmt.Errorf("layer2: %w", &wrap{"layer1", &MyErr{Code: 7}})
	fmt.Println("5", errors.As(chain, &me), me.Code, me)
	var ve ValErr
	fmt.Println("6", errors.As(fmt.Errorf("x: %w", ValErr{"v"}), &ve), ve.S)
	var pe *fs.PathError
	_, err := os.Open("/nonexistent/file")
	fmt.Println("7", errors.As(err, &pe), pe.Op, pe.Path, pe.Err)
	fmt.Println("8", errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist), os.IsNotExist(err))
	var iface interface{ Error() string }
	fmt.Println("9", errors.As(e1, &iface), iface)
	var me2 *MyErr
	fmt.Println("10", errors.As(e1, &me2), me2 == nil)
	fmt.Println("11", errors.Is(isAll{}, io.EOF), errors.Is(fmt.Errorf("w %w", isAll{}), io.EOF), errors.Is(isAll{}, io.ErrUnexpectedEOF))
	var me3 *MyErr
	fmt.Println("12", errors.As(asAny{}, &me3), me3.Code)
	fmt.Println("13", errors.Is(uncomparable{1}, uncomparable{1}))
	fmt.Println("14", errors.Unwrap(ww) == w, errors.Unwrap(errors.Unwrap(ww)) == e1)
	f := fmt.Errorf("no wrap %v", e1)
	fmt.Println("15", errors.Unwrap(f) == nil, errors.Is(f, e1))
	// panics of As
	tryAs := func(name string, target interface{}) {
		defer func() { fmt.Println(name, "recovered:", recover()) }()
		errors.As(e1, target)
	}
	tryAs("16", nil)
	tryAs("17", me)
	var notPtr int
	tryAs("18", &notPtr)
	var str string
	_ = str
	tryAs("19", 5)
	var target error
	fmt.Println("20", errors.As(chain, &target), target)
	fmt.Println("21", errors.Is(io.ErrUnexpectedEOF, io.EOF), io.EOF.Error(), io.ErrUnexpectedEOF)
	fmt.Printf("22 %T %T\n", e1, w)
	var ve2 *ValErr
	fmt.Println("23", errors.As(ValErr{"a"}, &ve2))
}
