package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
)

func versionCommand() *command {
	c := &command{name: "version", summary: "print herald's version", usage: "version"}
	c.run = func(ctx context.Context, e *env, args []string) int {
		fs := newFlags(e, c, "Version prints the module version and the Go version herald was built with.")
		if code := parseFlags(e, fs, args); code >= 0 {
			return code
		}
		fmt.Fprintf(e.stdout, "herald %s %s %s/%s\n", moduleVersion(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
		return exitOK
	}
	return c
}

// moduleVersion returns herald's module version, or "(devel)" for a build
// from a work tree.
func moduleVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
