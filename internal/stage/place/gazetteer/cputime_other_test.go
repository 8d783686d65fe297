//go:build !unix

package gazetteer

import "time"

// cpuTime reports that this platform cannot tell CPU time.
func cpuTime() (time.Duration, bool) { return 0, false }
