#!/usr/bin/env bash
# run.sh — herald and the prose baseline, side by side, on one corpus.
#
# Usage: bench/run.sh [CORPUS]
#
# CORPUS is a directory, JSONL file or feed, which both sides read with
# herald's reader (internal/ingest); without it both sides use herald's
# seed article, repeated. The script builds herald (from the working tree
# above this folder, or from the commit HERALD_REV names) and the baseline
# into a temporary folder, runs `herald bench` and `baseline` RUNS times
# each, in turn, reads the words/s of their "1 pipeline" lines, and prints
# the medians and the ratio herald/prose. It stops if the two sides did not
# count the same words per pass over the corpus.
#
# Environment:
#   RUNS=3            runs per side (the median is quoted)
#   HERALD_REV=REV    build herald from this commit (git archive) rather
#                     than from the working tree, which other work may be
#                     changing; the baseline is always built from here
#   HERALD_REPEAT=N   --repeat for herald bench (its default: 1 pass over a
#                     corpus, 10000 copies of the seed)
#   PROSE_REPEAT=N    --repeat for the baseline (its default: 1 pass over a
#                     corpus, 100 copies of the seed)
#   PROSE_FLAGS=...   further baseline flags, e.g. --segment-only
#   NER_GOLD=PATH     also score NER on this CoNLL-2003 file on both sides
#                     (herald eval ner and baseline --ner-gold)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
corpus=${1:-}
runs=${RUNS:-3}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
src=$root
rev="working tree"
if [[ -n ${HERALD_REV:-} ]]; then
	src=$tmp/src
	mkdir "$src"
	git -C "$root" archive "$HERALD_REV" | tar -x -C "$src"
	rev=$(git -C "$root" rev-parse --short "$HERALD_REV")
fi
(cd "$src" && go build -o "$tmp/herald" ./cmd/herald)
(cd "$here" && go build -o "$tmp/baseline" ./cmd/baseline)

herald_args=(bench)
prose_args=()
if [[ -n $corpus ]]; then
	herald_args+=(--corpus "$corpus")
	prose_args+=(--corpus "$corpus")
fi
[[ -n ${HERALD_REPEAT:-} ]] && herald_args+=(--repeat "$HERALD_REPEAT")
[[ -n ${PROSE_REPEAT:-} ]] && prose_args+=(--repeat "$PROSE_REPEAT")
# Word splitting of PROSE_FLAGS is wanted: it holds flags.
# shellcheck disable=SC2206
[[ -n ${PROSE_FLAGS:-} ]] && prose_args+=($PROSE_FLAGS)

# wps prints the words/s of the "1 pipeline" line of a bench report.
wps() { awk '/^1 pipeline/ { for (i = 1; i < NF; i++) if ($(i+1) == "words/s") print $i }' "$1"; }
# per_pass prints the words per pass of the "corpus" line:
# "corpus  N articles × R, W words, M MB".
per_pass() { awk '/^corpus/ { r = $5; sub(",", "", r); print $6 / r }' "$1"; }
# median prints the median of its arguments.
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2 }'; }

echo "date:    $(date -u +%Y-%m-%d)"
echo "machine: $(nproc) cores, $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "go:      $(go version | cut -d' ' -f3-)"
echo "herald:  $rev"
echo "corpus:  ${corpus:-herald seed article}"
echo

h=() p=()
for i in $(seq "$runs"); do
	"$tmp/herald" "${herald_args[@]}" >"$tmp/herald.$i"
	"$tmp/baseline" "${prose_args[@]}" >"$tmp/prose.$i"
	h+=("$(wps "$tmp/herald.$i")")
	p+=("$(wps "$tmp/prose.$i")")
done

hw=$(per_pass "$tmp/herald.1")
pw=$(per_pass "$tmp/prose.1")
if [[ $hw != "$pw" ]]; then
	echo "run.sh: herald counted $hw words per pass, prose $pw: not the same texts" >&2
	exit 1
fi

echo "herald bench:"
sed 's/^/  /' "$tmp/herald.1"
echo "prose baseline:"
sed 's/^/  /' "$tmp/prose.1"
echo
hm=$(median "${h[@]}")
pm=$(median "${p[@]}")
echo "words per pass: $hw (both sides)"
echo "herald words/s: ${h[*]}  median $hm"
echo "prose  words/s: ${p[*]}  median $pm"
awk -v h="$hm" -v p="$pm" 'BEGIN { printf "ratio herald/prose: %.0f×\n", h / p }'
# Each herald stage alone, for comparing like with like (the segment stage
# with baseline --segment-only, say).
for st in $(awk '$1 == "stage" { print $2 }' "$tmp/herald.1"); do
	v=()
	for i in $(seq "$runs"); do
		v+=("$(awk -v s="$st" '$1 == "stage" && $2 == s { print $(NF-1) }' "$tmp/herald.$i")")
	done
	echo "herald stage $st words/s: ${v[*]}  median $(median "${v[@]}")"
done

if [[ -n ${NER_GOLD:-} ]]; then
	# Both reports come from herald's scorer (internal/eval) and so look
	# alike: say which is which.
	echo
	echo "herald eval ner:"
	"$tmp/herald" eval ner --gold "$NER_GOLD"
	echo
	echo "prose baseline --ner-gold:"
	"$tmp/baseline" --ner-gold "$NER_GOLD"
fi
