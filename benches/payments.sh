#!/usr/bin/env bash
# Payments benchmark: a seeded city's ledger (payments.csv, 24 months) imported by `mzctl import
# payments` against `sqlite3 .import` of the same file into a table with the same columns and a
# primary key on the payment reference, and the reconciliation (`check run --rule 'pay.*'`)
# against the same six rules in pandas (payments_pandas.py) on the same files: time, peak
# memory, and the findings and amounts compared rule by rule (the bench fails if they differ).
#
#   bash benches/payments.sh [PEOPLE] [DIBAO_RATE] [SPELLS]     (default 1000000 0.87 0.8)
#
# The defaults give the issue's shape: 1M people, about 1.2M enrolments (--spells: past spells
# that ended before the ledger), and about 500k recipients a month (--dibao-rate: the share of
# adults with a current dibao enrolment, 0.012 in a real city), so 24 months make ~12M payment
# rows. `bash benches/payments.sh 100000 0.012 0` is a real city's rate at 100k people.
#
# With MZCTL_BENCH_PG=postgres://… the import and the run are timed on PostgreSQL too (a fresh
# schema, dropped at the end), the import against `psql \copy` into the same table shape.
# MZCTL_BIN: a binary to measure instead of building this tree's. pandas is installed with pip
# when missing.
#
# 2026-12-05, `MZCTL_BENCH_PG=… bash benches/payments.sh 1000000 0.87 0.8`: 1,002,143 people,
# 1,256,962 enrolments, 50,007 deaths and 12,064,727 payment rows (1.2 GB, 24 months of ~500k
# recipients); 2 cores shared with another engineer's niced builds (load ~3.5), single run:
#   check run --rule pay.*    16.7 s     57 MiB peak   11,532 findings
#   pandas, the same rules   117.5 s  7,644 MiB peak   7.0x mzctl's time
#   findings and amounts, rule by rule: identical (after_death 42, amount_mismatch 2,634,
#   duplicate 2,743, not_enrolled 727, unpaid 2,722, wrong_region 2,664)
#   sqlite3 .import           49.6 s  (243k rows/s)
#   mzctl import payments    237.3 s  914 MiB peak; again, nothing changing, 110.5 s, 1,071 MiB
#     (that binary committed in chunks of at most 200,000 rows: 60 commits, since reverted to
#     the ~16 of `--batch-size`'s default; the peak is SQLite's page cache, sized to the job
#     and at most 1 GiB. The run before, 10,434,691 rows at the default: 127.5 s, 805 MiB,
#     3.1x sqlite3 .import)
#   payments expected         13.7 s  438 MiB peak (one month's 460k lines, held to be sorted)
#   PostgreSQL: import 283.5 s against psql \copy 83.9 s (3.4x); check run 44.0 s, 22 MiB
# The reconciliation was six queries, each looking up the enrolments of every payment: at
# 100,000 people with 1,044,118 payments (`bash benches/payments.sh 100000 0.75 0.8`) 6.42 s,
# pandas 6.36 s (1.0x). One pass person by person (src/ops/check/ledger.rs) took 20.1 s at
# 10.4M payments (pandas 80.2 s, 4.0x); the person index carrying the judged columns
# (migration 14) spares a table fetch per payment: 16.7 s at 12.1M. What is left is SQLite's
# ordered merge of the three tables and the decoding of 14M rows, shared by two readers on two
# cores; pandas is single-threaded here but holds everything in memory (7.6 GB).
# 2026-12-05, later, the machine idle, on the files and database of the 10.4M-row run above
# (1,002,072 people, 1,162,910 enrolments, 10,434,691 payments; `check run --rule 'pay.*'` on
# the imported city, `python3 benches/payments_pandas.py` on its files):
#   before (one UNION ALL, SQLite's merge)  7.0-9.3 s (user 8.7-12.3 s, sys 3.5-4.0 s)
#   pandas, the same rules                 65.1 s, 6,703 MiB peak
#   after, two changes (src/db/sqlite/scan.rs stream_merged; src/db/checks.rs each_ledger_row):
#   - the three tables streamed as three statements stepping side by side on one connection
#     and merged by ID number in Rust (SQLite's compound merge compared and copied each row in
#     its VDBE: in the sqlite3 shell the union took 14.6 s single-threaded against 1.2 s for
#     the payments alone);
#   - deaths and enrolments read whole and sorted (NOT INDEXED) rather than walked in key
#     order with a table fetch per row: the enrolment table is in the order it was filled, so
#     that was a random page read per enrolment (3.2 s of system time single-threaded);
#   and the pass comparing months as numbers instead of text (memcmp was 17% of the profile):
#                                            4.7-5.9 s (user 7.3-7.6 s, sys 0.6-1.1 s), 62 MiB
#   11.0-13.8x pandas; findings and amounts identical to pandas rule by rule, and every stored
#   finding byte-identical (sha256) to the run before the change, here and on a 1M-payment city.
# The whole bench after those changes and migration 15 (the month index carries the amount)
# and the import's sorted pieces, the machine idle, `MZCTL_BIN=… bash benches/payments.sh`
# (1,002,143 people, 1,256,962 enrolments, 12,064,727 payment rows), single run:
#   check run --rule pay.*     6.29 s     66 MiB peak   11,532 findings
#   pandas, the same rules    77.52 s  7,646 MiB peak   12.3x mzctl's time
#   findings and amounts, rule by rule: identical (the same figures as the first run above)
#   sqlite3 .import           45.98 s
#   mzctl import payments    195.28 s  1,017 MiB peak (4.25x); again, nothing changing, 94.58 s
#   payments expected          4.41 s    439 MiB peak (one month, held to be sorted)
# The import's sorted pieces alone, on the first 2,000,000 rows of the 10.4M ledger into a
# fresh database, alternated: before 33.2-34.2 s, after 28.7-31.0 s.
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${1:-1000000}
DIBAO=${2:-0.87}
SPELLS=${3:-0.8}
WORK=$(mktemp -d /tmp/mzctl-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
if [ -z "${MZCTL_BIN:-}" ]; then
    cargo build --release --quiet --locked
    MZ=$PWD/target/release/mzctl
else
    MZ=$MZCTL_BIN
fi
python3 -c 'import pandas' 2>/dev/null || python3 -m pip install --quiet pandas
export MZCTL_NOW=2026-06-30T12:00:00+08:00 XDG_DATA_HOME=$WORK/data
DB=sqlite:$WORK/city.db
timed() { # LABEL CMD...: wall seconds and peak RSS (MiB) of CMD into $secs and $mib
    /usr/bin/time -f '%e %M' -o "$WORK/time" "$@"
    read -r secs kb < <(tail -n 1 "$WORK/time")
    mib=$((kb / 1024))
}

echo "seeding $PEOPLE people, dibao rate $DIBAO, $SPELLS past spells per adult (not timed) ..."
"$MZ" seed -q --yes --people "$PEOPLE" --seed 7 --defects 0.02 --as-of 2026-06-30 --systems 0 \
    --death-years 7 --spells "$SPELLS" --dibao-rate "$DIBAO" --payment-months 24 --out "$WORK/city" >/dev/null
for kind in people enrolments deaths; do
    "$MZ" --db "$DB" -q import "$kind" "$WORK/city/$kind.csv" --lenient --today 2026-06-30 >/dev/null
done
rows=$(($(wc -l <"$WORK/city/payments.csv") - 1))
echo "city: $(($(wc -l <"$WORK/city/people.csv") - 1)) people, $(($(wc -l <"$WORK/city/enrolments.csv") - 1)) enrolments," \
    "$(($(wc -l <"$WORK/city/deaths.csv") - 1)) deaths; payments.csv: $rows rows, $(du -h "$WORK/city/payments.csv" | cut -f1)"
rate() { awk -v n="$rows" -v s="$1" 'BEGIN{printf "%.0f rows/s", n/s}'; }

timed "$MZ" --db "$DB" -q import payments "$WORK/city/payments.csv" --today 2026-06-30 >/dev/null
mz_import=$secs
printf 'mzctl import payments    %7.2f s  %s  %4d MiB peak\n' "$secs" "$(rate "$secs")" "$mib"
timed "$MZ" --db "$DB" -q import payments "$WORK/city/payments.csv" --today 2026-06-30 >/dev/null
printf '  again (nothing changes) %7.2f s  %s  %4d MiB peak\n' "$secs" "$(rate "$secs")" "$mib"
if command -v sqlite3 >/dev/null; then
    sqlite3 "$WORK/raw.db" "CREATE TABLE payments (id_number TEXT NOT NULL, program TEXT NOT NULL, region_code TEXT NOT NULL,
        month TEXT NOT NULL, amount TEXT NOT NULL, paid_on TEXT, channel TEXT, account TEXT, reference TEXT PRIMARY KEY)"
    timed sqlite3 "$WORK/raw.db" -cmd ".mode csv" ".import --skip 1 $WORK/city/payments.csv payments"
    printf 'sqlite3 .import          %7.2f s  %s  (same columns as text, key on the reference; no validation)\n' "$secs" "$(rate "$secs")"
    awk -v a="$mz_import" -v b="$secs" 'BEGIN{printf "  mzctl / sqlite3: %.2f\n", a/b}'
