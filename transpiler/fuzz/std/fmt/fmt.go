// Package fmt is a stub of fmt for fuzzing the frontend (gocxx).
package fmt

import (
	"errors"
	"os"
)

type Stringer interface {
	String() string
}

type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

type Formatter interface {
	Format(f State, verb rune)
}

func Println(a ...any) (n int, err error)               { return len(a), nil }
func Print(a ...any) (n int, err error)                 { return len(a), nil }
func Printf(format string, a ...any) (n int, err error) { return len(format), nil }
func Sprintf(format string, a ...any) string            { return format }
func Sprint(a ...any) string                            { return "" }
func Sprintln(a ...any) string                          { return "\n" }
func Errorf(format string, a ...any) error              { return errors.New(format) }

func Fprintln(w *os.File, a ...any) (n int, err error) { return w.Write(nil) }
func Fprintf(w *os.File, format string, a ...any) (n int, err error) {
	return w.Write([]byte(format))
}
