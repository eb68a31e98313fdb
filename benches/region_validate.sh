#!/usr/bin/env bash
# Benchmark, not a test: `mzctl region validate` over a generated 1,000,000-row CSV.
#
#   benches/region_validate.sh            # builds target/release/mzctl if needed
#   ROWS=5000000 benches/region_validate.sh
#   MZCTL=path/to/mzctl benches/region_validate.sh
#
# The file has a realistic mix in its `region_code` column (90% current county codes, 6%
# retired ones, 2% unknown, 2% malformed) and an empty `blank` column. It prints, for the
# summary run and for per-row output (--format csv, to /dev/null):
#   - wall time, rows/s, and peak RSS (/usr/bin/time -v), also for a tenth of the rows, to
#     show memory does not grow with the file;
#   - codes/s after parsing: the same file validated on the empty column costs the CSV parse
#     and the start-up (building the region data) but no lookups; the difference is the
#     classification alone.
# Figures that were kept in the comments of src/domain/region/mod.rs (release build, not
# measured again here): building the built-in database about 35 ms and 7 MB of heap; the
# search index 2.4 MB, built on the first search; the embedded CSVs 3.3 MB of the binary; the
# status and ID-validity lookups tens of millions of codes per second.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-1000000}
BIN=${MZCTL:-target/release/mzctl}
if [ -z "${MZCTL:-}" ]; then
    cargo build --release --locked -q
fi
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (GNU time) for the peak RSS" >&2; exit 1; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# Codes to draw from: today's county-level codes, and retired ones from the 2015 list.
awk -F, 'NR > 1 && $3 == "county" { print $1 }' fixtures/regions/mca_2024.csv > "$TMP/current"
awk -F, 'NR > 1 && $3 == "county" { print $1 }' fixtures/regions/mca_2015.csv | grep -vxFf "$TMP/current" > "$TMP/retired"

generate() { # rows file
    awk -v rows="$1" -v cur="$TMP/current" -v ret="$TMP/retired" 'BEGIN {
        while ((getline c < cur) > 0) C[nc++] = c
        while ((getline r < ret) > 0) R[nr++] = r
        srand(2026)
        print "id,name,region_code,blank"
        for (i = 1; i <= rows; i++) {
            x = rand()
            if (x < 0.90) code = C[int(rand() * nc)]
            else if (x < 0.96) code = R[int(rand() * nr)]
            else if (x < 0.98) code = sprintf("99%04d", int(rand() * 10000))
            else code = substr(C[int(rand() * nc)], 1, 5) "x"
            printf "%d,person %d,%s,\n", i, i, code
        }
    }' > "$2"
}

SMALL=$((ROWS / 10))
generate "$ROWS" "$TMP/big.csv"
generate "$SMALL" "$TMP/small.csv"

# run LABEL ROWS ARGS...: prints wall seconds and peak RSS (KiB) as "seconds kib".
run() {
    local start end
    start=$EPOCHREALTIME
    /usr/bin/time -v -o "$TMP/time" "$BIN" -q region validate "${@:2}" > /dev/null || [ $? -eq 3 ]
    end=$EPOCHREALTIME
    local rss
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$TMP/time")
    awk -v s="$start" -v e="$end" -v r="$rss" 'BEGIN { printf "%.3f %d\n", e - s, r }'
}

report() { # label rows seconds kib
    awk -v l="$1" -v n="$2" -v s="$3" -v k="$4" 'BEGIN {
        printf "%-34s %9d rows  %7.3f s  %12.0f rows/s  peak RSS %6.1f MiB\n", l, n, s, n / s, k / 1024 }'
}

echo "mzctl: $("$BIN" --version); $(nproc) cores; $(wc -c < "$TMP/big.csv") bytes"
read -r s k < <(run summary "$TMP/big.csv" --column region_code);        report "summary" "$ROWS" "$s" "$k"; big_s=$s
read -r s k < <(run summary "$TMP/small.csv" --column region_code);      report "summary (a tenth of the rows)" "$SMALL" "$s" "$k"
read -r s k < <(run csv "$TMP/big.csv" --column region_code --format csv); report "per-row csv to /dev/null" "$ROWS" "$s" "$k"
read -r s k < <(run for-id "$TMP/big.csv" --column region_code --for-id);  report "summary --for-id" "$ROWS" "$s" "$k"
read -r s k < <(run blank "$TMP/big.csv" --column blank);                 report "empty column (parse + start-up)" "$ROWS" "$s" "$k"; blank_s=$s
awk -v n="$ROWS" -v a="$big_s" -v b="$blank_s" 'BEGIN {
    d = a - b
    if (d <= 0) { print "classification: below the timer resolution"; exit }
    printf "classification after parsing: %.0f codes/s (%.3f s for %d codes)\n", n / d, d, n }'
