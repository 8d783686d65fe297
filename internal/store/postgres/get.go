package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
	"github.com/jackc/pgx/v5"
)

// Has reports whether a document whose text has the given content hash is
// stored.
func (s *Store) Has(ctx context.Context, hash string) (bool, error) {
	var has bool
	if err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE hash = $1)`, hash).Scan(&has); err != nil {
		return false, fmt.Errorf("look up document %s in %q: %w", hash, s.name, ctxErr(ctx, err))
	}
	return has, nil
}

// Get returns the document whose content hash or, failing that, article ID
// is key.
func (s *Store) Get(ctx context.Context, key string) (*herald.Document, herald.Record, error) {
	doc, rec, err := s.get(ctx, `WHERE hash = $1`, key)
	if errors.Is(err, herald.ErrNotFound) {
		doc, rec, err = s.get(ctx, `WHERE article_id = $1 ORDER BY id LIMIT 1`, key)
	}
	if err != nil {
		return nil, herald.Record{}, fmt.Errorf("get document %s from %q: %w", key, s.name, ctxErr(ctx, err))
	}
	return doc, rec, nil
}

func (s *Store) get(ctx context.Context, where, key string) (*herald.Document, herald.Record, error) {
	var (
		rec    herald.Record
		stored string
		text   string
		blob   []byte
	)
	err := s.pool.QueryRow(ctx, `SELECT hash, coder, stored, text, document, similarity,
		coalesce((SELECT x.hash FROM articles x WHERE x.id = articles.canonical), '') FROM articles `+where, key).
		Scan(&rec.Hash, &rec.Coder, &stored, &text, &blob, &rec.Similarity, &rec.Canonical)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, rec, herald.ErrNotFound
	}
	if err != nil {
		return nil, rec, err
	}
	if rec.Stored, err = store.ParseTime(stored); err != nil {
		return nil, rec, err
	}
	doc, err := store.Decode(blob, text)
	return doc, rec, err
}
