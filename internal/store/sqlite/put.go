package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
)

// statements are the prepared statements of Put, one per table.
type statements struct {
	article, fts, event, entity, quote, time, place *sql.Stmt
}

func prepare(ctx context.Context, db *sql.DB) (*statements, error) {
	s := &statements{}
	for _, p := range []struct {
		stmt **sql.Stmt
		sql  string
	}{
		{&s.article, `INSERT INTO articles (hash, article_id, day, published, source, title, url, author,
			origin_path, origin_format, origin_line, origin_item, events, coder, stored, text, document)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING`},
		{&s.fts, `INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`},
		{&s.event, `INSERT INTO events (doc, day, source_actor, target_actor, cameo, quad, plover, modality,
			seq, sent_start, sent_end, coder, event_id, sentence, goldstein, confidence, date, place,
			source_entity, source_start, source_end, target_entity, target_start, target_end, trigger_start, trigger_end)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
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
	for _, st := range []*sql.Stmt{s.article, s.fts, s.event, s.entity, s.quote, s.time, s.place} {
		if st != nil {
			errs = append(errs, st.Close())
		}
	}
	return errors.Join(errs...)
}

// Put stores doc in one transaction unless a document with the same text
// is stored, and reports whether it was new.
func (s *Store) Put(ctx context.Context, doc *herald.Document, coder string) (bool, error) {
	isNew, err := s.put(ctx, doc, coder)
	if err != nil {
		return false, fmt.Errorf("put document %s in %q: %w", doc.ID, s.path, ctxErr(ctx, err))
	}
	return isNew, nil
}

func (s *Store) put(ctx context.Context, doc *herald.Document, coder string) (bool, error) {
	if s.w == nil {
		return false, errors.New("store is open read-only")
	}
	if err := ctx.Err(); err != nil {
		return false, err
	}
	blob, err := s.codec.Encode(doc)
	if err != nil {
		return false, err
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	res, err := tx.StmtContext(ctx, s.stmts.article).ExecContext(ctx,
		herald.ContentHash(doc.Text), doc.ID, store.PublishedDay(doc.Published), formatTime(doc.Published),
		doc.Source, doc.Title, doc.URL, doc.Author,
		doc.Origin.Path, doc.Origin.Format, doc.Origin.Line, doc.Origin.Item,
		len(doc.Events), coder, time.Now().UTC().Format(time.RFC3339Nano), doc.Text, blob)
	if err != nil {
		return false, err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		return false, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return false, err
	}
	if err := s.putRows(ctx, tx, id, doc, coder); err != nil {
		return false, err
	}
	return true, tx.Commit()
}

// putRows writes the normalised rows of the document stored as id.
func (s *Store) putRows(ctx context.Context, tx *sql.Tx, id int64, doc *herald.Document, coder string) error {
	if _, err := tx.StmtContext(ctx, s.stmts.fts).ExecContext(ctx, id, doc.Title, doc.Text); err != nil {
		return err
	}
	st := tx.StmtContext(ctx, s.stmts.event)
	for i, e := range doc.Events {
		sent := store.SentenceSpan(doc, e.Sentence)
		if _, err := st.ExecContext(ctx, id, store.Day(e.Date, doc.Published),
			strings.ToUpper(e.Source.Actor), strings.ToUpper(e.Target.Actor), e.CAMEO, e.QuadClass,
			strings.ToUpper(e.PLOVER), string(e.Modality), i, sent.Start, sent.End, coder,
			e.ID, e.Sentence, e.Goldstein, e.Confidence, e.Date, e.Place,
			e.Source.Entity, e.Source.Span.Start, e.Source.Span.End,
			e.Target.Entity, e.Target.Span.Start, e.Target.Span.End,
			e.Trigger.Start, e.Trigger.End); err != nil {
			return err
		}
	}
	st = tx.StmtContext(ctx, s.stmts.entity)
	for _, e := range doc.Entities {
		if _, err := st.ExecContext(ctx, id, e.ID, e.Name, string(e.Type), strings.ToUpper(e.Actor), e.Role, len(e.Mentions), coder); err != nil {
			return err
		}
	}
	st = tx.StmtContext(ctx, s.stmts.quote)
	for i, q := range doc.Quotes {
		if _, err := st.ExecContext(ctx, id, i, string(q.Kind), q.Speaker, q.Start, q.End, coder); err != nil {
			return err
		}
	}
	st = tx.StmtContext(ctx, s.stmts.time)
	for i, t := range doc.Times {
		if _, err := st.ExecContext(ctx, id, i, string(t.Type), t.Value, coder); err != nil {
			return err
		}
	}
	st = tx.StmtContext(ctx, s.stmts.place)
	for _, p := range doc.Places {
		if _, err := st.ExecContext(ctx, id, p.ID, p.Name, p.Country, p.Lat, p.Lon, p.GeoNames, coder); err != nil {
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
