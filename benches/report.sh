#!/usr/bin/env bash
# `mzctl report` on a seeded city: wall time and peak RSS (/usr/bin/time -v) of the HTML report
# and of the xlsx, on SQLite. Goal: under 5 s and under 100 MiB at 1M people (1.2M enrolments,
# 50k deaths, 20 stored check runs).
#
#   bash benches/report.sh [PEOPLE] [RUNS]      (default: 1000000 people, 20 runs)
#
# The city has the shape of benches/scale.sh (--spells 1.7 --death-years 7, 2% defects) with
# elder cards for 30% of the people 60 and older; seeding, the check runs and the applied deaths
# are set-up, not timed. MZCTL_BIN: a binary to measure instead of building this tree's.
#
# 2026-12-04, 2 cores shared with a CI run, `bash benches/report.sh 1000000 3`:
#   html  wall 7.89 s (user 4.56 s, sys 1.16 s), peak RSS 93 MiB
#   xlsx  wall 10.73 s (user 5.07 s, sys 1.16 s), peak RSS 93 MiB
# 2026-12-05, the same city with 20 stored check runs (1,997,260 findings), the machine idle,
# `MZCTL_BENCH_DIR=… bash benches/report.sh 1000000 20`, two runs each:
#   html  wall 6.57-6.82 s (user 5.2 s, sys 1.4-1.5 s), peak RSS 93-94 MiB
#   xlsx  wall 6.43-6.45 s (user 5.1 s, sys 1.3-1.4 s), peak RSS 93 MiB
# Memory is within the goal; time is not (under 5 s). About 40% of it was SQLite sorting for
# GROUP BY, one query after another, and 1.8 s fetching each payment of the window from the
# table where the month index pointed.
# 2026-12-05, the same city after migration 15 (the month index carries the amount: the
# ledger's months are summed from the index alone) and the counts read side by side on reader
# connections (Store::side_by_side), machine idle, three runs:
#   html  wall 1.80-3.05 s (user 2.9-5.2 s, sys 0.3-0.5 s), peak RSS 58-61 MiB
#   xlsx  wall 2.04-3.41 s, peak RSS 58-59 MiB
# The html is byte-identical to the one before. Wall time varies with the other tenants of the
# machine (user time with it); every run is under the goal.
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${1:-1000000}
RUNS=${2:-20}
WORK=${MZCTL_BENCH_DIR:-$(mktemp -d /tmp/mzctl-report.XXXXXX)}
if [ -z "${MZCTL_BIN:-}" ]; then
    cargo build --release --quiet --locked
    MZ=$PWD/target/release/mzctl
else
    MZ=$MZCTL_BIN
fi
export MZCTL_NOW=2026-06-30T12:00:00+08:00
DB=$WORK/city.db
if [ ! -e "$DB" ]; then
    echo "== seeding $PEOPLE people into $DB (not timed)" >&2
    "$MZ" --db "$DB" -q --yes seed --into-db --people "$PEOPLE" --seed 5 --defects 0.02 --as-of 2026-06-30 \
        --systems 40 --spells 1.7 --death-years 7 --cards 0.3 --out "$WORK/city" >/dev/null
    "$MZ" --db "$DB" -q --yes systems scan --as-of 2026-06-30 >/dev/null
    for i in $(seq 1 "$RUNS"); do
        "$MZ" --db "$DB" -q check run --as-of 2026-06-30 --fail-on never >/dev/null
    done
    "$MZ" --db "$DB" -q --yes death apply --as-of 2026-06-30 >/dev/null
fi
"$MZ" --db "$DB" -q db status | head -20 >&2
for format in html xlsx; do
    /usr/bin/time -v "$MZ" --db "$DB" -q report --as-of 2026-06-30 --out "$WORK/report.$format" >/dev/null 2>"$WORK/time.$format"
    wall=$(grep 'Elapsed (wall clock)' "$WORK/time.$format" | awk '{print $NF}')
    user=$(grep 'User time' "$WORK/time.$format" | awk '{print $NF}')
    sys=$(grep 'System time' "$WORK/time.$format" | awk '{print $NF}')
    rss=$(grep 'Maximum resident' "$WORK/time.$format" | awk '{print $NF}')
    printf '%s\tpeople %s\twall %s\tuser %s s\tsys %s s\tpeak RSS %s MiB\t%s bytes\n' \
        "$format" "$PEOPLE" "$wall" "$user" "$sys" "$((rss / 1024))" "$(stat -c %s "$WORK/report.$format")"
done
echo "files in $WORK" >&2
