// Command herald turns news articles into event data: who did what to whom,
// when and where, and who said what, each record traceable to the sentence
// and characters it came from.
//
// Usage:
//
//	herald analyze [flags] FILE|-   analyse articles and print herald/v1 JSON
//	herald bench [flags]             measure the pipeline's speed
//	herald check [--db FILE]         verify a store's integrity
//	herald eval TASK --gold PATH     score herald on a gold-standard data set
//	herald export --format FMT       write a store's events as GDELT, PLOVER or CSV
//	herald ingest [flags] PATH...    analyse articles and keep them in a store
//	herald query events|articles     search the events and articles in a store
//	herald schema                    print the JSON Schema of herald/v1
//	herald serve [flags]             serve a store as a JSON API and a web UI
//	herald status --nats URL         count the articles on a work queue and in a store
//	herald version                   print the version
//	herald work --nats URL           analyse and store articles from a NATS queue
//	herald help [COMMAND]            show help
//
// Run "herald help COMMAND" for a command's flags.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // the command ran and something failed
	exitUsage = 2 // the command line was wrong
)

// A command is one subcommand of herald.
type command struct {
	name    string
	summary string
	usage   string // the line after "herald "
	run     func(ctx context.Context, env *env, args []string) int
}

// env is what a command reads and writes, so that tests can run commands
// in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func (e *env) errorf(format string, args ...any) {
	fmt.Fprintf(e.stderr, "herald: "+format+"\n", args...)
}

func commands() []*command {
	return []*command{analyzeCommand(), benchCommand(), checkCommand(), evalCommand(), exportCommand(), ingestCommand(), queryCommand(), reprocessCommand(), schemaCommand(), serveCommand(), statusCommand(), versionCommand(), workCommand()}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:])
	stop()
	os.Exit(code)
}

// run runs the subcommand named by args[0] and returns the exit code.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		return help(e, args[1:])
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(ctx, e, args[1:])
		}
	}
	e.errorf("unknown command %q; run 'herald help' for the list", name)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "herald turns news articles into event data.\n\nUsage:\n\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "\therald %-30s %s\n", c.usage, c.summary)
	}
	fmt.Fprintf(w, "\therald %-30s %s\n", "help [COMMAND]", "show help for a command")
	fmt.Fprintf(w, "\nRun 'herald help COMMAND' for a command's flags.\n")
}

func help(e *env, args []string) int {
	if len(args) == 0 {
		usage(e.stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(context.Background(), e, []string{"-h"})
		}
	}
	e.errorf("unknown command %q; run 'herald help' for the list", args[0])
	return exitUsage
}
