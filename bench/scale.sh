#!/usr/bin/env bash
# Throughput of herald's scale-out path against the single-process one, as
# recorded in docs/BENCHMARKS.md ("Scale-out: NATS and PostgreSQL").
#
#   bench/scale.sh CORPUS DISTINCT sqlite JOBS        herald ingest -j JOBS into SQLite
#   bench/scale.sh CORPUS DISTINCT queue WORKERS JOBS NATS + WORKERS × herald work -j JOBS + PostgreSQL
#
# DISTINCT is how many distinct texts CORPUS holds (what ingest reports as
# stored): a queue run ends when PostgreSQL holds that many. HERALD (the
# binary), HERALD_NATS and HERALD_PG (a database where schemas may be
# made) say what to use. Each queue run uses a fresh queue and schema and
# drops the schema after.
set -euo pipefail
corpus=$1 n=$2 mode=$3
shift 3
if [ "$n" -lt 1 ]; then
	echo "$0: DISTINCT must be at least 1" >&2
	exit 2
fi
herald=${HERALD:-herald}
nats=${HERALD_NATS:-nats://127.0.0.1:4222}
pg=${HERALD_PG:-postgres://postgres@127.0.0.1:5432/test}
now() { date +%s.%N; }
rate() { echo "$n / ($2 - $1)" | bc -l | cut -c1-6; }

case $mode in
sqlite)
	db=$(mktemp -d)/s.db
	t0=$(now)
	"$herald" ingest --db "$db" -j "$1" "$corpus" >/dev/null
	t1=$(now)
	rm -rf "$(dirname "$db")"
	echo "sqlite ingest -j $1: $(rate "$t0" "$t1") articles/s"
	;;
queue)
	q=bench$RANDOM$RANDOM
	psql -q "$pg" -c "CREATE SCHEMA $q"
	"$herald" ingest --nats "$nats" --queue "$q" "$corpus" >/dev/null
	t0=$(now)
	pids=()
	for _ in $(seq "$1"); do
		"$herald" work --nats "$nats" --queue "$q" --postgres "$pg?search_path=$q" -j "$2" >/dev/null 2>&1 &
		pids+=($!)
	done
	until [ "$(psql -tA "$pg" -c "SELECT count(*) FROM $q.articles" 2>/dev/null || echo 0)" -ge "$n" ]; do sleep 0.2; done
	t1=$(now)
	bytes=$(psql -tA "$pg" -c "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = '$q' AND c.relkind = 'r'")
	kill -TERM "${pids[@]}"
	wait
	PGOPTIONS="-c client_min_messages=warning" psql -q "$pg" -c "DROP SCHEMA $q CASCADE"
	echo "nats+postgres $1 worker(s) -j $2: $(rate "$t0" "$t1") articles/s, $((bytes / n)) bytes/article in PostgreSQL (queue $q left on the server)"
	;;
*)
	echo "usage: $0 CORPUS DISTINCT sqlite JOBS | queue WORKERS JOBS" >&2
	exit 2
	;;
esac
