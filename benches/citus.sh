#!/usr/bin/env bash
# Citus benchmark: import (people, enrolments, deaths) and `check run` on a seeded city, on a
# Citus coordinator with two workers against plain PostgreSQL on the same machine; time and
# peak memory of the mzctl process, and the findings compared rule by rule with PostgreSQL's.
#
# 2026-12-04, 100,000 people (100,141 / 120,404 enrolments / 4,961 deaths), 2 loaded cores
# (load average ~10, four builds beside it), MZ=the branch's binary:
#   import people      postgres 4.25 s 61 MiB    citus 5.65 s 70 MiB
#   import enrolments  postgres 3.18 s 62 MiB    citus 7.06 s 62 MiB
#   import deaths      postgres 0.74 s           citus 1.85 s
#   check run          postgres 3.37 s 37 MiB    citus 5.35 s 38 MiB   (sqlite 1.79 s 45 MiB)
#   findings: the same on both servers, rule by rule (24 rules with findings).
#
# 2026-12-04, 1,000,000 people (1,001,620 / 1,202,640 enrolments / 49,731 deaths), the same
# 2 cores shared with two other engineers' release builds (load average 4-6), MZ=the citus2
# branch's binary:
#   import people      postgres 16.73 s 79 MiB    citus 40.72 s 80 MiB
#   import enrolments  postgres 18.00 s 62 MiB    citus 44.72 s 62 MiB
#   import deaths      postgres  0.95 s 42 MiB    citus  2.18 s 42 MiB
#   check run          postgres 12.66 s 129 MiB   citus 23.73 s 113 MiB   (sqlite 67.45 s 177 MiB)
#   findings: the same on both servers, rule by rule (83,623 in all).
# Against 100,000 people: x10 rows, imports x4-7 on both and check run x4 on both (the 100k
# figures were taken under a heavier load): no worse than linear; mzctl's memory
# stays flat (the import streams; the check run holds per-person state only for cross-record
# rules). The cluster is 2.4x slower than one server on import and 1.9x on the check here.
#
# 2026-12-05, 3,000,000 people (3,004,784 / 3,614,496 enrolments / 148,695 deaths), the same
# 2 cores, load ~2 (this script alone at first, another engineer's niced builds later),
# MZ=main's binary of that morning:
#   import people      postgres 27.56 s 82 MiB    citus 51.98 s 82 MiB
#   import enrolments  postgres 28.54 s 62 MiB    citus 67.79 s 62 MiB
#   import deaths      postgres  1.00 s 54 MiB    citus  3.20 s 54 MiB
#   check run          postgres 13.53 s 156 MiB   citus 33.85 s 154 MiB   (sqlite 18.97 s 192 MiB)
#   findings: the same on both servers, rule by rule (253,242 in all).
# Against 1M (taken under a heavier load, 4-6): x3 rows, imports x1.3-1.7 on PostgreSQL and
# x1.3-1.5 on Citus, check run x1.1 and x1.4: within the load's noise no worse than linear;
# mzctl's memory stays flat on imports (62-82 MiB at 1M and 3M) and grows slowly on the check
# run (113-129 → 154-156 MiB: the candidates of the cross-record rules, within --memory-limit).
#
#   MZCTL_BENCH_PG=postgres://postgres@127.0.0.1:5432/postgres \
#   MZCTL_BENCH_CITUS=postgres://postgres@127.0.0.1:5440/postgres \
#   bash benches/citus.sh [PEOPLE]          (default 1000000; the issue asks for 1M and 3M)
#
# MZ=path/to/mzctl runs that binary instead of building one.
#
# Each backend gets a fresh schema (`?schema=mzbench_<pid>`), dropped at the end. A cluster:
# tools/citus_cluster.sh DIR 5440. The city has the shape of benches/checks.sh (--spells 1.7
# --death-years 7: 1.2 enrolments per person, 5% dead).
#
# What to expect on one machine: the cluster is not faster. Its three servers share the same
# cores, and the coordinator adds a hop (rows routed to shards on COPY, shards' rows merged on
# reads). What it shows is correctness at scale and time growing with rows. On separate hosts
# each worker reads, checks and joins only its own shards, in parallel, so the scan and the
# cross-record joins shrink with the number of workers while the coordinator only merges.
# Imports go through the coordinator (one COPY, which Citus splits by shard and forwards over
# a connection per shard): on separate hosts the workers write and index in parallel, and the
# coordinator's share is parsing and routing, so imports scale until its CPU or network is the
# limit. Here the coordinator, both workers and mzctl take turns on the same two cores.
#
# Not built yet: a per-shard parallel scan for `check run`. Today a distributed table is read by
# one `COPY (SELECT …) TO STDOUT` through the coordinator (src/db/postgres/scan.rs), which
# fans out to every shard at once but funnels all rows through the coordinator and one mzctl
# connection. The design: on Citus, `scan_parts` returns one part per group of shards (from
# pg_dist_shard and pg_dist_placement: shard id, node host and port), and each reader
# connects to that worker (the coordinator's URL with the node's host and port) and COPYs the
# shard relations (`people_<shardid>`) directly, so rows cross no coordinator and the readers
# on separate hosts read in parallel. Per-record rules need nothing else; the cross-record
# rules already run shard by shard in SQL. Not a small change: mzctl would need to reach and
# authenticate to every worker (pg_hba, TLS, passwords per node), which today only the
# coordinator needs, and a rebalance moving a shard mid-run must fail the reader cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${1:-1000000}
: "${MZCTL_BENCH_PG:?set MZCTL_BENCH_PG to a PostgreSQL server}"
: "${MZCTL_BENCH_CITUS:?set MZCTL_BENCH_CITUS to a Citus coordinator}"
WORK=$(mktemp -d /tmp/mzctl-bench.XXXXXX)
SCHEMA=mzbench_$$
cleanup() {
    for u in "$MZCTL_BENCH_PG" "$MZCTL_BENCH_CITUS"; do psql "$u" -qc "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" >/dev/null 2>&1 || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
if [ -z "${MZ:-}" ]; then
    cargo build --release --quiet
    MZ=$PWD/target/release/mzctl
fi
export MZCTL_NOW=2026-06-30T12:00:00+08:00

measure() { # label, command...: prints seconds and peak RSS
    local label=$1; shift
    # exit 3: an import rejected rows (the seeded defects), or a run found errors
    /usr/bin/time -f '%e %M' -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err" || [ $? = 3 ] || { cat "$WORK/err" >&2; return 1; }
    # (time writes "Command exited with non-zero status 3" first)
    tail -1 "$WORK/time" | awk -v l="$label" '{printf "%-36s %8.2f s  %6.0f MiB peak\n", l, $1, $2/1024}'
}
rules() { # the check run's JSON on stdin: rule and count, a line each
    python3 -c 'import json,sys; r=json.load(sys.stdin); [print(x["rule"], x["count"]) for x in sorted(r["rules"], key=lambda x: x["rule"])]'
}

echo "seeding $PEOPLE people (SQLite, and the CSV files) ..."
"$MZ" --db "sqlite:$WORK/city.db" seed -q --yes --into-db --people "$PEOPLE" --seed 5 --defects 0.02 --as-of 2026-06-30 \
    --systems 0 --spells 1.7 --death-years 7 --out "$WORK/city" >/dev/null
for f in people enrolments deaths; do echo "  $f: $(($(wc -l <"$WORK/city/$f.csv") - 1)) rows"; done
measure "check run (sqlite)" "$MZ" --db "sqlite:$WORK/city.db" -q --json check run --as-of 2026-06-30 --fail-on never
rules <"$WORK/out" >"$WORK/rules.sqlite"

for backend in postgres citus; do
    base=$MZCTL_BENCH_PG
    [ "$backend" = citus ] && base=$MZCTL_BENCH_CITUS
    db="$base?schema=$SCHEMA"
    "$MZ" --db "$db" -q db init >/dev/null
    for f in people enrolments deaths organizations; do
        measure "import $f ($backend)" "$MZ" --db "$db" -q import "$f" "$WORK/city/$f.csv"
    done
    measure "check run ($backend)" "$MZ" --db "$db" -q --json check run --as-of 2026-06-30 --fail-on never
    rules <"$WORK/out" >"$WORK/rules.$backend"
    # SQLite's city was stored by `seed --into-db`, which keeps the defective rows an import
    # rejects: the servers, both loaded by `import`, are compared with each other.
    if [ "$backend" = citus ]; then
        if diff -u "$WORK/rules.postgres" "$WORK/rules.citus" >"$WORK/diff"; then
            echo "  findings rule by rule: same as PostgreSQL ($(awk '{s+=$2} END {print s}' "$WORK/rules.citus") in all)"
        else
            echo "  findings differ from PostgreSQL:"; cat "$WORK/diff"
        fi
    fi
done
