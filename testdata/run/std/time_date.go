package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 13, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 0, 0, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(2023, 1, 1, 25, 61, 61, 1e9+5, time.UTC))
	fmt.Println(time.Date(2023, 1, 1, -1, -1, -1, -1, time.UTC))
	fmt.Println(time.Date(2020, 12, 31, 0, 0, 0, 0, time.UTC).YearDay(), time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC).YearDay())
	for m := time.January; m <= time.December; m++ {
		t := time.Date(2024, m, 1, 0, 0, 0, 0, time.UTC)
		fmt.Print(m, " ", t.Weekday(), " ", t.YearDay(), "; ")
	}
	fmt.Println()
	fmt.Println(time.Month(13), time.Month(0), time.Weekday(7), time.Saturday, time.Sunday.String())
	t := time.Date(2021, 1, 3, 10, 20, 30, 400, time.UTC)
	y, w := t.ISOWeek()
	fmt.Println(y, w, t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond())
	yy, mm, dd := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(yy, mm, dd, h, mi, s)
	fmt.Println(t.AddDate(0, 1, 30), t.AddDate(-1, -1, -1), time.Date(2020, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano())
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.Unix(0, 0).UTC(), time.Unix(-1, 0).UTC(), time.Unix(1, 2e9).UTC())
	fmt.Println(time.UnixMilli(1700000000123).UTC(), time.UnixMicro(-1).UTC(), time.Unix(0, 1700000000123456789).UTC())
	loc := time.FixedZone("UTC+8", 8*3600)
	tl := time.Date(2021, 1, 1, 2, 0, 0, 0, loc)
	name, off := tl.Zone()
	fmt.Println(tl, tl.UTC(), name, off, tl.Unix(), tl.Location().String(), tl.Local().Equal(tl))
	fmt.Println(tl.Weekday(), tl.UTC().Weekday(), tl.In(time.UTC).Day())
	fmt.Println(time.UTC, time.UTC.String(), t.Location() == time.UTC, t.IsZero())
	for _, yr := range []int{1900, 2000, 2004, 2100, 2023} {
		fmt.Print(time.Date(yr, 3, 1, 0, 0, 0, 0, time.UTC).YearDay(), " ")
	}
	fmt.Println()
	for _, d := range []time.Time{time.Date(2004, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2005, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2008, 12, 29, 0, 0, 0, 0, time.UTC), time.Date(2010, 1, 3, 0, 0, 0, 0, time.UTC)} {
		y, w := d.ISOWeek()
		fmt.Print(y, "-W", w, " ")
	}
	fmt.Println()
	var zero time.Time
	fmt.Println(zero.Unix(), zero.Year(), zero.Weekday(), zero.UnixNano())
	fmt.Println(t.Before(t.Add(1)), t.After(t.Add(-1)), t.Equal(t.Add(0)), t.Add(time.Hour*24*365).Year())
	fmt.Printf("%v|%s|%d\n", time.March, time.March, time.March)
	ts := time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC)
	fmt.Println(ts.Format("Mon Jan 2 15:04:05 -0700 MST 2006"), ts.GoString())
}
