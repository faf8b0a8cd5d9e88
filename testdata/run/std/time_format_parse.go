package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	layouts := []string{
		time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
		time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano,
		"2006-01-02 15:04:05.000", "2006-01-02T15:04:05.999999", "Jan _2 06 3:4:5 pm",
		"Monday, January 2, 2006", "Mon Jan 2 2006 .00 .999 ,000", "__2 002", "-0700 -07 -07:00 Z0700 Z07:00 Z07 MST",
		"15h04m05s.000000000", "2006-01-02T15:04:05.9Z07:00", "Jan 02 06 .0000000",
	}
	for _, l := range layouts {
		fmt.Printf("%-40q %s\n", l, t.Format(l))
	}
	est := time.FixedZone("EST", -5*3600)
	ist := time.FixedZone("IST", 5*3600+1800)
	odd := time.FixedZone("", -(3*3600 + 25*60 + 7))
	for _, loc := range []*time.Location{est, ist, odd} {
		tt := t.In(loc)
		fmt.Println(tt.Format(time.RFC3339Nano), tt.Format(time.RFC1123Z), tt.Format("MST -07:00:00 Z070000"), tt.Location(), tt)
	}
	fmt.Println(t, t.String())
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC).Format(time.RFC3339), time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006"))
	fmt.Println(time.Time{}.IsZero(), time.Time{}, t.Format("pm PM"), t.Add(-12*time.Hour).Format("3PM 03pm"))

	parses := []struct{ layout, value string }{
		{time.RFC3339, "2023-03-05T14:07:09Z"},
		{time.RFC3339, "2023-03-05T14:07:09+02:00"},
		{time.RFC3339Nano, "2023-03-05T14:07:09.123456789-07:00"},
		{time.RFC3339, "2023-03-05T14:07:09.5Z"},
		{"2006-01-02 15:04:05.000", "2021-12-31 23:59:59.999"},
		{"2006-01-02 15:04:05", "2021-12-31 23:59:59.123456"},
		{"2006-01-02", "2020-02-29"},
		{"2006-01-02", "2021-02-29"},
		{"2006-01-02", "2021-13-01"},
		{"Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)"},
		{"Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (UTC)"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0700"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "13:04PM"},
		{"15:04:05", "25:00:00"},
		{"2006-01-02", "2006-01-02x"},
		{"2006-01-02", "06-01-02"},
		{time.RFC3339, "2023-03-05T14:07:09"},
		{"Monday 2006", "Friday 2006"},
		{"2006-002", "2020-060"},
		{"2006-01-02 MST", "2020-01-02 CEST"},
		{"2006-01-02T15:04:05Z07:00", "2020-01-02T03:04:05+25:00"},
		{"01/02/2006", "1/2/2006"},
		{"", ""},
	}
	for _, p := range parses {
		v, err := time.Parse(p.layout, p.value)
		if err != nil {
			fmt.Println("ERR", err)
			continue
		}
		_, off := v.Zone()
		fmt.Println(v, v.UnixNano(), off, v.Location())
	}
	v, err := time.ParseInLocation("2006-01-02 15:04", "2022-06-01 10:30", est)
	fmt.Println(v, err, v.UTC())
	v, err = time.ParseInLocation("2006-01-02 15:04 MST", "2022-06-01 10:30 EST", est)
	fmt.Println(v, err)
	d, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d, err)
	for _, s := range []string{"300ms", "-1.5h", "2h45m", "1µs", "1us", "0", "", "3", "1.5.5s", "+5m", "9223372036854775807ns", "9223372036854775808ns", ".5s", "1d"} {
		d, err := time.ParseDuration(s)
		fmt.Println(s, d, int64(d), err)
	}
	b, err := t.MarshalText()
	fmt.Println(string(b), err)
	var t2 time.Time
	fmt.Println(t2.UnmarshalText([]byte("2001-02-03T04:05:06.7+01:00")), t2)
	fmt.Println(t.AppendFormat([]byte("at: "), time.Kitchen))
	fmt.Println(string(t.AppendFormat([]byte("at: "), time.Kitchen)))
}
