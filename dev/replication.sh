#!/usr/bin/env bash
# Three private MariaDB servers on loopback, laid out as a large wiki's databases are
# (design record 0016):
#   PORT     "s1", the primary of the wiki's own database (core's tables)
#   PORT+1   a replica of both primaries (MariaDB multi-source replication), MASTER_DELAY seconds
#            behind each of them: connection '' from s1, connection 'ext' from ext1
#   PORT+2   "ext1", the primary of the database of the virtual domain virtual-trainings
# Data, sockets and logs live in DIR (an ignored folder of the checkout). The wiki connects over
# TCP as user `wiki` (password `wiki`); root connects through the sockets.
#
#   dev/replication.sh start DIR PORT [DELAY]   start (initialising DIR when empty), idempotent
#   dev/replication.sh stop DIR                  stop the three servers, idempotent
#   dev/replication.sh reset DIR PORT [DELAY]    stop, wipe DIR, start afresh
#   dev/replication.sh sql DIR NODE SQL          run SQL as root on NODE (s1, replica, ext1)
#   dev/replication.sh sync DIR                  wait until the replica has applied everything
#   dev/replication.sh delay DIR SECONDS         change MASTER_DELAY
#
# Waits are on conditions (server answers, replication threads running, GTID reached), each
# bounded in time; none is a fixed sleep.
source "$(dirname "$0")/common.sh"

NODES=(s1 replica ext1)

node_port() { # NODE BASEPORT
	case "$1" in s1) echo "$2" ;; replica) echo $(($2 + 1)) ;; ext1) echo $(($2 + 2)) ;; esac
}
node_id() { case "$1" in s1) echo 1 ;; replica) echo 2 ;; ext1) echo 3 ;; esac; }
sock() { echo "$1/$2/mariadb.sock"; }
root_sql() { # DIR NODE SQL...
	local dir=$1 node=$2; shift 2
	mariadb --no-defaults --socket="$(sock "$dir" "$node")" -uroot -N -B -e "$*"
}
alive() { mariadb-admin --no-defaults --socket="$(sock "$1" "$2")" -uroot ping >/dev/null 2>&1; }

# Waits until COMMAND succeeds, polling every 0.1 s for at most SECONDS.
wait_for() { # SECONDS WHAT COMMAND...
	local seconds=$1 what=$2; shift 2
	local tries=$((seconds * 10))
	for _ in $(seq 1 "$tries"); do
		"$@" && return 0
		sleep 0.1
	done
	die "Timed out after ${seconds}s waiting for: $what"
}

start_node() { # DIR NODE BASEPORT
	local dir=$1 node=$2 port args=() run_as=()
	port=$(node_port "$node" "$3")
	[ "$(id -u)" = 0 ] && run_as=(--user=root)
	alive "$dir" "$node" && return 0
	if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
		die "Port $port is in use by another server: choose other ports"
	fi
	mkdir -p "$dir/$node/tmp"
	if [ ! -d "$dir/$node/data/mysql" ]; then
		timeout 120 mariadb-install-db --no-defaults --datadir="$dir/$node/data" --tmpdir="$dir/$node/tmp" \
			--auth-root-authentication-method=normal --skip-test-db "${run_as[@]}" \
			>"$dir/$node/install-db.log" 2>&1 || { cat "$dir/$node/install-db.log" >&2; die "mariadb-install-db failed for $node"; }
	fi
	args=(--server-id="$(node_id "$node")" --gtid-domain-id="$(node_id "$node")")
	if [ "$node" = replica ]; then
		args+=(--read-only=1 --skip-slave-start=0 --relay-log="$dir/$node/relay")
	else
		args+=(--log-bin="$dir/$node/binlog" --binlog-format=ROW)
	fi
	"$(command -v mariadbd || echo /usr/sbin/mariadbd)" --no-defaults --datadir="$dir/$node/data" \
		--socket="$(sock "$dir" "$node")" --bind-address=127.0.0.1 --port="$port" \
		--pid-file="$dir/$node/mariadb.pid" --log-error="$dir/$node/mariadb.err" \
		--tmpdir="$dir/$node/tmp" --innodb-buffer-pool-size=32M --innodb-log-file-size=16M --performance-schema=0 \
		--skip-name-resolve "${args[@]}" "${run_as[@]}" </dev/null >/dev/null 2>&1 &
	local pid=$!
	up() { alive "$dir" "$node" || { kill -0 "$pid" 2>/dev/null || { tail -n 5 "$dir/$node/mariadb.err" >&2; exit 1; }; false; }; }
	wait_for 60 "mariadbd $node accepting connections on port $port" up
}

