//go:build unix

package gazetteer

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used, user and system, so
// that benchmarks can report rates that other load on the machine does not
// skew; ok is false where the platform cannot tell.
func cpuTime() (d time.Duration, ok bool) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
