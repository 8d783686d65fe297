//go:build !unix

package quote

import "time"

// cpuTime returns 0: processor time is read on Unix systems only.
func cpuTime() time.Duration { return 0 }
