#!/usr/bin/env bash
# Log ingestion benchmark: `mzctl systems activity ingest` against an awk one-pass baseline
# doing the same per-day work (exclusions, requests, distinct clients and users) on the same
# generated combined-format log; lines/s and peak memory. Not a timed test.
#
#   bash benches/logs.sh [LINES]          (default 5000000)
set -euo pipefail
cd "$(dirname "$0")/.."
LINES=${1:-5000000}
WORK=$(mktemp -d /tmp/mzctl-logbench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
cargo build --release --quiet -j1
MZ=$PWD/target/release/mzctl
export MZCTL_NOW=2026-11-23T12:00:00+08:00

secs() { /usr/bin/time -f '%e %M' -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || { cat "$WORK/err" >&2; return 1; }; cut -d' ' -f1 "$WORK/time"; }
rss_mb() { awk '{printf "%.0f", $2/1024}' "$WORK/time"; }
rate() { awk -v n="$LINES" -v s="$1" 'BEGIN{printf "%.0f", n/(s>0?s:0.001)}'; }

echo "generating $LINES lines ..."
# Thirty days; loopback clients; a tenth health checks, a tenth crawlers and monitoring, a
# fifth static assets, the rest real requests by 500 users.
awk -v n="$LINES" 'BEGIN {
    srand(7);
    split("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36|Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15|Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0", ua, "|");
    split("/workbench|/api/v1/cases?page=2|/api/v1/people/verify|/report/monthly|/login|/export/list.xlsx", page, "|");
    split("/static/js/app.js|/static/css/main.css|/favicon.ico|/static/img/logo.png", stat, "|");
    for (i = 0; i < n; i++) {
        day = 1 + int(i * 30 / n); t = sprintf("%02d/Oct/2026:%02d:%02d:%02d +0800", day, int(rand()*24), int(rand()*60), int(rand()*60));
        r = rand(); c = int(rand() * 4000);
        ip = sprintf("127.%d.%d.%d", int(c / 65536) % 256, int(c / 256) % 256, c % 256);
        if (r < 0.1)      printf "127.0.0.5 - - [%s] \"GET /health HTTP/1.1\" 200 15 \"-\" \"kube-probe/1.27\"\n", t;
        else if (r < 0.2) printf "127.0.0.20 - - [%s] \"GET / HTTP/1.1\" 200 5120 \"-\" \"Mozilla/5.0 (compatible; Baiduspider/2.0)\"\n", t;
        else if (r < 0.4) printf "%s - u%04d [%s] \"GET %s HTTP/1.1\" 304 0 \"http://127.0.0.1/\" \"%s\"\n", ip, c % 500, t, stat[1 + int(rand()*4)], ua[1 + int(rand()*3)];
        else              printf "%s - u%04d [%s] \"GET %s HTTP/1.1\" 200 %d \"http://127.0.0.1/workbench\" \"%s\"\n", ip, c % 500, t, page[1 + int(rand()*6)], 800 + int(rand()*90000), ua[1 + int(rand()*3)];
    }
}' >"$WORK/access.log"
echo "file: $(du -h "$WORK/access.log" | cut -f1), $(wc -l <"$WORK/access.log") lines"

"$MZ" --db "sqlite:$WORK/mz.db" -q systems add bench --name 基准系统 --department 办公室 >/dev/null
mz=$(secs "$MZ" --db "sqlite:$WORK/mz.db" -q systems activity ingest bench "$WORK/access.log")
mz_rss=$(rss_mb)
gzip -1 -c "$WORK/access.log" >"$WORK/access.log.gz"
gz=$(secs "$MZ" --db "sqlite:$WORK/mz.db" -q systems activity ingest bench "$WORK/access.log.gz")
gz_rss=$(rss_mb)

# The baseline: one awk pass with the same exclusions and per-day distinct counts.
AWK_PROG='{
    split($1, a, " "); day = substr(a[4], 2, 11); split($2, r, " "); p = r[2]; ua = tolower($6);
    q = index(p, "?"); if (q) p = substr(p, 1, q - 1);
    if (p ~ /^\/(health|healthz|actuator\/health|ping|status|metrics|readyz|livez)([\/.]|$)/) next;
    if (ua ~ /bot|spider|crawl|kube-probe|zabbix|prometheus|blackbox|nagios|pingdom|uptime|curl\/|wget\//) next;
    if (p ~ /\.(js|css|png|jpg|jpeg|gif|ico|svg|woff|woff2|ttf|map|webp)$/) next;
    req[day]++;
    if (!((day, a[1]) in seen)) { seen[day, a[1]] = 1; clients[day]++ }
    if (a[3] != "-" && !((day, a[3]) in su)) { su[day, a[3]] = 1; users[day]++ }
} END { for (d in req) n++; print n }'
base=$(secs awk -F'"' "$AWK_PROG" "$WORK/access.log")
base_rss=$(rss_mb)

echo "mzctl ingest:      ${mz}s  $(rate "$mz") lines/s  peak RSS ${mz_rss} MB (goal >= 1000000 lines/s)"
echo "mzctl ingest .gz:  ${gz}s  $(rate "$gz") lines/s  peak RSS ${gz_rss} MB"
echo "awk baseline:      ${base}s  $(rate "$base") lines/s  peak RSS ${base_rss} MB ($(readlink -f "$(command -v awk)"))"
