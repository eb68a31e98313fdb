#!/usr/bin/env bash
# Start a PostgreSQL cluster configured the way a data centre configures one, for the TLS tests:
# ssl=on with a CA and a server certificate made here (for the name `localhost` only, so that
# verify-full to 127.0.0.1 fails on the name), pg_hba allowing only `hostssl` with
# scram-sha-256 (and certificate login for the role mz_cert), plain connections refused.
# Administration goes through the Unix socket in DIR.
#
#   tools/pg_tls_cluster.sh DIR PORT      start; DIR then holds ca.crt, wrong-ca.crt,
#                                         client.crt, client.key (for mz_cert), password
#   tools/pg_tls_cluster.sh DIR stop
#
# Export MZCTL_TEST_PG_TLS=DIR for the tests. Runs the server as the postgres OS user when
# started as root (initdb refuses root).
set -euo pipefail
DIR=$1
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "${2:-}" = stop ]; then
    as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
    exit 0
fi
PORT=$2
mkdir -p "$DIR"
cd "$DIR"
quiet() { "$@" >/dev/null 2>&1; }
# A CA, a server certificate for localhost signed by it, a client certificate for mz_cert, and
# an unrelated CA for the wrong-CA case.
quiet openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=mzctl test CA" -keyout ca.key -out ca.crt
quiet openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=some other CA" -keyout wrong-ca.key -out wrong-ca.crt
quiet openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr
printf 'subjectAltName=DNS:localhost\n' > server.ext
quiet openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 30 -extfile server.ext -out server.crt
quiet openssl req -newkey rsa:2048 -nodes -subj "/CN=mz_cert" -keyout client.key -out client.csr
printf 'extendedKeyUsage=clientAuth\n' > client.ext
quiet openssl x509 -req -in client.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 30 -extfile client.ext -out client.crt
# The password holds characters that break naive URL handling.
printf '%s' 'Sup3r/s#cr?t@x' > password
printf '%s\n' "$PORT" > port
chmod 600 client.key server.key
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown -R postgres "$DIR"
    chown root client.key
fi
chmod 755 "$DIR"
as_pg "$PGBIN/initdb" -D "$DIR/data" -U postgres -A scram-sha-256 --pwfile="$DIR/password" --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null
cat > "$DIR/data/pg_hba.conf" <<EOF
local   all  all                   trust
hostssl all  mz_cert  127.0.0.1/32 cert
hostssl all  mz_cert  ::1/128      cert
hostssl all  all      127.0.0.1/32 scram-sha-256
hostssl all  all      ::1/128      scram-sha-256
EOF
cat >> "$DIR/data/postgresql.conf" <<EOF
ssl = on
ssl_cert_file = '$DIR/server.crt'
ssl_key_file = '$DIR/server.key'
ssl_ca_file = '$DIR/ca.crt'
password_encryption = 'scram-sha-256'
EOF
as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=localhost -p $PORT -c unix_socket_directories=$DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
    start >/dev/null
as_pg "$PGBIN/psql" -h "$DIR" -p "$PORT" -U postgres -d postgres -qc "CREATE ROLE mz_cert LOGIN SUPERUSER" >/dev/null