fi

timed "$MZ" --db "$DB" -q --json check run --as-of 2026-06-30 --rule 'pay.*' --fail-on never >"$WORK/run.json"
mz_run=$secs
python3 - "$WORK/run.json" >"$WORK/mzctl.tsv" <<'EOF'
import json, sys
from decimal import Decimal
run = json.load(open(sys.argv[1]))
counts = {r["rule"]: r["count"] for r in run["rules"]}
for rule in ["pay.after_death", "pay.amount_mismatch", "pay.duplicate", "pay.not_enrolled", "pay.unpaid", "pay.wrong_region"]:
    m = run["money"].get(rule, {"overpaid_yuan": "0", "underpaid_yuan": "0"})
    net = (Decimal(m["overpaid_yuan"].replace(",", "")) - Decimal(m["underpaid_yuan"].replace(",", ""))) * 100
    print(f"{rule}\t{counts.get(rule, 0)}\t{int(net)}")
EOF
printf 'check run --rule pay.*   %7.2f s  %4d MiB peak  (%d findings)\n' "$secs" "$mib" "$(awk '{n+=$2} END{print n}' "$WORK/mzctl.tsv")"
timed python3 benches/payments_pandas.py "$WORK/city" >"$WORK/pandas.tsv" 2>/dev/null
printf 'pandas, the same rules   %7.2f s  %4d MiB peak\n' "$secs" "$mib"
awk -v a="$secs" -v b="$mz_run" 'BEGIN{printf "  pandas / mzctl: %.1fx\n", a/b}'
echo "rule                  findings  amount (fen): mzctl | pandas"
paste "$WORK/mzctl.tsv" "$WORK/pandas.tsv" | awk -F'\t' '{printf "  %-20s %8d %12d | %8d %12d\n", $1, $2, $3, $5, $6}'
if ! diff -q "$WORK/mzctl.tsv" "$WORK/pandas.tsv" >/dev/null; then
    echo "FAIL: mzctl and pandas differ" >&2
    exit 1
