#!/usr/bin/env bash
# Runs a command with a throw-away PostgreSQL server on 127.0.0.1 and OTKLIK_TEST_PG_URL pointing at it:
#
#   scripts/with-postgres.sh ./mvnw -q -B -ntp -pl feedback-jdbc -am test
#
# Needs root (it installs Debian's postgresql when no server binaries are present, and runs the
# server as user postgres). The cluster lives in a temporary directory with trust authentication on
# loopback only, and is stopped and removed when the command ends, however it ends. The command's
# exit code is the script's. Environment: OTKLIK_PG_PORT (default 55432, or the next free port
# above it when that one is taken).
set -euo pipefail

port="${OTKLIK_PG_PORT:-55432}"
port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
if [ -z "${OTKLIK_PG_PORT:-}" ]; then
  # another scratch server may hold the default port: take the next free one
  while ! port_is_free "$port" && [ "$port" -lt 55532 ]; do port=$((port + 1)); done
fi

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARG...]" >&2
  exit 2
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "with-postgres: run as root (installs packages and starts the server as user postgres)" >&2
  exit 2
fi

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

bin="$(find_bin)"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: installing postgresql…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q postgresql >&2 || { apt-get update -q >&2 && apt-get install -y -q postgresql >&2; }
  bin="$(find_bin)"
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "with-postgres: no PostgreSQL server binaries under /usr/lib/postgresql" >&2
  exit 2
fi

as_postgres() {
  if command -v runuser >/dev/null 2>&1; then
    runuser -u postgres -- "$@"
  else
    su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
  fi
}

work="$(mktemp -d /tmp/otklik-pg.XXXXXX)"
chown postgres "$work"
chmod 700 "$work"
data="$work/data"
started=false

cleanup() {
  local code=$?
  if $started; then
    as_postgres "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
  exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

as_postgres "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
  || as_postgres "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; exit 2; }

# loopback only, socket in the work directory, nothing kept: a scratch server for tests
opts="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$work -c fsync=off"
opts="$opts -c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
if ! as_postgres "$bin/pg_ctl" -D "$data" -o "$opts" -l "$work/server.log" -w -t 60 start >/dev/null; then
  cat "$work/server.log" >&2
  exit 2
fi
started=true

as_postgres "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
  -c "CREATE DATABASE otklik ENCODING 'UTF8' TEMPLATE template0" >/dev/null

export OTKLIK_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$port/otklik?user=postgres"
echo "with-postgres: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, OTKLIK_TEST_PG_URL=$OTKLIK_TEST_PG_URL" >&2

set +e
"$@"
status=$?
set -e
exit "$status"
