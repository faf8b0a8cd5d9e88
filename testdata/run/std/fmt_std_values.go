// Values of standard-library types printed with %v/%+v/%#v: their Go fields
// (strings.Builder, bytes.Buffer, strings.Reader, url.URL, NumError, PathError), their
// String methods (time, context, Duration, Month out of range), seeded math/rand.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

func main() {
	var sb strings.Builder
	fmt.Printf("%v %+v\n", sb, sb)
	var bb bytes.Buffer
	bb.WriteString("hi")
	fmt.Printf("%v\n%+v\n", bb, bb)
	r := strings.NewReader("abc")
	fmt.Printf("%v %+v\n", *r, *r)
	fmt.Printf("%+v\n", time.Date(2020, 1, 2, 3, 4, 5, 6, time.UTC))
	fmt.Printf("%#v\n", time.Date(2020, 1, 2, 3, 4, 5, 6, time.UTC))
	fmt.Printf("%v %+v\n", time.Time{}, time.Time{})
	u, _ := url.Parse("https://user:pw@example.com:8080/p/a?q=1#frag")
	fmt.Printf("%v\n%+v\n", u, *u)
	var ne *strconv.NumError
	_, err := strconv.Atoi("x")
	errors.As(err, &ne)
	fmt.Printf("%+v\n%#v\n", *ne, ne.Err)
	fmt.Printf("%v %+v\n", sort.IntSlice{3, 1}, sort.StringSlice{"b"})
	pe := &os.PathError{Op: "open", Path: "/x", Err: os.ErrNotExist}
	fmt.Printf("%v|%+v|%#v\n", pe, *pe, pe.Err)
	fmt.Printf("%v %v\n", io.EOF, context.Canceled)
	fmt.Printf("%v %v\n", context.Background(), context.TODO())
	ctx, cancel := context.WithCancel(context.Background())
	fmt.Println(ctx)
	cancel()
	fmt.Println(ctx.Err())
	ctx2 := context.WithValue(context.Background(), "k", 5)
	fmt.Println(ctx2)
	br := bufio.NewReaderSize(strings.NewReader(""), 16)
	fmt.Println(br.Size())
	var once sync.Once
	fmt.Println(once)
	rng := rand.New(rand.NewSource(1))
	fmt.Println(rng.Intn(100), rng.Float64())
	fmt.Printf("%v %s %d\n", time.Duration(90)*time.Minute, 1500*time.Microsecond, time.Second)
	fmt.Printf("%v %v %v\n", time.Month(13), time.Weekday(7), time.Saturday)
	fmt.Println(time.Unix(0, 0).UTC(), time.Unix(1e9, 0).UTC().Format(time.RFC3339Nano))
}
