#!/usr/bin/env bash
# Import benchmark: mzctl import (validating) against the databases' own raw loaders on the
# same file, and mzctl's peak memory at 100k and 1M rows.
#
#   bash benches/import.sh [ROWS]          (default 1000000)
#
# Needs sqlite3 and, for the PostgreSQL half, MZCTL_BENCH_PG=postgres://user@host:port/db
# (a database the script may create tables in; it drops what it creates; URL parameters such
# as ?sslmode=require are kept). With MZCTL_BENCH_PG_TLS as well (another server, or the same
# one, reached with sslmode=require) the PostgreSQL half runs on both and states what TLS
# costs mzctl and what it costs psql \copy over the same connection: TLS/plain for each.
# PG_RUNS (default 3) runs of each, the best kept. A password goes in PGPASSWORD.
#
# 2026-11-23, 2 cores shared with another engineer's builds, 1,000,000 people (129 MB); best
# run shown, ranges from the runs while the other core was quiet (load ~1):
#   SQLite      sqlite3 .import 5.61 s, mzctl 4.14 s: ratio 0.74 (0.74-0.82 over 5 runs);
#               2026-11-24, with 16 KiB pages for a database made anew: sqlite3 .import 5.07 s,
#               mzctl 3.07 s, ratio 0.61 (peak RSS 70 MB)
#   PostgreSQL  psql \copy 4.81 s, mzctl 4.98 s: ratio 1.04 (1.04-1.09 over 5 runs; 1.15
#               before binary COPY, rows reused on the validator thread and fewer round trips)
#   While the other engineer compiled (load ~3) single runs ranged from 0.68 to 1.09 (SQLite)
#   and 0.96 to 1.20 (PostgreSQL): mzctl's validation then competes with the server for a core.
#   memory      peak RSS 56 MB at 100k rows, 72-77 MB at 1M (was 52-67 MB: written rows go
#               back to the validator to be refilled, so a piece more is alive)
#   mzctl CPU   1.05-1.1 s user for 1M rows into PostgreSQL (was 1.6 s)
# 2026-12-04, the one query layer (aca93f6) had lost the import's `wal_autocheckpoint = 16384`
#   (3 extra checkpoints per 100k rows); restored, 1M people into SQLite, 5 alternating runs:
#   before the query layer median 3.85 s wall (4.08 s CPU), now 3.83 s (4.11 s CPU).
# PostgreSQL's own floor: psql \copy of mzctl's rows in binary format into a table shaped
# like mzctl's (13 columns) took 4.4-4.7 s against 4.8-4.9 s for the CSV into 8 columns; the
# rest is mzctl sharing the cores with the server (validation) and per-piece round trips.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
WORK=$(mktemp -d /tmp/mzctl-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cargo build --release --quiet
MZ=$PWD/target/release/mzctl
export MZCTL_NOW=2026-06-30T12:00:00+08:00

secs() { /usr/bin/time -f '%e %M' -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; return 1; }; cut -d' ' -f1 "$WORK/time"; }
rss_mb() { awk '{printf "%.0f", $2/1024}' "$WORK/time"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}'; }

echo "generating $ROWS people ..."
"$MZ" seed -q --yes --people "$ROWS" --systems 0 --seed 5 --as-of 2026-06-30 --out "$WORK/city" >/dev/null
FILE=$WORK/city/people.csv
echo "file: $(du -h "$FILE" | cut -f1), $(($(wc -l <"$FILE") - 1)) rows"

SCHEMA="CREATE TABLE people (id_number TEXT NOT NULL, name TEXT NOT NULL, gender TEXT, birth_date TEXT,
  region_code TEXT NOT NULL, phone TEXT, address TEXT, ethnicity TEXT, PRIMARY KEY (id_number, region_code));"

# SQLite: the sqlite3 shell's .import into an equivalent table (no validation), vs mzctl.
sqlite3 "$WORK/raw.db" "$SCHEMA"
raw=$(secs sqlite3 "$WORK/raw.db" -cmd ".mode csv" ".import --skip 1 $FILE people")
mz=$(secs "$MZ" --db "sqlite:$WORK/mz.db" -q import people "$FILE" --today 2026-06-30)
mz_rss=$(rss_mb)
echo "sqlite:   sqlite3 .import ${raw}s   mzctl import ${mz}s   ratio $(ratio "$mz" "$raw") (goal <= 1.0)   mzctl peak RSS ${mz_rss} MB"
rerun=$(secs "$MZ" --db "sqlite:$WORK/mz.db" -q import people "$FILE" --today 2026-06-30)
echo "sqlite:   idempotent re-run (all unchanged) ${rerun}s"

# Memory: flat from 100k to the full file.
head -n 100001 "$FILE" >"$WORK/100k.csv"
secs "$MZ" --db "sqlite:$WORK/small.db" -q import people "$WORK/100k.csv" --today 2026-06-30 >/dev/null
echo "memory:   peak RSS at 100k rows $(rss_mb) MB, at $ROWS rows ${mz_rss} MB (goal < 100 MB, flat)"

# The same columns and types as mzctl's people table (birth_date is a date there).
PGSCHEMA=${SCHEMA//TEXT/text}
PGSCHEMA=${PGSCHEMA/birth_date text/birth_date date}
best() { awk -v a="$1" -v b="$2" 'BEGIN{print (a == "" || b < a) ? b : a}'; }

# One server: psql \copy of the file into an equivalent table, and mzctl import into a database
# of its own, PG_RUNS times each, alternating; the best of each in RAW and MZS.
pg_bench() {
    local url=$1 label=$2 base query db mzurl r m
    base=${url%%\?*}
    query=""
    [ "$base" = "$url" ] || query="?${url#*\?}"
    RAW="" MZS=""
    for _ in $(seq "${PG_RUNS:-3}"); do
        psql -q "$url" -c "DROP TABLE IF EXISTS people; $PGSCHEMA" >/dev/null 2>&1
        r=$(secs psql -q "$url" -c "\\copy people FROM '$FILE' WITH (FORMAT csv, HEADER true)")
        psql -q "$url" -c "DROP TABLE people" >/dev/null
        db="mzctl_bench_$$"
        psql -q "$url" -c "CREATE DATABASE $db" >/dev/null
        mzurl="${base%/*}/$db$query"
        "$MZ" --db "$mzurl" -q db init >/dev/null
        m=$(secs "$MZ" --db "$mzurl" -q import people "$FILE" --today 2026-06-30)
        psql -q "$url" -c "DROP DATABASE $db WITH (FORCE)" >/dev/null
        RAW=$(best "$RAW" "$r")
        MZS=$(best "$MZS" "$m")
    done
    echo "postgres $label: psql \\copy ${RAW}s   mzctl import ${MZS}s   ratio $(ratio "$MZS" "$RAW") (goal <= 1.1)   mzctl peak RSS $(rss_mb) MB"
}

if [ -n "${MZCTL_BENCH_PG:-}" ]; then
    pg_bench "$MZCTL_BENCH_PG" "($MZCTL_BENCH_PG)"
    if [ -n "${MZCTL_BENCH_PG_TLS:-}" ]; then
        raw_plain=$RAW mz_plain=$MZS
        pg_bench "$MZCTL_BENCH_PG_TLS" "($MZCTL_BENCH_PG_TLS)"
        echo "TLS/plain: mzctl import $(ratio "$MZS" "$mz_plain"), psql \\copy $(ratio "$RAW" "$raw_plain") (goal: mzctl's no larger than psql's)"
    fi
fi
