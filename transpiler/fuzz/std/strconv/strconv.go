// Package strconv is a stub of strconv for fuzzing the frontend (gocxx).
package strconv

import "errors"

var ErrSyntax = errors.New("invalid syntax")

func Itoa(i int) string                                         { return FormatInt(int64(i), 10) }
func FormatInt(i int64, base int) string                        { return string(rune('0' + i%10)) }
func Atoi(s string) (int, error)                                { return 0, ErrSyntax }
func ParseInt(s string, base, bitSize int) (int64, error)       { return 0, ErrSyntax }
func ParseFloat(s string, bitSize int) (float64, error)         { return 0, ErrSyntax }
func Quote(s string) string                                     { return "\"" + s + "\"" }
func FormatFloat(f float64, fmt byte, prec, bitSize int) string { return "" }
