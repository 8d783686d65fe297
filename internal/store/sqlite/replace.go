package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
)

var _ herald.Replacer = (*Store)(nil)

// Replace replaces the stored analysis of the document whose text is
// doc.Text with doc in one transaction. The article keeps its row, its
// stored time and its canonical link; its old events leave their
// clusters, which are counted again and dropped when left empty.
func (s *Store) Replace(ctx context.Context, doc *herald.Document, coder string) error {
	if err := s.replace(ctx, doc, coder); err != nil {
		return fmt.Errorf("replace document %s in %q: %w", doc.ID, s.path, ctxErr(ctx, err))
	}
	return nil
}

func (s *Store) replace(ctx context.Context, doc *herald.Document, coder string) error {
	if s.w == nil {
		return errors.New("store is open read-only")
	}
	enc, err := s.codec.Prepare(doc)
	if err != nil {
		return err
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var (
		id        int64
		canonical sql.NullInt64
		stored    string
	)
	err = tx.QueryRowContext(ctx, `SELECT id, canonical, stored FROM articles WHERE hash = ?`, enc.Hash).
		Scan(&id, &canonical, &stored)
	if errors.Is(err, sql.ErrNoRows) {
		return herald.ErrNotFound
	}
	if err != nil {
		return err
	}
	storedAt, err := store.ParseTime(stored)
	if err != nil {
		return err
	}
	old, err := s.dropAnalysis(ctx, tx, id)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE articles SET events = ?, coder = ?, document = ? WHERE id = ?`,
		len(doc.Events), coder, enc.Blob, id); err != nil {
		return err
	}
	if err := s.putSignature(ctx, tx, id, enc.Signed); err != nil {
		return err
	}
	clusters, err := s.putRows(ctx, tx, id, doc, coder, canonical, store.Seen(doc.Published, storedAt))
	if err != nil {
		return err
	}
	if err := s.countClusters(ctx, tx, append(old, clusters...)); err != nil {
		return err
	}
	for _, c := range old {
		if _, err := tx.ExecContext(ctx, `DELETE FROM clusters WHERE id = ? AND mentions = 0`, c); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// dropAnalysis deletes the normalised rows and band keys of the document
// stored as id, less its full-text entry (its text does not change), and
// returns the clusters its events were in.
func (s *Store) dropAnalysis(ctx context.Context, tx *sql.Tx, id int64) ([]int64, error) {
	if err := dropBands(ctx, tx, id); err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT cluster FROM events WHERE doc = ? AND cluster <> 0`, id)
	if err != nil {
		return nil, err
	}
	var old []int64
	for rows.Next() {
		var c int64
		if err := rows.Scan(&c); err != nil {
			rows.Close()
			return nil, err
		}
		old = append(old, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, table := range []string{"events", "entities", "quotes", "times", "places"} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE doc = ?`, id); err != nil {
			return nil, err
		}
	}
	return old, nil
}

// dropBands deletes the band keys of the document stored as id, found from
// its stored signature: the bands table has no index by document, which
// would cost as much space as the table. A signature of another version is
// not decoded, and its keys are found by a scan.
func dropBands(ctx context.Context, tx *sql.Tx, id int64) error {
	var encoded []byte
	err := tx.QueryRowContext(ctx, `SELECT signature FROM signatures WHERE doc = ?`, id).Scan(&encoded)
	if errors.Is(err, sql.ErrNoRows) {
		return nil // stored before signatures were kept
	}
	if err != nil {
		return err
	}
	keys, ok := store.BandsOf(encoded)
	if !ok {
		_, err := tx.ExecContext(ctx, `DELETE FROM bands WHERE doc = ?`, id)
		return err
	}
	for _, k := range keys {
		if _, err := tx.ExecContext(ctx, `DELETE FROM bands WHERE key = ? AND doc = ?`, k, id); err != nil {
			return err
		}
	}
	return nil
}
