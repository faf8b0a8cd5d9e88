// Package strings is a stub of strings for fuzzing the frontend (gocxx).
package strings

type Builder struct {
	buf []byte
}

func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}
func (b *Builder) WriteByte(c byte) error {
	b.buf = append(b.buf, c)
	return nil
}
func (b *Builder) WriteRune(r rune) (int, error) {
	b.buf = append(b.buf, string(r)...)
	return 1, nil
}
func (b *Builder) String() string { return string(b.buf) }
func (b *Builder) Len() int       { return len(b.buf) }
func (b *Builder) Reset()         { b.buf = nil }

func Index(s, substr string) int {
	for i := 0; i+len(substr) <= len(s); i++ {
		if s[i:i+len(substr)] == substr {
			return i
		}
	}
	return -1
}
func Contains(s, substr string) bool  { return Index(s, substr) >= 0 }
func HasPrefix(s, prefix string) bool { return len(s) >= len(prefix) && s[:len(prefix)] == prefix }
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}
func Repeat(s string, count int) string {
	r := ""
	for i := 0; i < count; i++ {
		r += s
	}
	return r
}
func Join(elems []string, sep string) string {
	r := ""
	for i, e := range elems {
		if i > 0 {
			r += sep
		}
		r += e
	}
	return r
}
func Split(s, sep string) []string             { return []string{s} }
func Fields(s string) []string                 { return []string{s} }
func TrimSpace(s string) string                { return s }
func ToUpper(s string) string                  { return s }
func ToLower(s string) string                  { return s }
func Replace(s, old, new string, n int) string { return s }
func ReplaceAll(s, old, new string) string     { return s }
