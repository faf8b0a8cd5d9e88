//go:build ignore

package time

// Bodies of time's externs for std-compare, on Go's own time package.

import (
	"sync"
	stdtime "time"
)

var shimStart = stdtime.Now()

func now() (sec int64, nsec int32, mono int64) {
	t := stdtime.Now()
	return t.Unix(), int32(t.Nanosecond()), runtimeNano()
}

func runtimeNano() int64 { return int64(stdtime.Since(shimStart)) + 1 }

func Sleep(d Duration) { stdtime.Sleep(stdtime.Duration(d)) }

var shimMu sync.Mutex
var shimTimers = map[*runtimeTimer]*stdtime.Timer{}

func shimArm(t *runtimeTimer) {
	d := stdtime.Duration(t.when - runtimeNano())
	var st *stdtime.Timer
	st = stdtime.AfterFunc(d, func() {
		shimMu.Lock()
		if shimTimers[t] != st {
			shimMu.Unlock()
			return
		}
		delete(shimTimers, t)
		f, arg, seq := t.f, t.arg, t.seq
		if t.period > 0 {
			t.when += t.period
			shimArm(t)
		}
		shimMu.Unlock()
		f(arg, seq)
	})
	shimTimers[t] = st
}

func startTimer(t *runtimeTimer) {
	shimMu.Lock()
	shimArm(t)
	shimMu.Unlock()
}

func stopTimer(t *runtimeTimer) bool {
	shimMu.Lock()
	defer shimMu.Unlock()
	st, ok := shimTimers[t]
	if ok {
		st.Stop()
		delete(shimTimers, t)
	}
	return ok
}

func resetTimer(t *runtimeTimer, when int64) bool {
	pending := stopTimer(t)
	t.when = when
	startTimer(t)
	return pending
}

func modTimer(t *runtimeTimer, when, period int64, f func(any, uintptr), arg any, seq uintptr) {
	stopTimer(t)
	t.when, t.period, t.f, t.arg, t.seq = when, period, f, arg, seq
	startTimer(t)
}
