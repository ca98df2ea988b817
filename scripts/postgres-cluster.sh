#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and benchmarks, on 127.0.0.1 only, trusting
# local connections (nothing else can reach it). Needs the Debian package postgresql
# (scripts/install-deps.sh installs it).
#
#   postgres-cluster.sh start PORT   creates the cluster in /tmp and starts it
#   postgres-cluster.sh stop PORT    stops it and deletes it
#
# PostgreSQL refuses to run as root, so as root it runs as the postgres system user.
set -euo pipefail
action=${1:?start or stop}
port=${2:?port}
dir="/tmp/clinic-postgres-$port"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
    echo "postgres-cluster: PostgreSQL is not installed (run scripts/install-deps.sh)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop() {
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

case "$action" in
start)
    stop # whatever an interrupted run left behind
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
        --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200" \
        >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres-cluster: postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
stop)
    stop
    ;;
*)
    echo "postgres-cluster: start or stop, not $action" >&2
    exit 2
    ;;
esac
