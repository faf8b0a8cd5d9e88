// errors.New values are distinct even with equal text; custom error
// types; returning and checking errors; errors.Is with comparable types.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrEmpty = errors.New("empty input")

type ParseError struct {
	Line int
	Msg  string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parse(lines []string) (sum int, err error) {
	if len(lines) == 0 {
		return 0, ErrEmpty
	}
	for i, l := range lines {
		n, err := strconv.Atoi(l)
		if err != nil {
			return 0, ParseError{i + 1, "not a number: " + l}
		}
		sum += n
	}
	return sum, nil
}

func main() {
	a := errors.New("same")
	b := errors.New("same")
	fmt.Println(a == b, a.Error() == b.Error(), a == a)
	for _, in := range [][]string{{"1", "2", "3"}, nil, {"4", "x"}} {
		sum, err := parse(in)
		switch e := err.(type) {
		case nil:
			fmt.Println("sum", sum)
		case ParseError:
			fmt.Println("parse error at line", e.Line, "-", e)
		default:
			fmt.Println("error:", e, e == ErrEmpty, errors.Is(err, ErrEmpty))
		}
	}
	pe := ParseError{2, "x"}
	var err error = pe
	fmt.Println(err == ParseError{2, "x"}, errors.Is(err, ParseError{2, "x"}), errors.Is(err, ParseError{3, "x"}))
	var target ParseError
	fmt.Println(errors.As(fmt.Errorf("ctx: %w", err), &target), target.Line)
	joined := fmt.Errorf("first: %w; second: %v", ErrEmpty, pe)
	fmt.Println(joined, errors.Is(joined, ErrEmpty))
	fmt.Println(errors.Unwrap(ErrEmpty) == nil)
}
