package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// migrations are the schema's versions in order: migrations[i] takes a
// schema from version i to version i+1. A migration is never edited once
// released; a change is a new migration.
//
// Codes and days are text in the C collation, so that they sort and
// compare byte by byte, as the prefix ranges of store.Filter assume,
// whatever the database's locale. Times are RFC 3339 text, as in the
// sqlite store, so that a publication time comes back with the offset it
// was put with.
var migrations = []string{
	// Version 1.
	`
CREATE TEXT SEARCH DICTIONARY herald_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION herald (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION herald
	ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH herald_stem;

CREATE TABLE articles (
	id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	hash       text NOT NULL UNIQUE,          -- herald.ContentHash of text
	article_id text NOT NULL,
	day        text COLLATE "C" NOT NULL,     -- publication day, YYYY-MM-DD, or ''
	published  text NOT NULL,                 -- RFC 3339, or ''
	source     text NOT NULL,
	title      text NOT NULL,
	url        text NOT NULL,
	author     text NOT NULL,
	origin_path   text NOT NULL,
	origin_format text NOT NULL,
	origin_line   integer NOT NULL,
	origin_item   integer NOT NULL,
	events     integer NOT NULL,
	coder      text NOT NULL,                 -- herald version that analysed it
	stored     text NOT NULL,                 -- RFC 3339 UTC
	text       text NOT NULL,
	document   bytea NOT NULL,                -- store.Codec.Encode of the document
	tsv        tsvector NOT NULL GENERATED ALWAYS AS
		(to_tsvector('herald', title || E'\n' || text)) STORED
);
CREATE INDEX articles_article_id ON articles(article_id, id);
CREATE INDEX articles_day ON articles(day, id);
CREATE INDEX articles_tsv ON articles USING gin (tsv);

CREATE TABLE events (
	id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	doc           bigint NOT NULL REFERENCES articles(id),
	day           text COLLATE "C" NOT NULL,  -- store.Day of the event
	source_actor  text COLLATE "C" NOT NULL,  -- upper case
	target_actor  text COLLATE "C" NOT NULL,  -- upper case
	cameo         text COLLATE "C" NOT NULL,
	quad          integer NOT NULL,
	plover        text NOT NULL,              -- upper case
	modality      text NOT NULL,
	seq           integer NOT NULL,           -- index in Document.Events
	sent_start    integer NOT NULL,           -- byte span of its sentence
	sent_end      integer NOT NULL,
	coder         text NOT NULL,
	event_id      text NOT NULL,              -- the rest of herald.Event
	sentence      integer NOT NULL,
	goldstein     double precision NOT NULL,
	confidence    double precision NOT NULL,
	date          text NOT NULL,
	place         text NOT NULL,
	source_entity text NOT NULL,
	source_start  integer NOT NULL,
	source_end    integer NOT NULL,
	target_entity text NOT NULL,
	target_start  integer NOT NULL,
	target_end    integer NOT NULL,
	trigger_start integer NOT NULL,
	trigger_end   integer NOT NULL
);
CREATE INDEX events_day ON events(day, id);
CREATE INDEX events_source ON events(source_actor, day);
CREATE INDEX events_target ON events(target_actor, day);
CREATE INDEX events_cameo ON events(cameo, day);
CREATE INDEX events_doc ON events(doc);

CREATE TABLE entities (
	doc       bigint NOT NULL REFERENCES articles(id),
	entity_id text NOT NULL,
	name      text NOT NULL,
	type      text NOT NULL,
	actor     text COLLATE "C" NOT NULL,      -- upper case
	role      text NOT NULL,
	mentions  integer NOT NULL,
	coder     text NOT NULL,
	PRIMARY KEY (doc, entity_id)
);
CREATE INDEX entities_actor ON entities(actor);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE quotes (
	doc     bigint NOT NULL REFERENCES articles(id),
	seq     integer NOT NULL,
	kind    text NOT NULL,
	speaker text NOT NULL,                    -- entity ID, or ''
	start   integer NOT NULL,                 -- byte span of the content
	"end"   integer NOT NULL,
	coder   text NOT NULL,
	PRIMARY KEY (doc, seq)
);

CREATE TABLE times (
	doc   bigint NOT NULL REFERENCES articles(id),
	seq   integer NOT NULL,
	type  text NOT NULL,
	value text NOT NULL,
	coder text NOT NULL,
	PRIMARY KEY (doc, seq)
);
CREATE INDEX times_value ON times(value);

CREATE TABLE places (
	doc      bigint NOT NULL REFERENCES articles(id),
	place_id text NOT NULL,
	name     text NOT NULL,
	country  text NOT NULL,
	lat      double precision NOT NULL,
	lon      double precision NOT NULL,
	geonames bigint NOT NULL,
	coder    text NOT NULL,
	PRIMARY KEY (doc, place_id)
);
CREATE INDEX places_country ON places(country);
`,
	// Version 2: near-duplicates and event clusters, as in the sqlite
	// store's version 2. Cluster keys are text in the C collation, as the
	// event columns they come from.
	`
ALTER TABLE articles ADD COLUMN canonical bigint REFERENCES articles(id);
ALTER TABLE articles ADD COLUMN similarity double precision NOT NULL DEFAULT 0;
CREATE INDEX articles_canonical ON articles(canonical) WHERE canonical IS NOT NULL;

CREATE TABLE signatures (
	doc       bigint PRIMARY KEY REFERENCES articles(id),
	signature bytea NOT NULL
);

CREATE TABLE bands (
	key bigint NOT NULL,
	doc bigint NOT NULL REFERENCES articles(id),
	PRIMARY KEY (key, doc)
);
CREATE INDEX bands_doc ON bands(doc);

CREATE TABLE clusters (
	id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	source_actor text COLLATE "C" NOT NULL,
	target_actor text COLLATE "C" NOT NULL,
	cameo        text COLLATE "C" NOT NULL,
	day          text COLLATE "C" NOT NULL,
	place        text COLLATE "C" NOT NULL,   -- store.PlaceKey
	modality     text COLLATE "C" NOT NULL,
	article      bigint NOT NULL DEFAULT 0,   -- store.ClusterKey.Article: a vague event's story
	mentions     integer NOT NULL DEFAULT 0,
	sources      integer NOT NULL DEFAULT 0,
	articles     integer NOT NULL DEFAULT 0,
	first_seen   text NOT NULL DEFAULT '',
	last_seen    text NOT NULL DEFAULT '',
	UNIQUE (source_actor, target_actor, cameo, day, place, modality, article)
);

ALTER TABLE events ADD COLUMN cluster bigint NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN copy boolean NOT NULL DEFAULT false;
ALTER TABLE events ADD COLUMN seen text COLLATE "C" NOT NULL DEFAULT '';
CREATE INDEX events_cluster ON events(cluster);
`,
	// Version 3: covering indexes for the Aggregator, as in the sqlite
	// store.
	`
CREATE INDEX events_pair ON events(source_actor, target_actor, quad, goldstein, copy);
CREATE INDEX events_day_quad ON events(day, quad, cameo, goldstein, copy);
`,
}

