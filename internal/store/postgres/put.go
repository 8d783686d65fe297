package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/heraldproject/herald"
	"github.com/heraldproject/herald/internal/store"
	"github.com/jackc/pgx/v5"
)

// Put stores doc in one transaction unless a document with the same text
// is stored, and reports whether it was new. Workers that put the same
// document at once wait for one another at its content hash: one stores it
// and the others find it stored.
func (s *Store) Put(ctx context.Context, doc *herald.Document, coder string) (bool, error) {
	isNew, err := s.put(ctx, doc, coder)
	if err != nil {
		return false, fmt.Errorf("put document %s in %q: %w", doc.ID, s.name, ctxErr(ctx, err))
	}
	return isNew, nil
}

func (s *Store) put(ctx context.Context, doc *herald.Document, coder string) (bool, error) {
	if s.readOnly {
		return false, errors.New("store is open read-only")
	}
	if err := ctx.Err(); err != nil {
		return false, err
	}
	blob, err := s.codec.Encode(doc)
	if err != nil {
		return false, err
	}
	isNew := false
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var id int64
		err := tx.QueryRow(ctx, `INSERT INTO articles (hash, article_id, day, published, source, title, url, author,
			origin_path, origin_format, origin_line, origin_item, events, coder, stored, text, document)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
			ON CONFLICT (hash) DO NOTHING RETURNING id`,
			herald.ContentHash(doc.Text), doc.ID, store.PublishedDay(doc.Published), formatTime(doc.Published),
			doc.Source, doc.Title, doc.URL, doc.Author,
			doc.Origin.Path, doc.Origin.Format, doc.Origin.Line, doc.Origin.Item,
			len(doc.Events), coder, time.Now().UTC().Format(time.RFC3339Nano), doc.Text, blob).Scan(&id)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil // stored already
		}
		if err != nil {
			return err
		}
		isNew = true
		return tx.SendBatch(ctx, rows(id, doc, coder)).Close()
	})
	return isNew, err
}

// rows returns the inserts of the normalised rows of the document stored
// as id, as one batch: one round trip to the server for them all. Entities
// and places with an ID seen before in the document are ignored, as the
// sqlite store ignores them.
func rows(id int64, doc *herald.Document, coder string) *pgx.Batch {
	b := &pgx.Batch{}
	for i, e := range doc.Events {
		sent := store.SentenceSpan(doc, e.Sentence)
		b.Queue(`INSERT INTO events (doc, day, source_actor, target_actor, cameo, quad, plover, modality,
			seq, sent_start, sent_end, coder, event_id, sentence, goldstein, confidence, date, place,
			source_entity, source_start, source_end, target_entity, target_start, target_end, trigger_start, trigger_end)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26)`,
			id, store.Day(e.Date, doc.Published),
			strings.ToUpper(e.Source.Actor), strings.ToUpper(e.Target.Actor), e.CAMEO, e.QuadClass,
			strings.ToUpper(e.PLOVER), string(e.Modality), i, sent.Start, sent.End, coder,
			e.ID, e.Sentence, e.Goldstein, e.Confidence, e.Date, e.Place,
			e.Source.Entity, e.Source.Span.Start, e.Source.Span.End,
			e.Target.Entity, e.Target.Span.Start, e.Target.Span.End,
			e.Trigger.Start, e.Trigger.End)
	}
	for _, e := range doc.Entities {
		b.Queue(`INSERT INTO entities (doc, entity_id, name, type, actor, role, mentions, coder)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
			id, e.ID, e.Name, string(e.Type), strings.ToUpper(e.Actor), e.Role, len(e.Mentions), coder)
	}
	for i, q := range doc.Quotes {
		b.Queue(`INSERT INTO quotes (doc, seq, kind, speaker, start, "end", coder) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
			id, i, string(q.Kind), q.Speaker, q.Start, q.End, coder)
	}
	for i, t := range doc.Times {
		b.Queue(`INSERT INTO times (doc, seq, type, value, coder) VALUES ($1, $2, $3, $4, $5)`,
			id, i, string(t.Type), t.Value, coder)
	}
	for _, p := range doc.Places {
		b.Queue(`INSERT INTO places (doc, place_id, name, country, lat, lon, geonames, coder)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
			id, p.ID, p.Name, p.Country, p.Lat, p.Lon, p.GeoNames, coder)
	}
	return b
}

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano)
}
