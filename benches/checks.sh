#!/usr/bin/env bash
# Check benchmark: `mzctl check run` (the full catalogue) on a seeded city stored in SQLite and
# in PostgreSQL — total time, per-rule time, peak memory — and an equivalent pandas script on
# the same CSV files.
#
#   bash benches/checks.sh [PEOPLE]        (default 1000000)
#
# PostgreSQL half: MZCTL_BENCH_PG=postgres://user@host:port/db, a scratch database that
# `seed --into-db` fills (drop it afterwards). pandas half: python3 with pandas installed.
#
# The city has the issue's shape: `--spells 1.7 --death-years 7` gives 1,001,620 people,
# 1,202,640 enrolments (past dibao spells: a register's case history) and 49,731 deaths.
#
# The pandas script is equivalent: the same rules on the same tables, a message per finding,
# the findings written out. On this city both find the same 87,803 findings (rule, severity,
# table, record key and message), and the script prints the counts side by side.
#
# 2026-11-24 (second session of the day), 2 cores (a VM whose steal time varies: the lowest of
# 3 runs or more):
#   SQLite      1.09-1.25 s, 218-224 MiB peak. One read-only connection per core; people and
#               enrolments are each split into rowid ranges, every range read and checked on its
#               own thread (0.40 s for people, then 0.45 s for enrolments); a row whose checked
#               fields are in normal form and valid is decided without the import validator;
#               dup.person and death.still_enrolled (0.15-0.20 s) run on the run's connection
#               while the enrolments are read; storing the 87,803 findings 0.17-0.19 s.
#   PostgreSQL  1.93-2.04 s on later runs, 112-117 MiB peak (block ranges read by TID range
#               scans; the server's COPY shares the 2 cores); 3.44 s right after seeding, 1.40 s
#               of it the ANALYZE the run does when a bulk load left the tables without statistics
#   pandas     15.54-16.00 s, 1216-1244 MiB peak
# Best against best, mzctl is 14.3x (SQLite) and 8.1x (PostgreSQL) faster than pandas: the goal
# of 20x (0.78 s) is not met.
# History, same data: SQLite 4.78 s / 407 MiB before the candidates (commit 4899507), 1.88-2.10 s
# with them (081463f), 1.37-1.50 s with two connections (7f6978f); PostgreSQL 12.99 s, then
# 2.66-3.08 s, then 2.11-2.44 s.
# Where the time goes (perf, SQLite): the run uses ~1.85 s of CPU on 2 cores. SQLite itself
# (its VM, page cache and the kernel's copies of the file's pages) is ~40% of it: sqlite3 needs
# 0.29 s and 0.35 s of one core only to read the two tables' checked columns. Handing each
# value over (rusqlite's column calls, the UTF-8 check) is ~20%, the quick checks ~8%, noting
# candidates ~6%, the rows with findings, the cross-record rules and storing the rest. Tried and
# not kept: SQLite's memory-mapped I/O for the scans (1.05-1.08 s against 1.14-1.19 s, but a
# signal instead of an error on an I/O error in the mapped file, as SQLite documents); pages of
# 16 or 64 KiB instead of 4 KiB (1.09-1.13 s, only for databases made anew); a findings table
# WITHOUT ROWID (no faster to store). On PostgreSQL ~13% of the client's CPU is the sync driver
# entering its runtime once per COPY message; FETCHing 8192 rows at a time from a cursor cut it
# but lost more to round trips (4.7 -> 5.5 s).
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${1:-1000000}
WORK=$(mktemp -d /tmp/mzctl-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cargo build --release --quiet
MZ=$PWD/target/release/mzctl
export MZCTL_NOW=2026-06-30T12:00:00+08:00
SEED=(seed -q --yes --into-db --people "$PEOPLE" --seed 5 --defects 0.02 --as-of 2026-06-30 --systems 0 --spells 1.7 --death-years 7 --out "$WORK/city")

measure() { # label, command...: prints seconds and peak RSS
    local label=$1; shift
    /usr/bin/time -f '%e %M' -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err" || { cat "$WORK/err" >&2; return 1; }
    awk -v l="$label" '{printf "%-28s %8.2f s  %6.0f MiB peak\n", l, $1, $2/1024}' "$WORK/time"
    grep '^time:' "$WORK/err" | tr ',' '\n' | sed 's/^time: //; s/^ */    /' || true
}

echo "seeding $PEOPLE people into SQLite ..."
"$MZ" --db "sqlite:$WORK/city.db" "${SEED[@]}" >/dev/null
for f in people enrolments deaths organizations; do echo "  $f: $(($(wc -l <"$WORK/city/$f.csv") - 1)) rows"; done
measure "mzctl check run (sqlite)" "$MZ" --db "sqlite:$WORK/city.db" check run --as-of 2026-06-30 --timings
tail -n +1 "$WORK/out" | head -3

if [ -n "${MZCTL_BENCH_PG:-}" ]; then
    echo "seeding $PEOPLE people into PostgreSQL ..."
    "$MZ" --db "$MZCTL_BENCH_PG" "${SEED[@]}" >/dev/null
    measure "mzctl check run (postgres)" "$MZ" --db "$MZCTL_BENCH_PG" check run --as-of 2026-06-30 --timings
fi

if python3 -c 'import pandas' 2>/dev/null; then
    # The pandas script's reference table, made from mzctl's built-in lists before the clock
    # starts: every code with its class, successors, class as an ID address code, and whether
    # a person may live there.
    python3 - fixtures/regions "$WORK/codes.csv" <<'PY'
import csv, glob, sys
codes = set()
for f in glob.glob(f"{sys.argv[1]}/*.csv"):
    with open(f, encoding="utf-8") as fh:
        codes.update(r["code"] for r in csv.DictReader(fh) if r.get("code"))
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write("code\n" + "\n".join(sorted(codes)) + "\n")
PY
    "$MZ" region validate "$WORK/codes.csv" --column code --format csv -q >"$WORK/class.csv" || [ $? = 3 ]
    "$MZ" region validate "$WORK/codes.csv" --column code --for-id --format csv -q >"$WORK/idclass.csv" || [ $? = 3 ]
    python3 - fixtures/regions/mca_code_history.csv "$WORK" <<'PY'
import csv, sys
hist, work = sys.argv[1], sys.argv[2]
level = {}
for r in csv.DictReader(open(hist, encoding="utf-8")):
    level[r["code"]] = r["level"]  # the last unit to hold the code
counties = {c[:4] for c, l in level.items() if l == "county"}
def lives(c):
    l = level.get(c)
    return not (l == "province" or (l == "prefecture" and c[:4] not in counties))
idc = {r["value"]: r["class"] for r in csv.DictReader(open(f"{work}/idclass.csv", encoding="utf-8"))}
with open(f"{work}/regions.csv", "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out)
    w.writerow(["code", "class", "successors", "id_class", "person_level"])
    for r in csv.DictReader(open(f"{work}/class.csv", encoding="utf-8")):
        w.writerow([r["value"], r["class"], r["successors"], idc[r["value"]], "yes" if lives(r["value"]) else "no"])
PY
    measure "pandas (same rules)" python3 benches/checks_pandas.py "$WORK/city" 2026-06-30 "$WORK/regions.csv" "$WORK/pandas.csv"
    # Both lists of findings, counted per rule and severity side by side.
    "$MZ" --db "sqlite:$WORK/city.db" check findings --format csv --unmask >"$WORK/mzctl.csv"
    python3 - "$WORK/mzctl.csv" "$WORK/pandas.csv" <<'PY'
import collections, csv, sys
count = lambda f: collections.Counter((r["rule"], r["severity"]) for r in csv.DictReader(open(f, encoding="utf-8")))
a, b = count(sys.argv[1]), count(sys.argv[2])
print(f"{'rule':26} {'severity':8} {'mzctl':>7} {'pandas':>7}")
for k in sorted(a.keys() | b.keys()):
    print(f"{k[0]:26} {k[1]:8} {a[k]:7} {b[k]:7}{'' if a[k] == b[k] else '  differs'}")
print(f"{'total':35} {sum(a.values()):7} {sum(b.values()):7}")
PY
fi
