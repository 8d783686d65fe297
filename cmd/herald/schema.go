package main

import (
	"context"

	"github.com/heraldproject/herald/internal/render"
)

func schemaCommand() *command {
	c := &command{name: "schema", summary: "print the JSON Schema of the herald/v1 document", usage: "schema"}
	c.run = func(ctx context.Context, e *env, args []string) int {
		fs := newFlags(e, c, "Schema prints the JSON Schema (draft 2020-12) that every herald/v1 document\nwritten by 'herald analyze' validates against. docs/schema.md explains the fields.")
		if code := parseFlags(e, fs, args); code >= 0 {
			return code
		}
		if _, err := e.stdout.Write(render.SchemaJSON); err != nil {
			e.errorf("write schema: %v", err)
			return exitError
		}
		return exitOK
	}
	return c
}
