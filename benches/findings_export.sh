#!/usr/bin/env bash
# Export benchmark: a run of about a million findings written by `mzctl check findings` as xlsx
# and as CSV — time and peak memory — against sqlite3's own CSV export of the same rows from the
# same file (the reference: no masking, no formatting, one process reading one table).
#
#   bash benches/findings_export.sh [PEOPLE]     (default 1700000: 1,047,248 findings)
#
# Goal (issue 22): xlsx under 100 MiB peak, whatever the number of findings; CSV flat too.
#
# 2026-12-04, 2 cores shared with two builds, 1,047,248 findings:
#   before streaming (whole run read, then a table, then the workbook):
#     xlsx 20.92 s 1313 MiB    csv 4.50 s 1286 MiB
#   streamed (pages of 20,000 by primary key, rows straight to the writer):
#     xlsx 15.37 s   91 MiB    csv 1.96 s   58 MiB    (33.7 MB workbook, held whole to zip it)
set -euo pipefail
PEOPLE=${1:-1700000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cargo build --release --locked --quiet --manifest-path "$ROOT/Cargo.toml"
MZ=$ROOT/target/release/mzctl
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
DB=$W/bench.db
"$MZ" --db "$DB" seed -q --yes --into-db --people "$PEOPLE" --seed 7 --defects 0.5 --systems 0 --as-of 2026-06-30 --out "$W/city" >/dev/null
"$MZ" --db "$DB" -q check run --as-of 2026-06-30 --fail-on never >/dev/null
N=$(sqlite3 "$DB" 'SELECT COUNT(*) FROM check_findings')
echo "findings: $N"

measure() { # label, command...
    local label=$1
    shift
    /usr/bin/time -f "%e %M" -o "$W/t" "$@" >"$W/out"
    read -r secs kib <"$W/t"
    printf '%-10s %7.2f s %6d MiB %10d bytes\n' "$label" "$secs" $((kib / 1024)) "$(stat -c %s "$W/out")"
    echo "$secs $kib" >"$W/$label"
}
measure sqlite3 sqlite3 -csv -header "$DB" 'SELECT rule, severity, tbl, key, field, value, message FROM check_findings ORDER BY run_id, seq'
measure csv "$MZ" --db "$DB" --format csv check findings
measure xlsx "$MZ" --db "$DB" --format xlsx check findings
read -r ref_s ref_k <"$W/sqlite3"
for f in csv xlsx; do
    read -r s k <"$W/$f"
    awk -v f=$f -v s="$s" -v k="$k" -v rs="$ref_s" -v rk="$ref_k" \
        'BEGIN { printf "%-5s time %.2fx sqlite3, memory %.2fx sqlite3, %s the 100 MiB goal\n", f, s / rs, k / rk, (k <= 102400 ? "within" : "OVER") }'
done
