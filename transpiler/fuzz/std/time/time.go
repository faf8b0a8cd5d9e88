// Package time is a stub of time for fuzzing the frontend (gocxx).
package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) Seconds() float64 { return float64(d) / 1e9 }
func (d Duration) String() string   { return "" }

type Time struct {
	ns int64
}

func Now() Time                    { return Time{} }
func Since(t Time) Duration        { return 0 }
func (t Time) Sub(u Time) Duration { return Duration(t.ns - u.ns) }
func (t Time) Add(d Duration) Time { return Time{t.ns + int64(d)} }
func (t Time) Before(u Time) bool  { return t.ns < u.ns }
func Sleep(d Duration)             {}
func After(d Duration) <-chan Time { return make(chan Time, 1) }
func Tick(d Duration) <-chan Time  { return make(chan Time, 1) }
