// Sprintf builds strings; Errorf builds errors, with %w wrapping for
// errors.Is/As/Unwrap.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(key string) error {
	if key == "" {
		return fmt.Errorf("find: empty key")
	}
	return &QueryError{key, fmt.Errorf("lookup %q: %w", key, ErrNotFound)}
}

func main() {
	s := fmt.Sprintf("%s is %d years and %.1f months", "Ann", 30, 2.5)
	fmt.Println(s, len(s))
	e1 := find("")
	fmt.Println(e1, errors.Unwrap(e1) == nil)
	e2 := find("user")
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrNotFound), errors.Is(e1, ErrNotFound))
	var qe *QueryError
	if errors.As(e2, &qe) {
		fmt.Println("QueryError for", qe.Query)
	}
	wrapped := fmt.Errorf("outer: %w", e2)
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == qe.Err)
	fmt.Printf("%T %T %T\n", e1, e2, wrapped)
	noWrap := fmt.Errorf("plain %v", ErrNotFound)
	fmt.Println(noWrap, errors.Is(noWrap, ErrNotFound))
	fmt.Println(fmt.Errorf("bad verb %w", "not an error"))
	fmt.Println(fmt.Sprintf("%05.1f|%x|%q", 3.14159, "hi", []string{"a"}))
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprintf("%v", []error{nil, ErrNotFound}))
}
