package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

func main() {
	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "msg %d\n", i)
		}
		pw.Close()
	}()
	data, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)

	// Writes block until fully read, in pieces.
	pr, pw = io.Pipe()
	// The writer returns as the last read completes, so it hands its
	// result to main instead of printing: Go itself prints the two lines
	// in either order (6 of 500 runs at GOMAXPROCS=2).
	done := make(chan string)
	go func() {
		n, err := pw.Write([]byte("0123456789"))
		done <- fmt.Sprintln("write returned", n, err)
	}()
	buf := make([]byte, 4)
	for i := 0; i < 3; i++ {
		n, err := pr.Read(buf)
		fmt.Printf("read %d %v %q\n", n, err, buf[:n])
	}
	fmt.Print(<-done)

	// CloseWithError propagates to the reader.
	pr, pw = io.Pipe()
	go func() {
		pw.Write([]byte("partial"))
		pw.CloseWithError(errors.New("producer failed"))
	}()
	data, err = io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)

	// Closing the reader makes writes fail with ErrClosedPipe.
	pr, pw = io.Pipe()
	pr.Close()
	n, err := pw.Write([]byte("x"))
	fmt.Println(n, err, err == io.ErrClosedPipe)
	pr, pw = io.Pipe()
	pr.CloseWithError(errors.New("reader gone"))
	_, err = pw.Write([]byte("x"))
	fmt.Println(err)
	pw.Close()
	_, err = pr.Read(buf)
	fmt.Println(err)

	// Reader closed after writer: reading returns ErrClosedPipe.
	pr, pw = io.Pipe()
	pw.Close()
	pr.Close()
	_, err = pr.Read(buf)
	fmt.Println(err)

	// Many writers, one scanner reader.
	pr, pw = io.Pipe()
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			mu.Lock()
			fmt.Fprintf(pw, "worker %d\n", id)
			mu.Unlock()
		}(i)
	}
	go func() {
		wg.Wait()
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	count := 0
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "worker ") {
			count++
		}
	}
	fmt.Println("lines", count, sc.Err())

	// io.Copy through a pipe.
	pr, pw = io.Pipe()
	go func() {
		io.Copy(pw, strings.NewReader(strings.Repeat("abc", 5000)))
		pw.Close()
	}()
	var sb strings.Builder
	m, err := io.Copy(&sb, pr)
	fmt.Println(m, err, sb.Len())
	// Close twice is fine.
	fmt.Println(pw.Close(), pr.Close())
	// Zero-length write.
	pr, pw = io.Pipe()
	go func() {
		pw.Write(nil)
		pw.Write([]byte("z"))
		pw.Close()
	}()
	data, err = io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)
}
