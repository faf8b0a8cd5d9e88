//go:build ignore

// compare: time
package main

import (
	"fmt"
	"math/rand"
	"time"

	gt "gocxx/time"
	"stdcheck/cmp"
)

var layouts = []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
	time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli,
	time.StampMicro, time.StampNano, "2006-01-02", "15:04:05.000", "Jan _2 2006 3:04:05.999999999 pm MST",
	"Monday, 02-Jan-06 15:04:05 Z07:00", "2006-01-02T15:04:05.00000Z0700", "__2 002 .9 ,000 Z07 -07 -0700 -07:00:00 Z07:00:00",
	"January Mon PM", "06 1 2 3 4 5", "x", "", "2006-01-02 15:04:05.999999999 -0700 MST", "15:04:05,000"}

func main() {
	rnd := rand.New(rand.NewSource(6))
	zones := []string{"UTC", "Local", "America/New_York", "Asia/Kolkata", "Europe/London", "Australia/Lord_Howe", "Pacific/Chatham", "America/Sao_Paulo"}
	type locPair struct {
		g *gt.Location
		w *time.Location
	}
	var locs []locPair
	for _, z := range zones {
		g, e1 := gt.LoadLocation(z)
		w, e2 := time.LoadLocation(z)
		cmp.Eq("LoadLocation "+z, cmp.Err(e1), cmp.Err(e2))
		locs = append(locs, locPair{g, w})
	}
	locs = append(locs, locPair{gt.FixedZone("X", -3*3600-1800), time.FixedZone("X", -3*3600-1800)}, locPair{gt.UTC, time.UTC})
	_, e1 := gt.LoadLocation("No/Such_Zone")
	_, e2 := time.LoadLocation("No/Such_Zone")
	cmp.Eq("LoadLocation bad", cmp.Err(e1), cmp.Err(e2))

	var secs []int64
	secs = append(secs, 0, -1, 1, 86399, 86400, 951782400, 1e9, 1700000000, -62135596800, 253402300799, 1<<33, -1<<33, 4102444800, 1<<40)
	for i := 0; i < 1500; i++ {
		secs = append(secs, rnd.Int63n(1<<35)-1<<34)
	}
	for _, s := range secs {
		ns := rnd.Int63n(1e9)
		if rnd.Intn(3) == 0 {
			ns = ns / 1e6 * 1e6
		}
		g0, w0 := gt.Unix(s, ns), time.Unix(s, ns)
		for _, lp := range locs {
			g, w := g0.In(lp.g), w0.In(lp.w)
			q := w.String()
			cmp.Eq("String "+q, g.String(), w.String())
			for _, l := range layouts {
				cmp.Eq("Format "+l+" "+q, g.Format(l), w.Format(l))
				gp, e1 := gt.ParseInLocation(l, w.Format(l), lp.g)
				wp, e2 := time.ParseInLocation(l, w.Format(l), lp.w)
				cmp.Eq("ParseInLocation "+l+" "+q, []any{gp.UnixNano(), gp.String(), cmp.Err(e1)}, []any{wp.UnixNano(), wp.String(), cmp.Err(e2)})
			}
			y1, m1, d1 := g.Date()
			y2, m2, d2 := w.Date()
			cmp.Eq("Date "+q, []any{y1, m1.String(), d1}, []any{y2, m2.String(), d2})
			h1, mi1, s1 := g.Clock()
			h2, mi2, s2 := w.Clock()
			cmp.Eq("Clock "+q, []int{h1, mi1, s1}, []int{h2, mi2, s2})
			iy1, iw1 := g.ISOWeek()
			iy2, iw2 := w.ISOWeek()
			cmp.Eq("ISOWeek "+q, []int{iy1, iw1, g.YearDay(), int(g.Weekday())}, []int{iy2, iw2, w.YearDay(), int(w.Weekday())})
			n1, o1 := g.Zone()
			n2, o2 := w.Zone()
			cmp.Eq("Zone "+q, []any{n1, o1, g.IsDST()}, []any{n2, o2, w.IsDST()})
			zs1, ze1 := g.ZoneBounds()
			zs2, ze2 := w.ZoneBounds()
			cmp.Eq("ZoneBounds "+q, []string{zs1.String(), ze1.String()}, []string{zs2.String(), ze2.String()})
			cmp.Eq("Weekday.String "+q, g.Weekday().String(), w.Weekday().String())
			cmp.Eq("AddDate "+q, g.AddDate(1, -13, 40).String(), w.AddDate(1, -13, 40).String())
			for _, d := range []time.Duration{time.Nanosecond, time.Second, 7 * time.Minute, time.Hour, 24 * time.Hour, 1<<63 - 1, 3 * time.Millisecond} {
				cmp.Eq("Truncate "+q, g.Truncate(gt.Duration(d)).String(), w.Truncate(d).String())
				cmp.Eq("Round "+q, g.Round(gt.Duration(d)).String(), w.Round(d).String())
				cmp.Eq("Add "+q, g.Add(gt.Duration(d)).String(), w.Add(d).String())
			}
			yy, mm, dd := g.Date()
			gd := gt.Date(yy, mm+gt.Month(rnd.Intn(30)-15), dd+rnd.Intn(100)-50, g.Hour()+25, -7, 3600, 1e9+5, lp.g)
			wd := time.Date(yy, time.Month(mm)+time.Month(0), dd, 0, 0, 0, 0, lp.w)
			_ = wd
			cmp.Eq("Date() "+q, gd.String(), time.Date(gd.Year(), time.Month(gd.Month()), gd.Day(), gd.Hour(), gd.Minute(), gd.Second(), gd.Nanosecond(), lp.w).String())
			cmp.Eq("Unix* "+q, []int64{g.Unix(), g.UnixMilli(), g.UnixMicro(), g.UnixNano()}, []int64{w.Unix(), w.UnixMilli(), w.UnixMicro(), w.UnixNano()})
			b1, e1 := g.MarshalText()
			b2, e2 := w.MarshalText()
			cmp.Eq("MarshalText "+q, []any{string(b1), cmp.Err(e1)}, []any{string(b2), cmp.Err(e2)})
			b1, e1 = g.MarshalJSON()
			b2, e2 = w.MarshalJSON()
			cmp.Eq("MarshalJSON "+q, []any{string(b1), cmp.Err(e1)}, []any{string(b2), cmp.Err(e2)})
			b1, e1 = g.MarshalBinary()
			b2, e2 = w.MarshalBinary()
			cmp.Eq("MarshalBinary "+q, []any{b1, cmp.Err(e1)}, []any{b2, cmp.Err(e2)})
			cmp.Eq("GoString "+q, g.GoString(), w.GoString())
			cmp.Eq("UTC/Local "+q, []string{g.UTC().String(), g.Local().String(), g.Location().String()}, []string{w.UTC().String(), w.Local().String(), w.Location().String()})
		}
		g1, w1 := gt.UnixMilli(s), time.UnixMilli(s)
		cmp.Eq("UnixMilli", g1.UTC().String(), w1.UTC().String())
		g1, w1 = gt.UnixMicro(s), time.UnixMicro(s)
		cmp.Eq("UnixMicro", g1.UTC().String(), w1.UTC().String())
		g2 := gt.Unix(s/3, ns)
		w2 := time.Unix(s/3, ns)
		cmp.Eq("Sub", g0.Sub(g2).String(), w0.Sub(w2).String())
		cmp.Eq("Before/After/Equal", []bool{g0.Before(g2), g0.After(g2), g0.Equal(g2), g0.IsZero()}, []bool{w0.Before(w2), w0.After(w2), w0.Equal(w2), w0.IsZero()})
	}
	// Durations.
	durs := []int64{0, 1, -1, 999, 1000, 1001, 1e6, 1e9, 1e9 + 1, 59e9, 60e9, 3600e9, -3600e9 - 1, 1<<63 - 1, -1 << 63, 1500 * 1e6}
	for i := 0; i < 3000; i++ {
		durs = append(durs, rnd.Int63()>>uint(rnd.Intn(63))*int64(1-2*rnd.Intn(2)))
	}
	for _, d := range durs {
		g, w := gt.Duration(d), time.Duration(d)
		cmp.Eq(fmt.Sprint("Duration.String ", d), g.String(), w.String())
		cmp.Eq(fmt.Sprint("Duration units ", d), []any{g.Hours(), g.Minutes(), g.Seconds(), g.Milliseconds(), g.Microseconds(), g.Nanoseconds(), int64(g.Abs())},
			[]any{w.Hours(), w.Minutes(), w.Seconds(), w.Milliseconds(), w.Microseconds(), w.Nanoseconds(), int64(w.Abs())})
		for _, m := range []int64{0, -1, 1, 7, 1e3, 1e6, 1e9, 60e9, 1<<63 - 1} {
			cmp.Eq(fmt.Sprint("Duration.Round ", d, m), int64(g.Round(gt.Duration(m))), int64(w.Round(time.Duration(m))))
			cmp.Eq(fmt.Sprint("Duration.Truncate ", d, m), int64(g.Truncate(gt.Duration(m))), int64(w.Truncate(time.Duration(m))))
		}
		p1, e1 := gt.ParseDuration(w.String())
		p2, e2 := time.ParseDuration(w.String())
		cmp.Eq("ParseDuration "+w.String(), []any{int64(p1), cmp.Err(e1)}, []any{int64(p2), cmp.Err(e2)})
	}
	for _, s := range []string{"", "0", "1", "1s", "-1.5h", "+3m", "1h2m3s4ms5us6ns", "1µs", "1μs", ".5s", "5.s", "1.0000000001s", "9223372036854775807ns",
		"9223372036854775808ns", "2562048h", "2562047h47m16.854775807s", "1x", "s", "1.s2", "-0", "1e3s", "0.333333333333333333333h"} {
		p1, e1 := gt.ParseDuration(s)
		p2, e2 := time.ParseDuration(s)
		cmp.Eq("ParseDuration "+s, []any{int64(p1), cmp.Err(e1)}, []any{int64(p2), cmp.Err(e2)})
	}
	for _, pc := range [][2]string{{time.RFC3339, "2006-01-02T15:04:05+07:00"}, {time.RFC3339, "2006-01-02T15:04:05Z"}, {time.RFC3339, "2006-13-02T15:04:05Z"},
		{"2006-01-02", "2021-02-29"}, {"2006-01-02", "2020-02-29"}, {time.Kitchen, "3:04PM"}, {time.Kitchen, "13:04PM"}, {time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 XYZ"}, {"2006 002", "2020 366"}, {"2006 002", "2021 366"}, {time.RFC3339Nano, "2006-01-02T15:04:05.123456789Z"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"}, {time.ANSIC, "Mon Jan 2 15:04:05 2006 extra"}, {"Jan 2", "Feb 30"}, {"15:04:05.000", "1:2:3.4"}} {
		g, e1 := gt.Parse(pc[0], pc[1])
		w, e2 := time.Parse(pc[0], pc[1])
		cmp.Eq("Parse "+pc[1], []any{g.String(), cmp.Err(e1)}, []any{w.String(), cmp.Err(e2)})
	}
	for m := 0; m <= 13; m++ {
		cmp.Eq("Month.String", gt.Month(m).String(), time.Month(m).String())
	}
	for d := -1; d <= 7; d++ {
		cmp.Eq("Weekday.String", gt.Weekday(d).String(), time.Weekday(d).String())
	}
	// Clocks and timers (behaviour only).
	t0 := gt.Now()
	gt.Sleep(20 * gt.Millisecond)
	el := gt.Since(t0)
	cmp.Eq("Sleep/Since", el >= 20*gt.Millisecond && el < 2*gt.Second, true)
	cmp.Eq("Until", gt.Until(t0) < 0, true)
	cmp.Eq("Now monotonic", len(t0.String()) > 0 && t0.Round(0).Equal(t0), true)
	tm := gt.NewTimer(10 * gt.Millisecond)
	v := <-tm.C
	cmp.Eq("Timer fired", v.After(t0), true)
	cmp.Eq("Timer.Stop after fire", tm.Stop(), false)
	tm.Reset(gt.Hour)
	cmp.Eq("Timer.Stop pending", tm.Stop(), true)
	cmp.Eq("After", (<-gt.After(gt.Millisecond)).After(t0), true)
	tk := gt.NewTicker(5 * gt.Millisecond)
	<-tk.C
	<-tk.C
	tk.Reset(3 * gt.Millisecond)
	<-tk.C
	tk.Stop()
	done := make(chan bool)
	gt.AfterFunc(gt.Millisecond, func() { done <- true })
	cmp.Eq("AfterFunc", <-done, true)
	cmp.Eq("NewTicker(0)", cmp.Panics(func() { gt.NewTicker(0) }), cmp.Panics(func() { time.NewTicker(0) }))
	cmp.Eq("Tick(0)", gt.Tick(0) == nil, true)
	var zt gt.Timer
	cmp.Eq("zero Timer.Stop", cmp.Panics(func() { zt.Stop() }), "time: Stop called on uninitialized Timer")
	cmp.Done("time")
}
