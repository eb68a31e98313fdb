#!/usr/bin/env bash
# Payments benchmark: the seeded ledger (payments.csv, 24 months) imported by `mzctl import
# payments` against `sqlite3 .import` of the same file into a bare table, and the
# reconciliation (`check run --rule 'pay.*'`) with its peak memory, on SQLite.
#
#   bash benches/payments.sh [PEOPLE]          (default 200000)
#
# 2026-12-04, 2 cores shared with other builds (load average ~11: numbers are noisy), 100,000
# people, 60,277 payment rows (24 months):
#   mzctl import payments   4.61 s: 13,075 rows/s, 55 MiB peak; again (nothing changes) 6.54 s
#   sqlite3 .import         2.64 s: 22,832 rows/s (text columns, no validation, no key)
#   check run --rule pay.*  4.44 s, 73 findings, 31 MiB peak
#   payments expected       0.96 s (one month), 48 MiB peak
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${1:-200000}
WORK=$(mktemp -d /tmp/mzctl-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cargo build --release --quiet --locked
MZ=$PWD/target/release/mzctl
export MZCTL_NOW=2026-06-30T12:00:00+08:00 XDG_DATA_HOME=$WORK/data
DB=sqlite:$WORK/city.db

echo "seeding $PEOPLE people (files) ..."
"$MZ" seed -q --yes --people "$PEOPLE" --seed 7 --defects 0.02 --as-of 2026-06-30 --systems 0 --out "$WORK/city" >/dev/null
for kind in people enrolments deaths; do
    "$MZ" --db "$DB" -q import "$kind" "$WORK/city/$kind.csv" --lenient --today 2026-06-30 >/dev/null || true
done
rows=$(($(wc -l <"$WORK/city/payments.csv") - 1))
echo "payments.csv: $rows rows, $(du -h "$WORK/city/payments.csv" | cut -f1)"

/usr/bin/time -f '%e %M' -o "$WORK/time" "$MZ" --db "$DB" -q import payments "$WORK/city/payments.csv" --today 2026-06-30 >/dev/null || true
read -r secs kb < <(tail -n 1 "$WORK/time")
awk -v n="$rows" -v s="$secs" -v k="$kb" 'BEGIN{printf "mzctl import payments   %.2f s: %.0f rows/s, %.0f MiB peak\n", s, n/s, k/1024}'
/usr/bin/time -f '%e' -o "$WORK/time" "$MZ" --db "$DB" -q import payments "$WORK/city/payments.csv" --today 2026-06-30 >/dev/null || true
echo "  again (nothing changes): $(tail -n 1 "$WORK/time") s"

if command -v sqlite3 >/dev/null; then
    /usr/bin/time -f '%e' -o "$WORK/time" sqlite3 "$WORK/raw.db" -cmd ".mode csv" ".import $WORK/city/payments.csv payments"
    awk -v n="$rows" -v s="$(tail -n 1 "$WORK/time")" 'BEGIN{printf "sqlite3 .import          %.2f s: %.0f rows/s (text columns, no validation, no key)\n", s, n/s}'
fi

/usr/bin/time -f '%e %M' -o "$WORK/time" "$MZ" --db "$DB" -q --json check run --as-of 2026-06-30 --rule 'pay.*' >"$WORK/run.json" || true
read -r secs kb < <(tail -n 1 "$WORK/time")
findings=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["total"])' "$WORK/run.json")
awk -v f="$findings" -v s="$secs" -v k="$kb" 'BEGIN{printf "check run --rule pay.*   %.2f s, %d findings, %.0f MiB peak\n", s, f, k/1024}'
/usr/bin/time -f '%e %M' -o "$WORK/time" "$MZ" --db "$DB" -q --json payments expected --month 2026-05 >/dev/null
read -r secs kb < <(tail -n 1 "$WORK/time")
awk -v s="$secs" -v k="$kb" 'BEGIN{printf "payments expected        %.2f s, %.0f MiB peak\n", s, k/1024}'
