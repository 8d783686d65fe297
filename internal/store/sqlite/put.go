package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/dedup"
	"github.com/heraldproject/herald/internal/store"
)

// statements are the prepared statements of Put and Replace.
type statements struct {
	exists, candidates, article, fts, signature, band, cluster, count *sql.Stmt
	event, entity, quote, time, place                                 *sql.Stmt
}

func prepare(ctx context.Context, db *sql.DB) (*statements, error) {
	s := &statements{}
	for _, p := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&s.exists, `SELECT id FROM articles WHERE hash = ?`},
		{&s.candidates, `SELECT a.id, coalesce(a.canonical, a.id), s.signature FROM signatures s JOIN articles a ON a.id = s.doc
			WHERE s.doc IN (SELECT doc FROM bands WHERE key IN (?` + strings.Repeat(", ?", dedup.DefaultBands-1) + `))`},
		{&s.article, `INSERT INTO articles (hash, article_id, day, published, source, title, url, author,
			origin_path, origin_format, origin_line, origin_item, events, coder, stored, text, document, canonical, similarity)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&s.fts, `INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`},
		{&s.signature, `INSERT OR REPLACE INTO signatures (doc, signature) VALUES (?, ?)`},
		// One statement for all of a document's band keys: a statement
		// each made band keys a fifth of the time of a put.
		{&s.band, `INSERT OR IGNORE INTO bands (key, doc) VALUES (?, ?)` + strings.Repeat(", (?, ?)", dedup.DefaultBands-1)},
		{&s.cluster, `INSERT INTO clusters (source_actor, target_actor, cameo, day, place, modality, article) VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (source_actor, target_actor, cameo, day, place, modality, article) DO UPDATE SET mentions = mentions RETURNING id`},
		{&s.count, store.ClusterCount + `?`},
		{&s.event, `INSERT INTO events (doc, day, source_actor, target_actor, cameo, quad, plover, modality,
			seq, sent_start, sent_end, coder, event_id, sentence, goldstein, confidence, date, place,
			source_entity, source_start, source_end, target_entity, target_start, target_end, trigger_start, trigger_end,
			cluster, copy, seen)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&s.entity, `INSERT OR IGNORE INTO entities (doc, entity_id, name, type, actor, role, mentions, coder)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`},
		{&s.quote, `INSERT INTO quotes (doc, seq, kind, speaker, start, end, coder) VALUES (?, ?, ?, ?, ?, ?, ?)`},
		{&s.time, `INSERT INTO times (doc, seq, type, value, coder) VALUES (?, ?, ?, ?, ?)`},
		{&s.place, `INSERT OR IGNORE INTO places (doc, place_id, name, country, lat, lon, geonames, coder)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`},
	} {
		stmt, err := db.PrepareContext(ctx, p.sql)
		if err != nil {
			s.close()
			return nil, fmt.Errorf("prepare statement: %w", err)
		}
		*p.stmt = stmt
	}
	return s, nil
}

func (s *statements) close() error {
	var errs []error
	for _, st := range []*sql.Stmt{s.exists, s.candidates, s.article, s.fts, s.signature, s.band, s.cluster, s.count,
		s.event, s.entity, s.quote, s.time, s.place} {
		if st != nil {
			errs = append(errs, st.Close())
		}
	}
	return errors.Join(errs...)
}

// Put stores doc in one transaction unless a document with the same text
// is stored, and reports whether it was new. All writes go through one
// connection, so the lookup of near-duplicates and the counting of
// clusters see every document stored before.
func (s *Store) Put(ctx context.Context, doc *herald.Document, coder string) (bool, error) {
	isNew, err := s.PutBatch(ctx, []*herald.Document{doc}, coder)
	if err != nil {
		return false, err
	}
	return isNew[0], nil
}

