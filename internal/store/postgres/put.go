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
//
// Workers that put near-duplicates at once wait for one another at the
// keys of the LSH bands they share, held as transaction-level advisory
// locks, so that the second finds the first stored and links to it, as if
// they had come one after the other; copies that share no band would not
// find each other in turn either. Clusters are locked in the order of
// their keys by the upsert that finds them, and counted after, in a
// statement that sees every event committed before the lock was granted.
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
	enc, err := s.codec.Prepare(doc)
	if err != nil {
		return false, err
	}
	hash, signed := enc.Hash, enc.Signed
	isNew := false
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var stored bool
		if err := tx.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE hash = $1)`, hash).Scan(&stored); err != nil || stored {
			return err
		}
		canonical, sim, err := nearest(ctx, tx, signed)
		if err != nil {
			return err
		}
		now := time.Now().UTC()
		var id int64
		err = tx.QueryRow(ctx, `INSERT INTO articles (hash, article_id, day, published, source, title, url, author,
			origin_path, origin_format, origin_line, origin_item, events, coder, stored, text, document, canonical, similarity)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
			ON CONFLICT (hash) DO NOTHING RETURNING id`,
			hash, doc.ID, store.PublishedDay(doc.Published), formatTime(doc.Published),
			doc.Source, doc.Title, doc.URL, doc.Author,
			doc.Origin.Path, doc.Origin.Format, doc.Origin.Line, doc.Origin.Item,
			len(doc.Events), coder, now.Format(time.RFC3339Nano), doc.Text, enc.Blob, canonical, sim).Scan(&id)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil // stored meanwhile by another worker
		}
		if err != nil {
			return err
		}
		isNew = true
		return putAnalysis(ctx, tx, id, doc, coder, signed, canonical, store.Seen(doc.Published, now), nil)
	})
	return isNew, err
}

// nearest locks the band keys of signed and returns the canonical article
// of the stored near-duplicate of its document, and its similarity; nil
// when there is none.
func nearest(ctx context.Context, tx pgx.Tx, signed store.Signed) (*int64, float64, error) {
	if len(signed.Bands) == 0 {
		return nil, 0, nil
	}
	if _, err := tx.Exec(ctx, `SELECT count(pg_advisory_xact_lock(k))
		FROM (SELECT DISTINCT k FROM unnest($1::bigint[]) k ORDER BY k) keys`, signed.Bands); err != nil {
		return nil, 0, fmt.Errorf("lock band keys: %w", err)
	}
	rows, err := tx.Query(ctx, `SELECT a.id, coalesce(a.canonical, a.id), s.signature FROM signatures s JOIN articles a ON a.id = s.doc
		WHERE s.doc IN (SELECT doc FROM bands WHERE key = ANY($1))`, signed.Bands)
	if err != nil {
		return nil, 0, err
	}
	cands, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Candidate, error) {
		var c store.Candidate
		err := r.Scan(&c.ID, &c.Canonical, &c.Signature)
		return c, err
	})
	if err != nil {
		return nil, 0, err
	}
	canonical, sim, ok := store.Nearest(signed, cands)
	if !ok {
		return nil, 0, nil
	}
	return &canonical, sim, nil
}

// putAnalysis writes the signature and the normalised rows of the document
// stored as id, its events in their clusters, and counts those clusters
// and the others given. canonical is the row of the article it is a
// near-duplicate of, whose mentions its events are; nil for a canonical
// article. seen is store.Seen of it.
func putAnalysis(ctx context.Context, tx pgx.Tx, id int64, doc *herald.Document, coder string, signed store.Signed, canonical *int64, seen string, others []int64) error {
	root := id
	if canonical != nil {
		root = *canonical
	}
	b := &pgx.Batch{}
	b.Queue(`INSERT INTO signatures (doc, signature) VALUES ($1, $2)
		ON CONFLICT (doc) DO UPDATE SET signature = excluded.signature`, id, signed.Bytes)
	b.Queue(`INSERT INTO bands (key, doc) SELECT DISTINCT k, $2::bigint FROM unnest($1::bigint[]) k ON CONFLICT DO NOTHING`, signed.Bands, id)
	keys := store.Clusters(doc, root)
	distinct := store.Distinct(keys)
	for _, k := range distinct {
		b.Queue(`INSERT INTO clusters (source_actor, target_actor, cameo, day, place, modality, article) VALUES ($1, $2, $3, $4, $5, $6, $7)
			ON CONFLICT (source_actor, target_actor, cameo, day, place, modality, article) DO UPDATE SET mentions = clusters.mentions
			RETURNING id`, k.Source, k.Target, k.CAMEO, k.Day, k.Place, k.Modality, k.Article)
	}
	res := tx.SendBatch(ctx, b)
	ids := make(map[store.ClusterKey]int64, len(distinct))
	_, err := res.Exec()
	if err == nil {
		_, err = res.Exec()
	}
	for _, k := range distinct {
		if err != nil {
			break
		}
		var c int64
		err = res.QueryRow().Scan(&c)
		ids[k] = c
	}
	if cerr := res.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	b = rows(id, doc, coder, keys, ids, canonical != nil, seen)
	counted := make(map[int64]bool)
	for _, c := range append(others, mapValues(ids)...) {
		if !counted[c] {
			counted[c] = true
			b.Queue(store.ClusterCount+`$1`, c)
		}
	}
	return tx.SendBatch(ctx, b).Close()
}

func mapValues(m map[store.ClusterKey]int64) []int64 {
	out := make([]int64, 0, len(m))
	for _, v := range m {
		out = append(out, v)
	}
	return out
}

// rows returns the inserts of the normalised rows of the document stored
// as id, as one batch: one round trip to the server for them all. Entities
// and places with an ID seen before in the document are ignored, as the
// sqlite store ignores them.
func rows(id int64, doc *herald.Document, coder string, keys []store.ClusterKey, clusters map[store.ClusterKey]int64, copied bool, seen string) *pgx.Batch {
	b := &pgx.Batch{}
	for i, e := range doc.Events {
		sent := store.SentenceSpan(doc, e.Sentence)
		b.Queue(`INSERT INTO events (doc, day, source_actor, target_actor, cameo, quad, plover, modality,
			seq, sent_start, sent_end, coder, event_id, sentence, goldstein, confidence, date, place,
			source_entity, source_start, source_end, target_entity, target_start, target_end, trigger_start, trigger_end,
			cluster, copy, seen)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26,
			$27, $28, $29)`,
			id, keys[i].Day, keys[i].Source, keys[i].Target, e.CAMEO, e.QuadClass,
			strings.ToUpper(e.PLOVER), string(e.Modality), i, sent.Start, sent.End, coder,
			e.ID, e.Sentence, e.Goldstein, e.Confidence, e.Date, e.Place,
			e.Source.Entity, e.Source.Span.Start, e.Source.Span.End,
			e.Target.Entity, e.Target.Span.Start, e.Target.Span.End,
			e.Trigger.Start, e.Trigger.End, clusters[keys[i]], copied, seen)
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
