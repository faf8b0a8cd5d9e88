package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500, time.Microsecond * 1234, time.Millisecond, 1500 * time.Millisecond, time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond, -time.Minute, math.MaxInt64, math.MinInt64, 100 * time.Hour}
	for _, d := range ds {
		fmt.Println(int64(d), d, d.String(), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 678*time.Millisecond
	for _, m := range []time.Duration{0, -1, 1, time.Millisecond, time.Second, 10 * time.Second, time.Minute, time.Hour, 24 * time.Hour, 7 * time.Minute} {
		fmt.Println(m, d.Truncate(m), d.Round(m), (-d).Truncate(m), (-d).Round(m))
	}
	fmt.Println(time.Duration(math.MaxInt64).Round(time.Hour), time.Duration(math.MinInt64).Round(time.Hour))
	fmt.Println(d.Abs(), (-d).Abs(), time.Duration(math.MinInt64).Abs())
	fmt.Println(d/time.Minute, d%time.Minute, d*2, d-time.Hour, time.Duration(2.5*float64(time.Second)))
	fmt.Printf("%v %d %s %.1f\n", d, d, 2*time.Second, time.Duration(1500*time.Millisecond).Seconds())
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	t0 := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	t1 := t0.Add(d)
	fmt.Println(t1, t1.Sub(t0), t0.Sub(t1), t1.After(t0), t1.Before(t0), t0.Equal(t0.In(time.FixedZone("X", 3600))), t0 == t0.In(time.FixedZone("X", 3600)))
	far := time.Date(2500, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(t0), t0.Sub(far), time.Date(1500, 1, 1, 0, 0, 0, 0, time.UTC).Sub(far))
	fmt.Println(t1.Truncate(time.Hour), t1.Round(time.Hour), t1.Truncate(24*time.Hour), t1.Round(time.Minute), t1.Truncate(0), t1.Round(7*time.Minute))
}
