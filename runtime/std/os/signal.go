// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Signals as package os knows them (Go 1.19's os/exec.go, exec_posix.go and
// file_unix.go's epipecheck).

package os

import "syscall"

// A Signal represents an operating system signal.
// The usual underlying implementation is operating system-dependent:
// on Unix it is syscall.Signal.
type Signal interface {
	String() string
	Signal() // to distinguish from other Stringers
}

// The only signal values guaranteed to be present in the os package on all
// systems are os.Interrupt (send the process an interrupt) and os.Kill (force
// the process to exit). On Windows, sending os.Interrupt to a process with
// os.Process.Signal is not implemented; it will return an error instead of
// sending a signal.
var (
	Interrupt Signal = syscall.SIGINT
	Kill      Signal = syscall.SIGKILL
)

// epipecheck raises SIGPIPE when a write to standard output or standard error
// failed with EPIPE, so the program dies as a Go program does when its output
// pipe is closed; other descriptors just return the error.
func epipecheck(file *File, e error) {
	if e == syscall.EPIPE && (file.fd == 1 || file.fd == 2) {
		sigpipe()
	}
}

// sigpipe dies from SIGPIPE (the runtime's default action for it is to ignore it).
//
//gocxx:extern
func sigpipe()