// PutBatch stores docs as Put would, one after the other, in one
// transaction, and reports which were new: a document whose text came
// earlier in docs is not. Either all are stored or, with an error, none.
// A transaction is the dearest part of a put, so a writer with many
// documents stores them faster in batches, at the price of losing a whole
// batch, not one document, to a crash.
func (s *Store) PutBatch(ctx context.Context, docs []*herald.Document, coder string) ([]bool, error) {
	if s.w == nil {
		return nil, fmt.Errorf("put documents in %q: store is open read-only", s.path)
	}
	// Encoding and signing need no lock: done before the transaction, they
	// keep the single writing connection for SQL alone.
	prepared := make([]store.Encoded, len(docs))
	for i, doc := range docs {
		var err error
		if prepared[i], err = s.codec.Prepare(doc); err != nil {
			return nil, fmt.Errorf("put document %s in %q: %w", doc.ID, s.path, err)
		}
	}
	isNew := make([]bool, len(docs))
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		for i, doc := range docs {
			var err error
			if isNew[i], err = s.put(ctx, tx, doc, prepared[i], coder); err != nil {
				return fmt.Errorf("put document %s in %q: %w", doc.ID, s.path, ctxErr(ctx, err))
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return isNew, nil
}

// inTx runs f in a transaction on the writing connection and commits it
// when f returns nil.
func (s *Store) inTx(ctx context.Context, f func(*sql.Tx) error) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("put documents in %q: %w", s.path, err)
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin transaction in %q: %w", s.path, ctxErr(ctx, err))
	}
	defer tx.Rollback()
	if err := f(tx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit documents to %q: %w", s.path, ctxErr(ctx, err))
	}
	return nil
}

// put stores doc in tx unless a document with the same text is stored.
func (s *Store) put(ctx context.Context, tx *sql.Tx, doc *herald.Document, enc store.Encoded, coder string) (bool, error) {
	hash, signed := enc.Hash, enc.Signed
	var id int64
	switch err := tx.StmtContext(ctx, s.stmts.exists).QueryRowContext(ctx, hash).Scan(&id); {
	case err == nil:
		return false, nil
	case !errors.Is(err, sql.ErrNoRows):
		return false, err
	}
	canonical, sim, err := s.nearest(ctx, tx, signed)
	if err != nil {
		return false, err
	}
	now := time.Now().UTC()
	res, err := tx.StmtContext(ctx, s.stmts.article).ExecContext(ctx,
		hash, doc.ID, store.PublishedDay(doc.Published), formatTime(doc.Published),
		doc.Source, doc.Title, doc.URL, doc.Author,
		doc.Origin.Path, doc.Origin.Format, doc.Origin.Line, doc.Origin.Item,
		len(doc.Events), coder, now.Format(time.RFC3339Nano), doc.Text, enc.Blob, canonical, sim)
	if err != nil {
		return false, err
	}
	if id, err = res.LastInsertId(); err != nil {
		return false, err
	}
	if _, err := tx.StmtContext(ctx, s.stmts.fts).ExecContext(ctx, id, doc.Title, doc.Text); err != nil {
		return false, err
	}
	if err := s.putSignature(ctx, tx, id, signed); err != nil {
		return false, err
	}
	clusters, err := s.putRows(ctx, tx, id, doc, coder, canonical, store.Seen(doc.Published, now))
	if err != nil {
		return false, err
	}
	return true, s.countClusters(ctx, tx, clusters)
}

// nearest returns the canonical article of the stored near-duplicate of a
// document signed s, and its similarity; NULL when there is none.
func (s *Store) nearest(ctx context.Context, tx *sql.Tx, signed store.Signed) (sql.NullInt64, float64, error) {
	if len(signed.Bands) == 0 {
		return sql.NullInt64{}, 0, nil
	}
	args := make([]any, len(signed.Bands))
	for i, k := range signed.Bands {
		args[i] = k
	}
	rows, err := tx.StmtContext(ctx, s.stmts.candidates).QueryContext(ctx, args...)
	if err != nil {
		return sql.NullInt64{}, 0, err
	}
	defer rows.Close()
	var cands []store.Candidate
	for rows.Next() {
		var c store.Candidate
		if err := rows.Scan(&c.ID, &c.Canonical, &c.Signature); err != nil {
			return sql.NullInt64{}, 0, err
		}
		cands = append(cands, c)
	}
	if err := rows.Err(); err != nil {
		return sql.NullInt64{}, 0, err
	}
	canonical, sim, ok := store.Nearest(signed, cands)
	return sql.NullInt64{Int64: canonical, Valid: ok}, sim, nil
}