fi

timed "$MZ" --db "$DB" -q --json payments expected --month 2026-05 >/dev/null
printf 'payments expected        %7.2f s  %4d MiB peak  (one month)\n' "$secs" "$mib"

if [ -n "${MZCTL_BENCH_PG:-}" ]; then
    schema=mzbench_$$
    sep='?'
    case $MZCTL_BENCH_PG in *\?*) sep='&' ;; esac
    PG="$MZCTL_BENCH_PG${sep}schema=$schema"
    psql -qX "$MZCTL_BENCH_PG" -c "CREATE SCHEMA $schema" >/dev/null
    trap 'psql -qX "$MZCTL_BENCH_PG" -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null; rm -rf "$WORK"' EXIT
    for kind in people enrolments deaths; do
        "$MZ" --db "$PG" -q import "$kind" "$WORK/city/$kind.csv" --lenient --today 2026-06-30 >/dev/null
    done
    timed "$MZ" --db "$PG" -q import payments "$WORK/city/payments.csv" --today 2026-06-30 >/dev/null
    pg_import=$secs
    printf 'PostgreSQL: mzctl import %7.2f s  %s  %4d MiB peak\n' "$secs" "$(rate "$secs")" "$mib"
    psql -qX "$MZCTL_BENCH_PG" -c "CREATE TABLE $schema.raw (id_number TEXT NOT NULL, program TEXT NOT NULL, region_code TEXT NOT NULL,
        month TEXT NOT NULL, amount TEXT NOT NULL, paid_on TEXT, channel TEXT, account TEXT, reference TEXT PRIMARY KEY)" >/dev/null
    timed psql -qX "$MZCTL_BENCH_PG" -c "\\copy $schema.raw FROM '$WORK/city/payments.csv' WITH (FORMAT csv, HEADER true)"
    printf 'PostgreSQL: psql \\copy   %7.2f s  %s\n' "$secs" "$(rate "$secs")"
    awk -v a="$pg_import" -v b="$secs" 'BEGIN{printf "  mzctl / psql: %.2f\n", a/b}'
    timed "$MZ" --db "$PG" -q --json check run --as-of 2026-06-30 --rule 'pay.*' --fail-on never >/dev/null
    printf 'PostgreSQL: check run    %7.2f s  %4d MiB peak\n' "$secs" "$mib"
fi
