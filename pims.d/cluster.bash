# A cluster of PIMS on one machine (./pims cluster start|stop, sourced by ./pims): N Payara Micro nodes in one
# Hazelcast cluster over TCP on 127.0.0.1, the stores on one PostgreSQL, HAProxy in front terminating TLS with sticky
# sessions and health checks. Everything listens on 127.0.0.1 only. A start starts what of the cluster does not run, so
# that it also brings back a node that failed.
#
# DIR/postgres, DIR/postgres.credentials   the PostgreSQL cluster both nodes use (pims.d/postgres.bash)
# DIR/master.key                           the key ring's master key, given to every node as PIMS_MASTER_KEY
# DIR/node-K                               node K's data dir (./pims start --data): its Payara, log, pid, backups
# DIR/tls/pims.pem                         the certificate and key HAProxy serves (self-signed unless --cert)
# DIR/haproxy.cfg, DIR/haproxy.pid         the balancer

CLUSTER_NODE_HTTP_BASE=8180
CLUSTER_NODE_HAZELCAST_BASE=5900

cluster_usage_error() { die "cluster: $* (see ./pims help)"; }

# The Hazelcast members of an N-node cluster: 127.0.0.1 at the nodes' start ports.
cluster_members() {
    local nodes="$1" k members=()
    for ((k = 1; k <= nodes; k++)); do members+=("127.0.0.1:$((CLUSTER_NODE_HAZELCAST_BASE + k))"); done
    (IFS=,; echo "${members[*]}")
}


cmd_cluster() {
    local action="${1:-}"
    shift || true
    case "$action" in
        start) cluster_start "$@" ;;
        stop) cluster_stop "$@" ;;
        *) cluster_usage_error "the actions are 'start' and 'stop'" ;;
    esac
}

