//go:build !unix

package main

import "runtime"

// peakRSS returns the memory obtained from the operating system, the closest
// figure to peak RSS that the runtime knows here.
func peakRSS() int64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.Sys)
}