# Users are made on each server alone (not written to the binary log, so never replicated).
ensure_users() { # DIR NODE
	root_sql "$1" "$2" "SET SESSION sql_log_bin = 0;
		CREATE USER IF NOT EXISTS 'wiki'@'127.0.0.1' IDENTIFIED BY 'wiki';
		GRANT ALL PRIVILEGES ON *.* TO 'wiki'@'127.0.0.1' WITH GRANT OPTION;
		CREATE USER IF NOT EXISTS 'repl'@'127.0.0.1' IDENTIFIED BY 'repl';
		GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1';"
}

replication_running() { # DIR
	local n
	n=$(root_sql "$1" replica "SHOW ALL SLAVES STATUS" 2>/dev/null | awk -F'\t' '$13 == "Yes" && $14 == "Yes"' | wc -l)
	[ "$n" = 2 ]
}

configure_replica() { # DIR BASEPORT DELAY
	local dir=$1 base=$2 delay=$3 existing
	existing=$(root_sql "$dir" replica "SHOW ALL SLAVES STATUS" | wc -l)
	if [ "$existing" != 2 ]; then
		root_sql "$dir" replica "STOP ALL SLAVES;
			CHANGE MASTER '' TO MASTER_HOST='127.0.0.1', MASTER_PORT=$(node_port s1 "$base"),
				MASTER_USER='repl', MASTER_PASSWORD='repl', MASTER_USE_GTID=slave_pos, MASTER_DELAY=$delay;
			CHANGE MASTER 'ext' TO MASTER_HOST='127.0.0.1', MASTER_PORT=$(node_port ext1 "$base"),
				MASTER_USER='repl', MASTER_PASSWORD='repl', MASTER_USE_GTID=slave_pos, MASTER_DELAY=$delay;"
	fi
	root_sql "$dir" replica "START ALL SLAVES" >/dev/null
	wait_for 30 "replication running from s1 and ext1" replication_running "$dir" \
		|| { root_sql "$dir" replica "SHOW ALL SLAVES STATUS\G" >&2; exit 1; }
}

# The replica has applied every transaction both primaries had logged when this was called.
sync_replica() { # DIR
	local dir=$1 pos
	pos=$(root_sql "$dir" s1 "SELECT @@GLOBAL.gtid_binlog_pos"),$(root_sql "$dir" ext1 "SELECT @@GLOBAL.gtid_binlog_pos")
	pos=${pos#,}; pos=${pos%,}
	[ -z "$pos" ] && return 0
	local got
	got=$(root_sql "$dir" replica "SELECT MASTER_GTID_WAIT('$pos', 60)")
	[ "$got" = 0 ] || die "The replica did not reach $pos within 60 s"
}

# A new MASTER_DELAY for both connections (a setup loads its data without delay, then lags).
set_delay() { # DIR DELAY
	root_sql "$1" replica "STOP ALL SLAVES; CHANGE MASTER '' TO MASTER_DELAY=$2;
		CHANGE MASTER 'ext' TO MASTER_DELAY=$2; START ALL SLAVES" >/dev/null
	wait_for 30 "replication running again" replication_running "$1"
	log "MariaDB: the replica now trails by MASTER_DELAY=$2 s"
}

start_all() { # DIR BASEPORT DELAY
	local dir=$1 base=$2 delay=${3:-2}
	mkdir -p "$dir"
	local pids=() pid
	for node in "${NODES[@]}"; do start_node "$dir" "$node" "$base" & pids+=($!); done
	for pid in "${pids[@]}"; do wait "$pid" || die "A MariaDB server did not start (see $dir/*/mariadb.err)"; done
	for node in "${NODES[@]}"; do ensure_users "$dir" "$node"; done
	configure_replica "$dir" "$base" "$delay"
	echo "$base" >"$dir/port"
	log "MariaDB: s1 on $base, replica on $((base + 1)) (MASTER_DELAY=$delay), ext1 on $((base + 2))"
}

stop_all() { # DIR
	local dir=$1 pid
	for node in replica ext1 s1; do
		[ -f "$dir/$node/mariadb.pid" ] || continue
		pid=$(cat "$dir/$node/mariadb.pid")
		if kill -0 "$pid" 2>/dev/null; then
			kill "$pid" 2>/dev/null || true
			for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
			kill -9 "$pid" 2>/dev/null || true
		fi
		rm -f "$dir/$node/mariadb.pid"
	done
}

cmd=${1:-}; shift || true
# Absolute: mariadbd changes its working directory.
[ -n "${1:-}" ] && { mkdir -p "$1"; set -- "$(cd "$1" && pwd)" "${@:2}"; }
case "$cmd" in
	start) start_all "$1" "$2" "${3:-2}" ;;
	stop) stop_all "$1" ;;
	reset) stop_all "$1"; rm -rf "$1"; start_all "$1" "$2" "${3:-2}" ;;
	sql) root_sql "$1" "$2" "$3" ;;
	sync) sync_replica "$1" ;;
	delay) set_delay "$1" "$2" ;;
	*) sed -n '2,17p' "$0" >&2; exit 2 ;;
esac
