// Copyright 2009 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package syscall

// Pipe2 creates a pipe with flags (O_CLOEXEC, O_NONBLOCK): p[0] reads, p[1] writes.
func Pipe2(p []int, flags int) error {
	if len(p) != 2 {
		return EINVAL
	}
	r, w, e := rawPipe2(flags)
	if e != 0 {
		return errnoErr(e)
	}
	p[0], p[1] = r, w
	return nil
}

// Pipe creates a pipe: p[0] reads, p[1] writes.
func Pipe(p []int) error { return Pipe2(p, 0) }

//gocxx:extern
func rawPipe2(flags int) (r int, w int, errno Errno)
