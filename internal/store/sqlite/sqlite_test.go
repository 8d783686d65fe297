package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) herald.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "herald.db"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}
