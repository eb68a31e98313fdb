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
# 2026-11-24 (fourth session of the day), 2 cores (a VM whose steal time varies: the lowest of
# 5 runs or more, each on the city as seeded, the run before deleted):
#   SQLite      0.73-0.76 s (0.75 s in this script's own run), 169-176 MiB peak. One read-only
#               connection per core; people and enrolments are each split into rowid ranges,
#               every range read and checked on its own thread (0.27 s for people, then 0.28 s
#               for enrolments), through SQLite's C interface (src/db/sqlite/raw.rs: each
#               column's value taken once and asked for as text, ASCII taken without a UTF-8
#               call); a row whose checked fields are in normal form and valid is decided
#               without the import validator; death.still_enrolled looks only at the dead whose
#               enrolment may end after the death; the per-record findings are sorted (0.03 s)
#               and stored (0.12 s with the commit) while a reader merges the enrolments'
#               candidates and runs the cross-record rules that wait for them; a database made
#               anew has 16 KiB pages.
#   PostgreSQL  1.89-2.02 s on later runs, 126-128 MiB peak (block ranges read by TID range
#               scans; the server's COPY shares the 2 cores); 2.41-4.03 s right after seeding,
#               0.38-1.66 s of it the ANALYZE the run does when a bulk load left the tables
#               without statistics (it varies with what the server is still writing)
#   pandas     15.04-16.22 s, 1202-1215 MiB peak
# An interleaved series (pandas, then mzctl three times, three rounds) gave pandas 15.04-15.07 s
# and mzctl 0.73-0.83 s: 20.1x median against median, 20.6x best against best; this script's
# own run 21.6x (16.22 / 0.75). On PostgreSQL 8.0x (15.04 / 1.89): 2.2M rows cross a socket to
# a client that shares the 2 cores with the server.
# History, same data: SQLite 4.78 s / 407 MiB before the candidates (commit 4899507), 1.88-2.10 s
# with them (081463f), 1.37-1.50 s with two connections (7f6978f), 1.09-1.25 s read in parts
# (4beb7b0), 0.77-0.83 s through the C interface (4ce1027); PostgreSQL 12.99 s, then 2.66-3.08 s,
# then 2.11-2.44 s, then 1.93-2.04 s, then 1.88-1.99 s.
# Where the time goes (perf, SQLite): the run uses ~1.26 s of CPU on 2 cores, the reading
# ~1.05 s of it: SQLite's VM and b-tree ~35%, the kernel's copies of the file's pages ~6%, the quick
# checks and the candidates ~15%. After the reading, 0.15 s: sorting the per-record findings
# 0.03 s, storing them 0.12 s, beside it the candidates' merge (0.04 s) and the last
# cross-record queries (0.02 s) on the other core. Tried and not kept: storing the people's
# findings while the enrolments are read (the cores are busy then: no faster, 0.1 s more CPU),
# sorting each part's findings on its reader, sorting beside the candidates' merge, more parts
# than readers (0.84 -> 0.90 s: each part learns its verdicts anew), a fat LTO build (1.03 ->
# 1.01 s for 4 minutes of build), SQLite's memory-mapped I/O for the scans (0.02 s faster, but a
# signal instead of an error on an I/O error in the mapped file, as SQLite documents), a
# findings table WITHOUT ROWID (no faster to store), storing the findings without SQLite's
# foreign-key check (0.01 s at most), concatenating the columns in SQL (slower). On PostgreSQL
# ~13% of the client's CPU is the sync driver entering its runtime once per COPY message;
# FETCHing 8192 rows at a time from a cursor cut it but lost more to round trips (4.7 -> 5.5 s).
# Figures that were kept in the comments of src/ops/check/ (moved here as they were written,
# not measured again):
#   candidates.rs: with the candidates, 1M people and 1.2M enrolments on SQLite, the
#     cross-record rules 2.9 s -> 0.17 s (most of what was left was death.still_enrolled), the
#     enrolments pass 0.82 -> 0.90 s, the whole run 4.78 -> 1.91 s and 407 -> 162 MB peak (the
#     age rules no longer fetch every dibao enrolment); on PostgreSQL 12.99 -> 2.66 s; the
#     findings byte-identical. death.still_enrolled joining every death into the enrolments
#     took 0.16-0.30 s on SQLite, beside the enrolments pass on the other cores; its candidates
#     (the dead whose enrolment may end after the death): 656 findings, 48,304 of the 49,731
#     dead enrolled.
#   sort.rs: sorting by a fixed-size prefix held inline, 87,648 findings sorted and moved in
#     0.04 s instead of 0.08 s.
#   run.rs: the late cross-record rules run on a reader while the per-record findings are
#     stored, the run 0.84 -> 0.79 s (1M people, 2 cores, best of 6 interleaved); the 700,000
#     strings of 87,803 findings freed on another core while the transaction commits, the run
#     0.86 -> 0.83 s.
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
