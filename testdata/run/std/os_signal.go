// os/signal and Go's default signal dispositions: SIGUSR1/SIGUSR2 without Notify are caught
// and ignored; Notify delivers to a channel (without blocking the sender); Stop and Ignore
// take a signal away; a write to a broken pipe (not stdout or stderr) returns EPIPE instead
// of killing the program; NotifyContext cancels its context on the signal.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func send(sig syscall.Signal) {
	if err := syscall.Kill(syscall.Getpid(), sig); err != nil {
		fmt.Println("kill:", err)
	}
}

func main() {
	// Not notified: ignored, as in Go.
	send(syscall.SIGUSR1)
	send(syscall.SIGUSR2)
	fmt.Println("survived SIGUSR1 and SIGUSR2")

	c := make(chan os.Signal, 1)
	signal.Notify(c, syscall.SIGUSR1, syscall.SIGHUP)
	send(syscall.SIGUSR1)
	s := <-c
	fmt.Printf("got %v (%d)\n", s, s.(syscall.Signal))
	send(syscall.SIGHUP)
	fmt.Println("got", <-c)

	// A full buffer drops the signal instead of blocking the delivery.
	send(syscall.SIGUSR1)
	time.Sleep(10 * time.Millisecond)
	send(syscall.SIGUSR1)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("buffered:", len(c))
	<-c

	signal.Stop(c)
	send(syscall.SIGUSR1) // back to the default: ignored
	select {
	case s := <-c:
		fmt.Println("unexpected", s)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("stopped: nothing delivered")
	}

	signal.Ignore(syscall.SIGINT)
	fmt.Println("SIGINT ignored:", signal.Ignored(syscall.SIGINT))
	send(syscall.SIGINT)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("survived SIGINT")
	signal.Reset(syscall.SIGINT)
	fmt.Println("SIGINT ignored after Reset:", signal.Ignored(syscall.SIGINT))

	// A broken pipe on another descriptor is an error, not death.
	r, w, err := os.Pipe()
	if err != nil {
		fmt.Println("pipe:", err)
		return
	}
	r.Close()
	_, err = w.Write([]byte("x"))
	fmt.Println("write to closed pipe:", err, errors.Is(err, syscall.EPIPE))
	w.Close()

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGUSR2)
	defer stop()
	send(syscall.SIGUSR2)
	<-ctx.Done()
	fmt.Println("context:", ctx.Err())

	fmt.Println(syscall.SIGTERM, syscall.SIGQUIT, syscall.Signal(40), os.Interrupt, os.Kill)
}
