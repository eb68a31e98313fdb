#!/usr/bin/env bash
# `person show` on a seeded city: the database time of the whole record (`seconds` in its
# --json: every query, process start-up and the built-in region table excluded) for sampled
# people, half with findings in the latest run; and what the index the findings are read
# through (check_findings_key, migration 13) costs a check run: `check run` with the index and
# without it, alternating, each RUNS times (the store step from --timings, and the wall time).
# Goals (issue 24): person show's queries under 50 ms; the index slows check run by under 5%.
#
#   bash benches/person.sh [PEOPLE] [RUNS]        (default 1000000 people, 3 runs each way)
#
# PostgreSQL too with MZCTL_BENCH_PG=postgres://user@host:port/db, a scratch database that
# `seed --into-db` fills (drop it afterwards). MZCTL_BIN: a binary to measure instead of this
# tree's.
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${1:-1000000}
RUNS=${2:-3}
WORK=${MZCTL_BENCH_DIR:-$(mktemp -d /tmp/mzctl-person.XXXXXX)}
if [ -z "${MZCTL_BIN:-}" ]; then
    cargo build --release --quiet --locked
    MZ=$PWD/target/release/mzctl
else
    MZ=$MZCTL_BIN
fi
export MZCTL_NOW=2026-06-30T12:00:00+08:00 MZCTL_LANG=en

# sql DB QUERY: one value per line, from sqlite3 or psql.
sql() {
    case $1 in
        postgres*) psql -qAt "$1" -c "$2" ;;
        *) sqlite3 "$1" "$2" ;;
    esac
}

bench() {
    local name=$1 db=$2
    echo "== $name: seeding $PEOPLE people (not timed)" >&2
    "$MZ" --db "$db" -q --yes seed --into-db --people "$PEOPLE" --seed 5 --defects 0.02 --as-of 2026-06-30 \
        --spells 1.7 --death-years 7 --cards 0.3 --out "$WORK/city-$name" >/dev/null
    "$MZ" --db "$db" -q check run --as-of 2026-06-30 --fail-on never >/dev/null
    local run
    run=$(sql "$db" "SELECT max(id) FROM check_runs")
    {
        sql "$db" "SELECT DISTINCT substr(key, 1, 18) FROM check_findings WHERE run_id = $run
                   AND tbl IN ('people', 'enrolments', 'payments', 'deaths') AND key LIKE '44%' ORDER BY 1 LIMIT 100"
        sql "$db" "SELECT id_number FROM people WHERE id_number LIKE '44%' ORDER BY id_number LIMIT 100 OFFSET $((PEOPLE / 2))"
    } >"$WORK/ids-$name"
    while read -r id; do
        "$MZ" --db "$db" person show "$id" --json 2>/dev/null | python3 -c \
            'import json,sys; d=json.load(sys.stdin); print(d["seconds"] * 1000, len(d["findings"]))' || true
    done <"$WORK/ids-$name" | sort -n | awk -v name="$name" '
        { ms[NR] = $1; f += ($2 > 0) }
        END { printf "%s\tperson show\t%d people (%d with findings)\tmedian %.1f ms\tp95 %.1f ms\tmax %.1f ms\n",
              name, NR, f, ms[int((NR + 1) / 2)], ms[int(NR * 0.95)], ms[NR] }'

    local create
    case $db in
        postgres*) create='CREATE INDEX check_findings_key ON check_findings (run_id, (key COLLATE "C"))' ;;
        *) create='CREATE INDEX check_findings_key ON check_findings (run_id, key)' ;;
    esac
    for i in $(seq 1 "$RUNS"); do
        for with in yes no; do
            if [ $with = no ]; then sql "$db" "DROP INDEX check_findings_key" >/dev/null; fi
            local start end store
            start=$(date +%s.%N)
            store=$("$MZ" --db "$db" -q check run --as-of 2026-06-30 --fail-on never --timings 2>&1 >/dev/null |
                tr ',' '\n' | awk '$1 == "store" { sub("s", "", $2); print $2 }')
            end=$(date +%s.%N)
            if [ $with = no ]; then sql "$db" "$create" >/dev/null; fi
            echo "$with $store $(echo "$end - $start" | bc)"
        done
    done | awk -v name="$name" '
        { n[$1]++; store[$1] += $2; wall[$1] += $3 }
        END { printf "%s\tcheck run\twith index: store %.2f s, wall %.2f s\twithout: store %.2f s, wall %.2f s\tratio %.3f\n",
              name, store["yes"] / n["yes"], wall["yes"] / n["yes"], store["no"] / n["no"], wall["no"] / n["no"],
              wall["yes"] / wall["no"] }'
}

bench sqlite "$WORK/city.db"
if [ -n "${MZCTL_BENCH_PG:-}" ]; then
    bench postgres "$MZCTL_BENCH_PG"
fi
echo "files in $WORK" >&2
