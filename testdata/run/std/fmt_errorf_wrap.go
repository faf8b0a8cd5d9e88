// fmt.Errorf: %w wraps its operand (errors.Unwrap, errors.Is, errors.As see it),
// the message is formatted as with %v, and a %w operand that is not an error or
// a second %w gives %!w(...) with no wrapping; error values printed with every verb.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
)

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

type ValErr string

func (e ValErr) Error() string { return string(e) }

func show(label string, err error) {
	fmt.Printf("%s: %v | %T | unwrap=%v\n", label, err, err, errors.Unwrap(err))
}

func main() {
	base := errors.New("base")
	w1 := fmt.Errorf("ctx: %w", base)
	w2 := fmt.Errorf("outer %d: %w", 2, w1)
	show("w1", w1)
	show("w2", w2)
	fmt.Println(errors.Is(w2, base), errors.Is(w2, w1), errors.Is(w2, io.EOF))
	fmt.Println(errors.Unwrap(errors.Unwrap(w2)) == base)

	me := &MyErr{42}
	w3 := fmt.Errorf("wrapped: %w", me)
	var target *MyErr
	fmt.Println(errors.As(w3, &target), target.Code, target == me)
	var ve ValErr
	w4 := fmt.Errorf("v: %w", ValErr("value error"))
	fmt.Println(errors.As(w4, &ve), ve)

	// %w with flags and other verbs around it; %w on non-errors and nil.
	show("notwrap", fmt.Errorf("no wrap: %v", base))
	show("nil", fmt.Errorf("nil: %w", nil))
	show("str", fmt.Errorf("str: %w", "not an error"))
	show("int", fmt.Errorf("int: %w", 5))
	show("two", fmt.Errorf("%w and %w", base, io.EOF))
	show("idx", fmt.Errorf("%[2]w %[1]s", "first", base))
	show("missing", fmt.Errorf("missing %w"))
	show("extra", fmt.Errorf("x", base))
	show("plusw", fmt.Errorf("%+w|%#w|%10w|%-10w|", base, base, base, base))
	show("wq", fmt.Errorf("%q %x", base, base))
	show("eof", fmt.Errorf("read: %w", io.EOF))
	show("plain", fmt.Errorf("plain %d %s", 1, "x"))
	fmt.Println(fmt.Sprintf("%w", base))
	fmt.Println(fmt.Sprintf("%v|%s|%q|%x|%X|%d|%10v|%-8s|", base, base, base, base, base, base, base, base))
	fmt.Printf("%v|%+v|%#v\n", me, me, ValErr("x"))
	fmt.Printf("%v|%s|%v\n", []error{base, me, nil}, []error{w1}, map[string]error{"k": base})

	// errors.Is through a chain, os errors, Errorf of a wrapped os error.
	_, err := os.Open("/nonexistent/file")
	w5 := fmt.Errorf("open failed: %w", err)
	fmt.Println(w5)
	fmt.Println(errors.Is(w5, os.ErrNotExist))
	var pe *os.PathError
	fmt.Println(errors.As(w5, &pe), pe.Op, pe.Path, pe.Err)

	// strconv errors wrap ErrSyntax / ErrRange.
	_, err = strconv.Atoi("12a")
	w6 := fmt.Errorf("parse: %w", err)
	fmt.Println(w6, errors.Is(w6, strconv.ErrSyntax), errors.Is(w6, strconv.ErrRange))
	var ne *strconv.NumError
	fmt.Println(errors.As(w6, &ne), ne.Func, ne.Num, ne.Err)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange), errors.Unwrap(err))
}
