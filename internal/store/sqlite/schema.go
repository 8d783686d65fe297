package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// migrations are the schema's versions in order: migrations[i] takes a
// database from version i to version i+1. A migration is never edited once
// released; a change is a new migration.
var migrations = []string{
	// Version 1. Columns read by every query come first in their rows, and
	// the article text and document last, so that SQLite reaches the small
	// columns without walking overflow pages. Actor codes, PLOVER types and
	// days are normalised for querying; the document keeps them as coded.
	`
CREATE TABLE articles (
	id         INTEGER PRIMARY KEY,
	hash       TEXT NOT NULL UNIQUE,    -- herald.ContentHash of text
	article_id TEXT NOT NULL,
	day        TEXT NOT NULL,           -- publication day, YYYY-MM-DD, or ''
	published  TEXT NOT NULL,           -- RFC 3339, or ''
	source     TEXT NOT NULL,
	title      TEXT NOT NULL,
	url        TEXT NOT NULL,
	author     TEXT NOT NULL,
	origin_path   TEXT NOT NULL,
	origin_format TEXT NOT NULL,
	origin_line   INTEGER NOT NULL,
	origin_item   INTEGER NOT NULL,
	events     INTEGER NOT NULL,
	coder      TEXT NOT NULL,           -- herald version that analysed it
	stored     TEXT NOT NULL,           -- RFC 3339 UTC
	text       TEXT NOT NULL,
	document   BLOB NOT NULL            -- store.Codec.Encode of the document
);
CREATE INDEX articles_article_id ON articles(article_id);
CREATE INDEX articles_day ON articles(day);

CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text, content='articles', content_rowid='id',
	tokenize='porter unicode61 remove_diacritics 2'
);

CREATE TABLE events (
	id            INTEGER PRIMARY KEY,
	doc           INTEGER NOT NULL REFERENCES articles(id),
	day           TEXT NOT NULL,        -- store.Day of the event
	source_actor  TEXT NOT NULL,        -- upper case
	target_actor  TEXT NOT NULL,        -- upper case
	cameo         TEXT NOT NULL,
	quad          INTEGER NOT NULL,
	plover        TEXT NOT NULL,        -- upper case
	modality      TEXT NOT NULL,
	seq           INTEGER NOT NULL,     -- index in Document.Events
	sent_start    INTEGER NOT NULL,     -- byte span of its sentence
	sent_end      INTEGER NOT NULL,
	coder         TEXT NOT NULL,
	event_id      TEXT NOT NULL,        -- the rest of herald.Event
	sentence      INTEGER NOT NULL,
	goldstein     REAL NOT NULL,
	confidence    REAL NOT NULL,
	date          TEXT NOT NULL,
	place         TEXT NOT NULL,
	source_entity TEXT NOT NULL,
	source_start  INTEGER NOT NULL,
	source_end    INTEGER NOT NULL,
	target_entity TEXT NOT NULL,
	target_start  INTEGER NOT NULL,
	target_end    INTEGER NOT NULL,
	trigger_start INTEGER NOT NULL,
	trigger_end   INTEGER NOT NULL
);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_source ON events(source_actor, day);
CREATE INDEX events_target ON events(target_actor, day);
CREATE INDEX events_cameo ON events(cameo, day);
CREATE INDEX events_doc ON events(doc);

CREATE TABLE entities (
	doc       INTEGER NOT NULL REFERENCES articles(id),
	entity_id TEXT NOT NULL,
	name      TEXT NOT NULL,
	type      TEXT NOT NULL,
	actor     TEXT NOT NULL,            -- upper case
	role      TEXT NOT NULL,
	mentions  INTEGER NOT NULL,
	coder     TEXT NOT NULL,
	PRIMARY KEY (doc, entity_id)
) WITHOUT ROWID;
CREATE INDEX entities_actor ON entities(actor);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE quotes (
	doc     INTEGER NOT NULL REFERENCES articles(id),
	seq     INTEGER NOT NULL,
	kind    TEXT NOT NULL,
	speaker TEXT NOT NULL,              -- entity ID, or ''
	start   INTEGER NOT NULL,           -- byte span of the content
	end     INTEGER NOT NULL,
	coder   TEXT NOT NULL,
	PRIMARY KEY (doc, seq)
) WITHOUT ROWID;

CREATE TABLE times (
	doc   INTEGER NOT NULL REFERENCES articles(id),
	seq   INTEGER NOT NULL,
	type  TEXT NOT NULL,
	value TEXT NOT NULL,
	coder TEXT NOT NULL,
	PRIMARY KEY (doc, seq)
) WITHOUT ROWID;
CREATE INDEX times_value ON times(value);

CREATE TABLE places (
	doc      INTEGER NOT NULL REFERENCES articles(id),
	place_id TEXT NOT NULL,
	name     TEXT NOT NULL,
	country  TEXT NOT NULL,
	lat      REAL NOT NULL,
	lon      REAL NOT NULL,
	geonames INTEGER NOT NULL,
	coder    TEXT NOT NULL,
	PRIMARY KEY (doc, place_id)
) WITHOUT ROWID;
CREATE INDEX places_country ON places(country);
`,
	// Version 2: near-duplicates and event clusters. An article's
	// canonical is NULL when it is canonical itself. Its signature
	// (dedup.Signature.MarshalBinary) and the keys of its LSH bands
	// (dedup.BandKeys) find its near-duplicates. Every event belongs to a
	// cluster; copy marks the events of near-duplicate copies, which
	// searches do not list; seen is store.Seen of its article. Events
	// stored before this version have no cluster (0) until herald
	// reprocess codes their articles again.
	`
ALTER TABLE articles ADD COLUMN canonical INTEGER REFERENCES articles(id);
ALTER TABLE articles ADD COLUMN similarity REAL NOT NULL DEFAULT 0;
CREATE INDEX articles_canonical ON articles(canonical) WHERE canonical IS NOT NULL;

CREATE TABLE signatures (
	doc       INTEGER PRIMARY KEY REFERENCES articles(id),
	signature BLOB NOT NULL
);

CREATE TABLE bands (
	key INTEGER NOT NULL,
	doc INTEGER NOT NULL REFERENCES articles(id),
	PRIMARY KEY (key, doc)
) WITHOUT ROWID;

CREATE TABLE clusters (
	id           INTEGER PRIMARY KEY,
	source_actor TEXT NOT NULL,
	target_actor TEXT NOT NULL,
	cameo        TEXT NOT NULL,
	day          TEXT NOT NULL,
	place        TEXT NOT NULL,         -- store.PlaceKey
	modality     TEXT NOT NULL,
	article      INTEGER NOT NULL DEFAULT 0,  -- store.ClusterKey.Article: a vague event's story
	mentions     INTEGER NOT NULL DEFAULT 0,
	sources      INTEGER NOT NULL DEFAULT 0,
	articles     INTEGER NOT NULL DEFAULT 0,
	first_seen   TEXT NOT NULL DEFAULT '',
	last_seen    TEXT NOT NULL DEFAULT '',
	UNIQUE (source_actor, target_actor, cameo, day, place, modality, article)
);

ALTER TABLE events ADD COLUMN cluster INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN copy INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN seen TEXT NOT NULL DEFAULT '';
CREATE INDEX events_cluster ON events(cluster);
`,
	// Version 3: covering indexes for the Aggregator, so that timelines
	// and networks read an index rather than sort every event (measured at
	// 100,000 events: a week timeline 795 → 119 ms, the whole network
	// 1,639 → 243 ms).
	`
CREATE INDEX events_pair ON events(source_actor, target_actor, quad, goldstein, copy);
CREATE INDEX events_day_quad ON events(day, quad, cameo, goldstein, copy);
`,
}

// migrate brings the database to the latest schema version in one
// transaction: a migration that fails leaves the database as it was.
func migrate(ctx context.Context, db *sql.DB) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		version INTEGER PRIMARY KEY, applied TEXT NOT NULL)`); err != nil {
		return err
	}
	v, err := version(ctx, tx)
	if err != nil {
		return err
	}
	if v > len(migrations) {
		return fmt.Errorf("schema version %d is newer than this herald knows (%d): use a newer herald", v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			return fmt.Errorf("migrate schema to version %d: %w", i+1, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version, applied) VALUES (?, ?)`,
			i+1, time.Now().UTC().Format(time.RFC3339)); err != nil {
			return fmt.Errorf("migrate schema to version %d: %w", i+1, err)
		}
	}
	return tx.Commit()
}

// queryer is what version needs of a *sql.DB or *sql.Tx.
type queryer interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// version returns the schema version of the database: 0 for a new one.
func version(ctx context.Context, q queryer) (int, error) {
	var v sql.NullInt64
	if err := q.QueryRowContext(ctx, `SELECT max(version) FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return int(v.Int64), nil
}
