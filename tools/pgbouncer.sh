#!/usr/bin/env bash
# Start a PgBouncer in transaction pooling mode in front of a PostgreSQL server, for the
# pooler tests: every database of the server through one port, trust authentication (the
# server behind it trusts loopback too), and pools of two server connections, so that a
# client's transactions really do move from one server connection to another.
#
#   tools/pgbouncer.sh DIR PORT [SERVER_HOST [SERVER_PORT]]   start (server default 127.0.0.1:5432)
#   tools/pgbouncer.sh DIR stop
#
# Then export MZCTL_TEST_PGBOUNCER=postgres://postgres@127.0.0.1:PORT/postgres (besides
# MZCTL_TEST_PG for the server itself). Installs PgBouncer with apt when it is missing. Runs
# it as the postgres OS user when started as root (PgBouncer refuses root).
set -euo pipefail
DIR=$1
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "${2:-}" = stop ]; then
    if [ -f "$DIR/pgbouncer.pid" ]; then
        kill "$(cat "$DIR/pgbouncer.pid")" 2>/dev/null || true
    fi
    exit 0
fi
PORT=$2
SERVER_HOST=${3:-127.0.0.1}
SERVER_PORT=${4:-5432}
BOUNCER=$(command -v pgbouncer || echo /usr/sbin/pgbouncer)
if [ ! -x "$BOUNCER" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbouncer >/dev/null
    BOUNCER=/usr/sbin/pgbouncer
fi
mkdir -p "$DIR"
# Trust still needs the user names: the superuser, and the roles the tests make.
printf '"postgres" ""\n' >"$DIR/userlist.txt"
cat >"$DIR/pgbouncer.ini" <<EOF
[databases]
* = host=$SERVER_HOST port=$SERVER_PORT

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $PORT
unix_socket_dir = $DIR
auth_type = trust
auth_file = $DIR/userlist.txt
pool_mode = transaction
default_pool_size = 2
max_client_conn = 400
max_db_connections = 0
query_wait_timeout = 60
logfile = $DIR/pgbouncer.log
pidfile = $DIR/pgbouncer.pid
admin_users = postgres
EOF
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown -R postgres "$DIR"
fi
as_pg "$BOUNCER" -d "$DIR/pgbouncer.ini"
# Wait until it answers.
for _ in $(seq 1 50); do
    if python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $PORT), 0.2)" 2>/dev/null; then
        printf '%s\n' "$PORT" >"$DIR/port"
        exit 0
    fi
    sleep 0.1
done
echo "pgbouncer did not start; see $DIR/pgbouncer.log" >&2
exit 1