// lockKey is the first key of the advisory lock that migrations hold; the
// second is a hash of the schema, so that stores in different schemas
// migrate independently.
const lockKey = 0x68726c64 // "hrld"

// migrate brings the schema to the latest version in one transaction under
// a transaction-scoped advisory lock: several workers that start at once
// take turns, and all but the first find nothing to do. A migration that
// fails leaves the schema as it was.
func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	return pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))`, lockKey); err != nil {
			return fmt.Errorf("lock schema: %w", err)
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
			version integer PRIMARY KEY, applied text NOT NULL)`); err != nil {
			return fmt.Errorf("create schema_version: %w", err)
		}
		v, err := version(ctx, tx)
		if err != nil {
			return err
		}
		if v > len(migrations) {
			return fmt.Errorf("schema version %d is newer than this herald knows (%d): use a newer herald", v, len(migrations))
		}
		for i := v; i < len(migrations); i++ {
			if _, err := tx.Exec(ctx, migrations[i]); err != nil {
				return fmt.Errorf("migrate schema to version %d: %w", i+1, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_version (version, applied) VALUES ($1, $2)`,
				i+1, time.Now().UTC().Format(time.RFC3339)); err != nil {
				return fmt.Errorf("migrate schema to version %d: %w", i+1, err)
			}
		}
		return nil
	})
}

// checkVersion makes sure a read-only store has the schema this package
// writes, since it cannot migrate it.
func checkVersion(ctx context.Context, pool *pgxpool.Pool) error {
	var exists bool
	if err := pool.QueryRow(ctx, `SELECT to_regclass('schema_version') IS NOT NULL`).Scan(&exists); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if !exists {
		return errors.New("no herald store in this schema: open it for writing, e.g. with herald ingest, to create one")
	}
	v, err := version(ctx, pool)
	if err != nil {
		return err
	}
	switch {
	case v > len(migrations):
		return fmt.Errorf("schema version %d is newer than this herald knows (%d): use a newer herald", v, len(migrations))
	case v < len(migrations):
		return fmt.Errorf("schema version %d is older than this herald's (%d): open it for writing, e.g. with herald ingest, to migrate it", v, len(migrations))
	}
	return nil
}

// queryer is what version needs of a pool or a transaction.
type queryer interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// version returns the schema version: 0 for a new schema.
func version(ctx context.Context, q queryer) (int, error) {
	var v *int
	if err := q.QueryRow(ctx, `SELECT max(version) FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	if v == nil {
		return 0, nil
	}
	return *v, nil
}
