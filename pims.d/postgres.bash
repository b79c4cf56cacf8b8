# PostgreSQL for ./pims start --postgres (sourced by ./pims): a cluster of Debian's postgresql package made under the
# data dir with initdb, served on a loopback port by pg_ctl, with the two stores as two databases, each owned by its
# own role; or, with --db-url and --separated-db-url, a server that already exists.

PG_CLUSTER_PORT_DEFAULT=55432
PG_OPERATIONAL=pims_operational
PG_SEPARATED=pims_separated

# The bin directory of the newest PostgreSQL installed from Debian's packages; installs postgresql when there is none.
pg_bin() {
    if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
        echo "pims: installing postgresql" >&2
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update >&2
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >&2
    fi
    local newest
    newest="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort -n | tail -n 1)"
    [[ -x "/usr/lib/postgresql/$newest/bin/initdb" ]] || die "no PostgreSQL under /usr/lib/postgresql: apt-get install postgresql"
    echo "/usr/lib/postgresql/$newest/bin"
}

# Runs a PostgreSQL server program as the user who owns the cluster: PostgreSQL refuses to run as root, so as root the
# package's postgres user does.
pg_as_owner() {
    if [[ "$(id -u)" -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# A random password of 32 hexadecimal digits.
pg_random_password() {
    od -An -N16 -tx1 /dev/urandom | tr -d ' \n'
}

# The value of NAME in the credentials file (NAME=VALUE lines, owner-only).
pg_credential() {
    local file="$1" name="$2"
    sed -n "s/^$name=//p" "$file" | head -n 1
}

# Makes the cluster under DIR/postgres at the first start: initdb, loopback only, XA on (max_prepared_transactions), the
# two stores' roles and databases, their passwords in DIR/postgres.credentials (owner-only, beside the cluster, which
# the postgres user owns when ./pims runs as root).
pg_make_cluster() {
    local data="$1" port="$2" bin="$3"
    local cluster="$data/postgres" credentials="$data/postgres.credentials"
    [[ ! -f "$cluster/data/PG_VERSION" ]] || return 0
    echo "pims: making a PostgreSQL cluster in $cluster (port $port)"
    rm -rf "$cluster" && mkdir -p "$cluster"
    (umask 077 && {
        echo "superuser=$(pg_random_password)"
        echo "$PG_OPERATIONAL=$(pg_random_password)"
        echo "$PG_SEPARATED=$(pg_random_password)"
        echo "port=$port"
    } >"$credentials")
    local pwfile="$cluster/superuser-password"
    pg_credential "$credentials" superuser >"$pwfile"
    if [[ "$(id -u)" -eq 0 ]]; then chown -R postgres:postgres "$cluster"; fi
    pg_as_owner "$bin/initdb" -D "$cluster/data" -U postgres --pwfile="$pwfile" --auth=scram-sha-256 \
        --encoding=UTF8 --no-locale >"$data/postgres-initdb.log" 2>&1 \
        || die "initdb failed; see $data/postgres-initdb.log"
    rm -f "$pwfile"
    # Loopback only; the unix socket in the cluster's own folder; XA (each node's pool may hold prepared transactions);
    # connections for two nodes' pools of both stores.
    cat >>"$cluster/data/postgresql.conf" <<EOF

# Set by ./pims (pims.d/postgres.bash)
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$cluster'
max_prepared_transactions = 64
max_connections = 200
# A WAL segment is written anew, not recycled, so that destroyed rows do not linger in old segments (§6B).
wal_recycle = off
EOF
    pg_start_cluster "$data" "$bin"
    local store
    for store in "$PG_OPERATIONAL" "$PG_SEPARATED"; do
        pg_superuser_sql "$data" "$bin" "CREATE ROLE $store LOGIN PASSWORD '$(pg_credential "$credentials" "$store")'"
        # The retention engine's compaction ends with a new WAL segment and a checkpoint (§6B, "beyond recovery").
        pg_superuser_sql "$data" "$bin" "GRANT pg_checkpoint TO $store"
        pg_make_store_database "$data" "$bin" "$store"
    done
}

# Makes the empty database of a store, owned by the store's role and closed to others, in the running cluster.
pg_make_store_database() {
    local data="$1" bin="$2" store="$3"
    pg_superuser_sql "$data" "$bin" "CREATE DATABASE $store OWNER $store"
    pg_superuser_sql "$data" "$bin" "REVOKE ALL ON DATABASE $store FROM PUBLIC"
    # A grant on a function holds in its database only: the compaction's new WAL segment (see pg_make_cluster).
    pg_superuser_sql "$data" "$bin" "GRANT EXECUTE ON FUNCTION pg_switch_wal() TO $store" "$store"
}

# Puts the stores of a backup's pg_dump files (DIR/operational.dump, DIR/separated.dump) into the cluster under the data
# dir, made first when there is none: each store's database dropped and made again empty, then filled by pg_restore as
# the store's role, which so owns everything in it. The cluster is stopped afterwards unless it ran before.
pg_restore_stores() {
    local data="$1" from="$2" port="$3" bin credentials="$1/postgres.credentials" was_running=false
    bin="$(pg_bin)"
    if pg_as_owner "$bin/pg_ctl" -D "$data/postgres/data" status >/dev/null 2>&1; then was_running=true; fi
    pg_make_cluster "$data" "$port" "$bin"
    pg_start_cluster "$data" "$bin"
    local store dump
    for store in "$PG_OPERATIONAL" "$PG_SEPARATED"; do
        dump="$from/${store#pims_}.dump"
        pg_superuser_sql "$data" "$bin" "DROP DATABASE IF EXISTS $store WITH (FORCE)"
        pg_make_store_database "$data" "$bin" "$store"
        PGPASSWORD="$(pg_credential "$credentials" "$store")" "$bin/pg_restore" --exit-on-error --no-owner --no-acl \
            -h 127.0.0.1 -p "$(pg_credential "$credentials" port)" -U "$store" -d "$store" "$dump" \
            >"$data/postgres-restore.log" 2>&1 || die "pg_restore of $dump failed; see $data/postgres-restore.log"
    done
    [[ "$was_running" == true ]] || pg_stop_cluster "$data" "$bin"
}

# Runs SQL as the cluster's superuser, in the database given (default postgres).
pg_superuser_sql() {
    local data="$1" bin="$2" sql="$3" database="${4:-postgres}" credentials="$1/postgres.credentials"
    PGPASSWORD="$(pg_credential "$credentials" superuser)" "$bin/psql" -q -v ON_ERROR_STOP=1 -h 127.0.0.1 \
        -p "$(pg_credential "$credentials" port)" -U postgres -d "$database" -c "$sql" >/dev/null \
        || die "PostgreSQL refused: $sql"
}

# Starts the cluster unless it runs (a server killed earlier may have left it running).
pg_start_cluster() {
    local data="$1" bin="$2" cluster="$1/postgres"
    if pg_as_owner "$bin/pg_ctl" -D "$cluster/data" status >/dev/null 2>&1; then return 0; fi
    pg_as_owner "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w start >/dev/null \
        || die "PostgreSQL did not start; see $cluster/server.log"
}

pg_stop_cluster() {
    local data="$1" bin="$2" cluster="$1/postgres"
    [[ -f "$cluster/data/postmaster.pid" ]] || return 0
    pg_as_owner "$bin/pg_ctl" -D "$cluster/data" -m fast -w stop >/dev/null 2>&1 || true
}

# Readies PostgreSQL for a start on DIR: sets PG_JVM_OPTIONS, the JVM options that point the stores' pools at it, and
# PG_MANAGED (the programs' directory of a cluster this start stops after PIMS, else empty), and exports the passwords
# the pools read from the environment. Managed (no URLs given): the cluster under DIR, made at
# the first start. Given URLs: the roles are PIMS_DB_USER and PIMS_SEPARATED_DB_USER (default pims_operational,
# pims_separated), their passwords PIMS_DB_PASSWORD and PIMS_SEPARATED_DB_PASSWORD (and, for the daily pg_dump, in
# libpq's password file).
pg_prepare() {
    local data="$1" port="$2" db_url="$3" separated_url="$4" bin credentials="$1/postgres.credentials"
    if [[ -n "$db_url" || -n "$separated_url" ]]; then
        [[ -n "$db_url" && -n "$separated_url" ]] || die "--db-url and --separated-db-url go together"
        [[ -n "${PIMS_DB_PASSWORD:-}" && -n "${PIMS_SEPARATED_DB_PASSWORD:-}" ]] \
            || die "set PIMS_DB_PASSWORD and PIMS_SEPARATED_DB_PASSWORD for the roles of --db-url and --separated-db-url"
        PG_JVM_OPTIONS=("-Dpims.db.url=$db_url" "-Dpims.db.user=${PIMS_DB_USER:-$PG_OPERATIONAL}"
            "-Dpims.separated-db.url=$separated_url" "-Dpims.separated-db.user=${PIMS_SEPARATED_DB_USER:-$PG_SEPARATED}")
        if compgen -G '/usr/lib/postgresql/*/bin/pg_dump' >/dev/null; then
            PG_JVM_OPTIONS+=("-Dpims.postgres.bin=$(pg_bin)")
        fi
        PG_MANAGED=""
        return 0
    fi
    bin="$(pg_bin)"
    pg_make_cluster "$data" "$port" "$bin"
    pg_start_cluster "$data" "$bin"
    port="$(pg_credential "$credentials" port)"
    # The daily backup runs pg_dump of this version (pims.postgres.bin), which finds the roles' passwords in the
    # password file libpq reads (PGPASSFILE), owner-only.
    (umask 077 && {
        echo "127.0.0.1:$port:$PG_OPERATIONAL:$PG_OPERATIONAL:$(pg_credential "$credentials" "$PG_OPERATIONAL")"
        echo "127.0.0.1:$port:$PG_SEPARATED:$PG_SEPARATED:$(pg_credential "$credentials" "$PG_SEPARATED")"
    } >"$data/postgres.pgpass")
    export PGPASSFILE="$data/postgres.pgpass"
    export PIMS_DB_PASSWORD PIMS_SEPARATED_DB_PASSWORD
    PIMS_DB_PASSWORD="$(pg_credential "$credentials" "$PG_OPERATIONAL")"
    PIMS_SEPARATED_DB_PASSWORD="$(pg_credential "$credentials" "$PG_SEPARATED")"
    PG_JVM_OPTIONS=("-Dpims.db.url=jdbc:postgresql://127.0.0.1:$port/$PG_OPERATIONAL" "-Dpims.db.user=$PG_OPERATIONAL"
        "-Dpims.separated-db.url=jdbc:postgresql://127.0.0.1:$port/$PG_SEPARATED" "-Dpims.separated-db.user=$PG_SEPARATED"
        "-Dpims.postgres.bin=$bin")
    PG_MANAGED="$bin"
}

# Payara's pre-boot commands for the stores' vendor: pre-boot.asadmin as it is for Derby; for PostgreSQL with its
# Derby stores replaced by stores-postgresql.asadmin, and, on a node of a cluster (PIMS_CLUSTER_MEMBERS, set by
# ./pims cluster start), the cluster's commands after them. Prints the file's path.
boot_commands() {
    local root="$1" vendor="$2"
    if [[ "$vendor" == derby ]]; then
        [[ -z "${PIMS_CLUSTER_MEMBERS:-}" ]] || die "a cluster's nodes share their stores, which embedded Derby cannot"
        echo "$CONFIG/pre-boot.asadmin"
        return 0
    fi
    awk -v stores="$CONFIG/stores-postgresql.asadmin" '
        /^# >>> stores/ { skipping = 1; while ((getline line < stores) > 0) print line; next }
        /^# <<< stores/ { skipping = 0; next }
        !skipping { print }
    ' "$CONFIG/pre-boot.asadmin" >"$root/pre-boot.asadmin"
    if [[ -n "${PIMS_CLUSTER_MEMBERS:-}" ]]; then
        cat "$CONFIG/cluster.asadmin" >>"$root/pre-boot.asadmin"
    fi
    echo "$root/pre-boot.asadmin"
}
