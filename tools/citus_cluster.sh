#!/usr/bin/env bash
# Start a Citus cluster on loopback for the Citus tests and benchmarks: a coordinator on PORT0
# and two workers on PORT0+1 and PORT0+2, each a PostgreSQL 15 with the citus library preloaded,
# trust authentication, fsync off. The coordinator is registered with its own address (so that
# it can plan) and holds no shards; the workers hold them all.
#
#   tools/citus_cluster.sh DIR PORT0      start (needs Citus installed: ../shared/vendor/citus)
#   tools/citus_cluster.sh DIR stop
#
# Then export MZCTL_TEST_CITUS=postgres://postgres@127.0.0.1:PORT0/postgres. Runs the servers as
# the postgres OS user when started as root (initdb refuses root).
set -euo pipefail
DIR=$1
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "${2:-}" = stop ]; then
    for n in 0 1 2; do
        [ -d "$DIR/node$n" ] && as_pg "$PGBIN/pg_ctl" -D "$DIR/node$n" -m immediate stop >/dev/null 2>&1 || true
    done
    exit 0
fi
PORT0=$2
mkdir -p "$DIR"
chmod 755 "$DIR"
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$DIR"
fi
start_node() {
    local n=$1 port=$2
    as_pg "$PGBIN/initdb" -D "$DIR/node$n" -U postgres -A trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
    # Citus opens connections between the nodes; max_connections leaves room for them besides
    # the tests' own.
    as_pg "$PGBIN/pg_ctl" -D "$DIR/node$n" -l "$DIR/node$n.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$DIR -c shared_preload_libraries=citus -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null
}
psql_at() {
    local port=$1; shift
    as_pg "$PGBIN/psql" -h "$DIR" -p "$port" -U postgres -d postgres -qAtX -v ON_ERROR_STOP=1 "$@"
}
for n in 0 1 2; do
    start_node "$n" $((PORT0 + n)) &
done
wait
# CREATE EXTENSION turns ssl on with a self-signed certificate of X.509 version 1, which
# rustls (mzctl's TLS) refuses even under sslmode=prefer: on loopback, no TLS at all, between
# the nodes either.
for n in 0 1 2; do
    psql_at $((PORT0 + n)) -c "CREATE EXTENSION IF NOT EXISTS citus" \
        -c "ALTER SYSTEM SET ssl = off" -c "ALTER SYSTEM SET citus.node_conninfo = 'sslmode=disable'" \
        -c "SELECT pg_reload_conf()" >/dev/null
done
psql_at "$PORT0" -c "SELECT citus_set_coordinator_host('127.0.0.1', $PORT0)" >/dev/null
for n in 1 2; do
    psql_at "$PORT0" -c "SELECT citus_add_node('127.0.0.1', $((PORT0 + n)))" >/dev/null
done
