#!/usr/bin/env bash
# Certificate benchmark: `mzctl cert issue --type elder-card --eligible` of N elder cards on
# SQLite, SM2 and Ed25519, against the raw signing rate of each crate on this machine × cores
# (benches/sign_rate.rs).
#
#   bash benches/certs.sh [CARDS]          (default 100000)
#
# The seeded city has about one person in five aged 60+, so it seeds 6 × CARDS people.
#
# 2026-11-23, 2 cores, quiet machine, 100,000 elder cards from 600,000 people:
#   raw sign rate   sm2 9,941/s on 1 core, 19,589/s on 2;  ed25519 53,730/s, 106,498/s
#   sm2             7.51 s: 13,316 certificates/s (68% of the raw 2-core rate), 58 MiB peak
#   ed25519         3.43 s: 29,155 certificates/s (27%: the database side bounds it), 59 MiB
#   re-run          1.6–1.8 s, nothing issued (the eligibility scan of 600,000 people)
set -euo pipefail
cd "$(dirname "$0")/.."
CARDS=${1:-100000}
PEOPLE=$((CARDS * 6))
WORK=$(mktemp -d /tmp/mzctl-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cargo build --release --quiet
MZ=$PWD/target/release/mzctl
export MZCTL_NOW=2026-06-30T12:00:00+08:00 XDG_DATA_HOME=$WORK/data

echo "raw signing rate (benches/sign_rate.rs):"
cargo bench --quiet --bench sign_rate 2>/dev/null | sed 's/^/  /'

echo "seeding $PEOPLE people into SQLite ..."
"$MZ" --db "sqlite:$WORK/base.db" seed -q --yes --into-db --people "$PEOPLE" --seed 7 --defects 0 --as-of 2026-06-30 --systems 0 --out "$WORK/city" >/dev/null

for alg in sm2 ed25519; do
    cp "$WORK/base.db" "$WORK/$alg.db"
    DB=sqlite:$WORK/$alg.db
    "$MZ" --db "$DB" -q cert issuer init --name 广州市民政局 --uscc 11440100MB2C92151Y --region 440100 --alg "$alg" >/dev/null
    /usr/bin/time -f '%e %M' -o "$WORK/time" "$MZ" --db "$DB" --json cert issue --type elder-card --eligible --limit "$CARDS" >"$WORK/out.json"
    read -r secs kb <"$WORK/time"
    issued=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["issued"])' "$WORK/out.json")
    awk -v a="$alg" -v n="$issued" -v s="$secs" -v k="$kb" 'BEGIN{printf "%-8s %d certificates in %.2f s: %.0f/s, %.0f MiB peak\n", a, n, s, n/s, k/1024}'
    /usr/bin/time -f '%e' -o "$WORK/time" "$MZ" --db "$DB" --json cert issue --type elder-card --eligible --limit "$CARDS" >/dev/null
    echo "         re-run (nothing left to issue): $(cat "$WORK/time") s"
done
