//go:build unix

package quote

import (
	"syscall"
	"time"
)

// cpuTime returns the processor time the test process has used so far, in
// user and system mode, or 0 when it cannot be read.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