// putSignature keeps the signature and band keys of the document stored
// as id.
func (s *Store) putSignature(ctx context.Context, tx *sql.Tx, id int64, signed store.Signed) error {
	if _, err := tx.StmtContext(ctx, s.stmts.signature).ExecContext(ctx, id, signed.Bytes); err != nil {
		return err
	}
	if len(signed.Bands) == 0 {
		return nil
	}
	args := make([]any, 0, 2*len(signed.Bands))
	for _, k := range signed.Bands {
		args = append(args, k, id)
	}
	_, err := tx.StmtContext(ctx, s.stmts.band).ExecContext(ctx, args...)
	return err
}

// putRows writes the normalised rows of the document stored as id, its
// events in their clusters, and returns the clusters. canonical is the
// row of the article it is a near-duplicate of, whose mentions its events
// are; NULL for a canonical article. seen is store.Seen of it.
func (s *Store) putRows(ctx context.Context, tx *sql.Tx, id int64, doc *herald.Document, coder string, canonical sql.NullInt64, seen string) ([]int64, error) {
	root := id
	if canonical.Valid {
		root = canonical.Int64
	}
	keys := store.Clusters(doc, root)
	ids := make(map[store.ClusterKey]int64)
	var clusters []int64
	st := tx.StmtContext(ctx, s.stmts.cluster)
	for _, k := range store.Distinct(keys) {
		var c int64
		if err := st.QueryRowContext(ctx, k.Source, k.Target, k.CAMEO, k.Day, k.Place, k.Modality, k.Article).Scan(&c); err != nil {
			return nil, err
		}
		ids[k] = c
		clusters = append(clusters, c)
	}
	st = tx.StmtContext(ctx, s.stmts.event)
	for i, e := range doc.Events {
		sent := store.SentenceSpan(doc, e.Sentence)
		if _, err := st.ExecContext(ctx, id, keys[i].Day,
			keys[i].Source, keys[i].Target, e.CAMEO, e.QuadClass,
			strings.ToUpper(e.PLOVER), string(e.Modality), i, sent.Start, sent.End, coder,
			e.ID, e.Sentence, e.Goldstein, e.Confidence, e.Date, e.Place,
			e.Source.Entity, e.Source.Span.Start, e.Source.Span.End,
			e.Target.Entity, e.Target.Span.Start, e.Target.Span.End,
			e.Trigger.Start, e.Trigger.End, ids[keys[i]], canonical.Valid, seen); err != nil {
			return nil, err
		}
	}
	st = tx.StmtContext(ctx, s.stmts.entity)
	for _, e := range doc.Entities {
		if _, err := st.ExecContext(ctx, id, e.ID, e.Name, string(e.Type), strings.ToUpper(e.Actor), e.Role, len(e.Mentions), coder); err != nil {
			return nil, err
		}
	}
	st = tx.StmtContext(ctx, s.stmts.quote)
	for i, q := range doc.Quotes {
		if _, err := st.ExecContext(ctx, id, i, string(q.Kind), q.Speaker, q.Start, q.End, coder); err != nil {
			return nil, err
		}
	}
	st = tx.StmtContext(ctx, s.stmts.time)
	for i, t := range doc.Times {
		if _, err := st.ExecContext(ctx, id, i, string(t.Type), t.Value, coder); err != nil {
			return nil, err
		}
	}
	st = tx.StmtContext(ctx, s.stmts.place)
	for _, p := range doc.Places {
		if _, err := st.ExecContext(ctx, id, p.ID, p.Name, p.Country, p.Lat, p.Lon, p.GeoNames, coder); err != nil {
			return nil, err
		}
	}
	return clusters, nil
}

// countClusters brings the counts of clusters up to date.
func (s *Store) countClusters(ctx context.Context, tx *sql.Tx, clusters []int64) error {
	st := tx.StmtContext(ctx, s.stmts.count)
	for _, c := range clusters {
		if _, err := st.ExecContext(ctx, c); err != nil {
			return err
		}
	}
	return nil
}

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}
