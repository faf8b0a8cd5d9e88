// Package utf8 is a stub of unicode/utf8 for fuzzing the frontend (gocxx).
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func RuneLen(r rune) int                      { return 1 }
func RuneCountInString(s string) (n int)      { return len(s) }
func DecodeRuneInString(s string) (rune, int) { return RuneError, 1 }
func ValidString(s string) bool               { return true }
func EncodeRune(p []byte, r rune) int         { return 1 }
