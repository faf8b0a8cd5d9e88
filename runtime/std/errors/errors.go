// Package errors implements functions to manipulate errors (gocxx standard library subset).
package errors

// Adapted from Go 1.19 src/errors/errors.go and src/errors/wrap.go.

// New returns an error that formats as the given text.
// Each call to New returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// errorString is a trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain matches target.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}

	isComparable := comparableType(target)
	for {
		if isComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		// TODO: consider supporting target.Is(err). This would allow
		// user-definable predicates, but also may allow for coping with sloppy
		// APIs, thereby making it easier to get away with them.
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that matches target, and if one is found, sets
// target to that error value and returns true. Otherwise, it returns false.
//
// As panics if target is not a non-nil pointer to either a type that implements
// error, or to any interface type.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	checkAsTarget(target)
	for err != nil {
		if assignAs(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// comparableType reports whether the dynamic type of v is comparable (v is not nil).
//
//gocxx:extern
func comparableType(v any) bool

// checkAsTarget panics as Go's errors.As does unless target (not nil) is a non-nil pointer
// whose element type is an interface type or implements error:
// "errors: target must be a non-nil pointer",
// "errors: *target must be interface or implement error".
//
//gocxx:extern
func checkAsTarget(target any)

// assignAs stores err in *target and returns true if err's dynamic type is assignable to
// target's element type; otherwise it returns false. target passed checkAsTarget.
//
//gocxx:extern
func assignAs(err error, target any) bool
