package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
	"github.com/jackc/pgx/v5"
)

var _ herald.Replacer = (*Store)(nil)

// Replace replaces the stored analysis of the document whose text is
// doc.Text with doc in one transaction. The article keeps its row, its
// stored time and its canonical link; its old events leave their
// clusters, which are counted again and dropped when left empty.
func (s *Store) Replace(ctx context.Context, doc *herald.Document, coder string) error {
	if err := s.replace(ctx, doc, coder); err != nil {
		return fmt.Errorf("replace document %s in %q: %w", doc.ID, s.name, ctxErr(ctx, err))
	}
	return nil
}

func (s *Store) replace(ctx context.Context, doc *herald.Document, coder string) error {
	if s.readOnly {
		return errors.New("store is open read-only")
	}
	enc, err := s.codec.Prepare(doc)
	if err != nil {
		return err
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var (
			id        int64
			canonical *int64
			stored    string
		)
		// FOR UPDATE: two workers replacing one document take turns.
		err := tx.QueryRow(ctx, `SELECT id, canonical, stored FROM articles WHERE hash = $1 FOR UPDATE`,
			enc.Hash).Scan(&id, &canonical, &stored)
		if errors.Is(err, pgx.ErrNoRows) {
			return herald.ErrNotFound
		}
		if err != nil {
			return err
		}
		storedAt, err := store.ParseTime(stored)
		if err != nil {
			return err
		}
		rows, err := tx.Query(ctx, `SELECT DISTINCT cluster FROM events WHERE doc = $1 AND cluster <> 0 ORDER BY cluster`, id)
		if err != nil {
			return err
		}
		old, err := pgx.CollectRows(rows, pgx.RowTo[int64])
		if err != nil {
			return err
		}
		b := &pgx.Batch{}
		for _, table := range []string{"events", "entities", "quotes", "times", "places", "bands"} {
			b.Queue(`DELETE FROM `+table+` WHERE doc = $1`, id)
		}
		b.Queue(`UPDATE articles SET events = $1, coder = $2, document = $3 WHERE id = $4`, len(doc.Events), coder, enc.Blob, id)
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return err
		}
		if err := putAnalysis(ctx, tx, id, doc, coder, enc.Signed, canonical, store.Seen(doc.Published, storedAt), old); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `DELETE FROM clusters WHERE id = ANY($1) AND mentions = 0`, old)
		return err
	})
}