cluster_start() {
    local nodes=2 data="$ROOT/data-cluster" port=8443 cert="" postgres=false pg_port="$PG_CLUSTER_PORT_DEFAULT" demo=false
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --nodes) [[ $# -ge 2 ]] || cluster_usage_error "--nodes needs a number"; nodes="$2"; shift 2 ;;
            --data) [[ $# -ge 2 ]] || cluster_usage_error "--data needs a directory"; data="$(data_dir "$2")"; shift 2 ;;
            --port) [[ $# -ge 2 ]] || cluster_usage_error "--port needs a number"; port="$2"; shift 2 ;;
            --cert) [[ $# -ge 2 ]] || cluster_usage_error "--cert needs a PEM file"; cert="$(data_dir "$2")"; shift 2 ;;
            --postgres) postgres=true; shift ;;
            --postgres-port) [[ $# -ge 2 ]] || cluster_usage_error "--postgres-port needs a number"; pg_port="$2"; shift 2 ;;
            --demo) demo=true; shift ;;
            *) cluster_usage_error "unknown option '$1'" ;;
        esac
    done
    [[ "$postgres" == true ]] || cluster_usage_error "the nodes share their stores, which embedded Derby cannot: give --postgres"
    [[ "$nodes" =~ ^[0-9]+$ ]] && (( nodes >= 1 && nodes <= 8 )) || cluster_usage_error "--nodes is 1 to 8"
    [[ "$port" =~ ^[0-9]+$ ]] && (( port >= 1 && port <= 65535 )) || cluster_usage_error "invalid port '$port'"
    [[ -z "$cert" || -f "$cert" ]] || cluster_usage_error "no certificate at $cert"
    mkdir -p "$data" && data="$(cd "$data" && pwd)"

    if [[ -z "${PIMS_WAR:-}" ]] && needs_build; then
        echo "pims: building $WAR"
        maven -q -DskipTests -DskipITs -Dskip.it clean package || die "build failed"
    fi

    pg_prepare "$data" "$pg_port" "" ""
    local db_url separated_url
    db_url="${PG_JVM_OPTIONS[0]#-Dpims.db.url=}"
    separated_url="${PG_JVM_OPTIONS[2]#-Dpims.separated-db.url=}"
    if [[ ! -s "$data/master.key" ]]; then
        (umask 077 && head -c 32 /dev/urandom | base64 >"$data/master.key")
    fi

    local members k node options=() started_again=false
    members="$(cluster_members "$nodes")"
    [[ "$demo" == true ]] && options+=(--demo)
    for ((k = 1; k <= nodes; k++)); do
        node="$data/node-$k"
        mkdir -p "$node"
        if [[ -n "$(running_pid "$node")" ]]; then
            echo "pims: node node-$k runs already"
            continue
        fi
        # Emptied before the node starts, so that the wait below never reads the last start's "up".
        : >"$node/launcher.log"
        started_again=true
        # Each node is ./pims start in the background, on the shared stores and key, told the cluster's members; the
        # balancer's address is the one members reach, and the balancer the only proxy whose forwarded headers count.
        PIMS_MASTER_KEY="$(cat "$data/master.key")" \
            PIMS_CLUSTER_MEMBERS="$members" PIMS_CLUSTER_PORT="$((CLUSTER_NODE_HAZELCAST_BASE + k))" \
            PIMS_PUBLIC_URL="https://127.0.0.1:$port" \
            PIMS_JAVA_OPTS="${PIMS_JAVA_OPTS:-} -Dpims.public-url=https://127.0.0.1:$port -Dpims.proxy.trusted=127.0.0.1 -Dpims.proxy.tls=true" \
            nohup "$ROOT/pims" start "${options[@]}" --data "$node" --port "$((CLUSTER_NODE_HTTP_BASE + k))" \
            --db-url "$db_url" --separated-db-url "$separated_url" >>"$node/launcher.log" 2>&1 &
        # One node at a time: the first migrates the stores, and two first starts would both try.
        cluster_await_node "$node" $!
    done

    if ! cluster_start_balancer "$data" "$nodes" "$port" "$cert" && [[ "$started_again" == true ]]; then
        # The running balancer takes a node back after two good checks a second apart (server-config/haproxy.cfg).
        sleep 3
    fi
    echo "pims: the cluster of $nodes nodes is up at https://127.0.0.1:$port/ (stop with ./pims cluster stop --data $data)"
}

cluster_await_node() {
    local node="$1" launcher="$2" i
    for ((i = 0; i < 300; i++)); do
        if grep -q "PIMS is up at" "$node/launcher.log" 2>/dev/null; then
            echo "pims: node $(basename "$node") is up"
            return 0
        fi
        kill -0 "$launcher" 2>/dev/null || break
        sleep 1
    done
    die "node $(basename "$node") did not start; see $node/launcher.log and $node/pims.log"
}

# A self-signed certificate for 127.0.0.1 (openssl), made once, unless one is given.
cluster_certificate() {
    local data="$1" cert="$2" pem="$1/tls/pims.pem"
    if [[ -n "$cert" ]]; then
        echo "$cert"
        return 0
    fi
    if [[ ! -s "$pem" ]]; then
        mkdir -p "$data/tls" && chmod 700 "$data/tls"
        openssl req -x509 -newkey rsa:2048 -nodes -days 825 -subj "/CN=127.0.0.1" \
            -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
            -keyout "$data/tls/pims.key" -out "$data/tls/pims.crt" >/dev/null 2>&1 \
            || die "openssl could not make a certificate"
        (umask 077 && cat "$data/tls/pims.crt" "$data/tls/pims.key" >"$pem")
    fi
    echo "$pem"
}

cluster_start_balancer() {
    local data="$1" nodes="$2" port="$3" cert="$4" pem k
    if ! command -v haproxy >/dev/null 2>&1; then
        echo "pims: installing haproxy"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y haproxy
    fi
    # Already running: it finds a node that is back by its health checks. Returns 1 then, 0 when started.
    if [[ -f "$data/haproxy.pid" ]] && kill -0 "$(cat "$data/haproxy.pid")" 2>/dev/null; then return 1; fi
    pem="$(cluster_certificate "$data" "$cert")"
    {
        sed -e "s|@PORT@|$port|" -e "s|@PEM@|$pem|" "$CONFIG/haproxy.cfg"
        for ((k = 1; k <= nodes; k++)); do
            echo "    server node-$k 127.0.0.1:$((CLUSTER_NODE_HTTP_BASE + k)) check cookie node-$k"
        done
    } >"$data/haproxy.cfg"
    haproxy -c -q -f "$data/haproxy.cfg" || die "HAProxy refuses $data/haproxy.cfg"
    haproxy -D -f "$data/haproxy.cfg" -p "$data/haproxy.pid" || die "HAProxy did not start"
}

cluster_stop() {
    local data="$ROOT/data-cluster" node
    while [[ $# -gt 0 ]]; do
        case "$1" in
            --data) [[ $# -ge 2 ]] || cluster_usage_error "--data needs a directory"; data="$(data_dir "$2")"; shift 2 ;;
            *) cluster_usage_error "unknown option '$1'" ;;
        esac
    done
    if [[ -f "$data/haproxy.pid" ]]; then
        kill -TERM "$(cat "$data/haproxy.pid")" 2>/dev/null || true
        rm -f "$data/haproxy.pid"
    fi
    for node in "$data"/node-*; do
        [[ -d "$node" ]] && cmd_stop --data "$node"
    done
    if [[ -d "$data/postgres" ]]; then pg_stop_cluster "$data" "$(pg_bin)"; fi
    echo "pims: the cluster on $data is stopped"
}
