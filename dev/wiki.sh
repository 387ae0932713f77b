#!/usr/bin/env bash
# Manages wiki instances that share one MediaWiki core (.wiki/core) and load the extension
# straight from this checkout. Each instance has its own settings, SQLite database, uploads,
# logs and port, selected through MediaWiki's MW_CONFIG_FILE environment variable.
#
#   dev/wiki.sh install NAME PORT   fresh install (drops NAME's data), update.php, sample content
#   dev/wiki.sh ensure NAME PORT    install when missing, else update.php and re-import content
#     --translate / --no-translate  (after PORT, install and ensure) load the real Translate
#                                   and ULS in NAME, or stop loading them (dev/translate.sh)
#     --plain                       (after PORT, install) a wiki without the extension, with
#                                   Gadgets (dev/wiki/LocalSettings.plain.php), no content
#   dev/wiki.sh start NAME PORT     serve in the background (own process group), wait until up
#   dev/wiki.sh stop NAME           stop the server of NAME
#   dev/wiki.sh php NAME SCRIPT...  run a maintenance script (or any PHP file) on NAME
source "$(dirname "$0")/common.sh"

ADMIN_USER="Admin"
ADMIN_PASS="trainings-dev-password"

instance_dir() { echo "$WIKI_DIR/instances/$1"; }

wiki_php() {
	local name=$1; shift
	(cd "$CORE_DIR" && MW_INSTALL_PATH="$CORE_DIR" MW_CONFIG_FILE="$(instance_dir "$name")/LocalSettings.php" \
		TRAININGS_INSTANCE="$name" php "$@")
}

install_instance() {
	local name=$1 port=$2 dir settings=LocalSettings.shared.php
	dir=$(instance_dir "$name")
	[ "${3:-}" = --plain ] && settings=LocalSettings.plain.php
	stop_instance "$name"
	rm -rf "$dir"
	mkdir -p "$dir/data" "$dir/images" "$dir/cache" "$dir/logs"
	log "Installing wiki '$name' (SQLite) for http://localhost:$port"
	(cd "$CORE_DIR" && php maintenance/install.php --dbtype sqlite --dbpath "$dir/data" \
		--dbname "trainings_$name" --server "http://localhost:$port" --scriptpath "" \
		--confpath "$dir" --lang en --pass "$ADMIN_PASS" \
		"Trainings $name wiki" "$ADMIN_USER" >"$dir/logs/install.log" 2>&1) \
		|| { cat "$dir/logs/install.log" >&2; die "install.php failed for '$name'"; }
	cat >>"$dir/LocalSettings.php" <<SETTINGS

# Added by dev/wiki.sh: settings shared by every development and test instance.
\$trainingsInstanceDir = '$dir';
\$trainingsRepoDir = '$TRAININGS_ROOT';
require '$TRAININGS_ROOT/dev/wiki/$settings';
SETTINGS
	set_translate "$name" "${3:-}"
	set_timedmedia "$name" "${3:-}"
	update_instance "$name"
}

# TimedMediaHandler (video) runs in every instance with the extension; a missing snapshot is
# reported and the wiki goes on without video (dev/timedmedia.sh).
set_timedmedia() {
	[ "${2:-}" = --plain ] && return 0
	bash "$TRAININGS_ROOT/dev/timedmedia.sh" enable "$1" \
		|| log "Wiki '$1' runs without TimedMediaHandler: no video (see the message above)"
}

# --translate: load Translate (a missing snapshot is reported, the wiki goes on without it);
# --no-translate: stop loading it; nothing: as before.
set_translate() {
	local name=$1 flag=${2:-}
	case "$flag" in
		--translate)
			bash "$TRAININGS_ROOT/dev/translate.sh" enable "$name" \
				|| log "Wiki '$name' runs without Translate (see the message above)" ;;
		--no-translate) rm -f "$(instance_dir "$name")/LocalSettings.translate.php" ;;
		''|--plain) ;;
		*) die "Unknown option: $flag" ;;
	esac
}

update_instance() {
	local name=$1
	log "Updating wiki '$name' (update.php, sample content)"
	wiki_php "$name" maintenance/run.php update --quick >"$(instance_dir "$name")/logs/update.log" 2>&1 \
		|| { cat "$(instance_dir "$name")/logs/update.log" >&2; die "update.php failed for '$name'"; }
	# A plain wiki (--plain) has no Training namespace: its trainings come from the gadget.
	grep -q 'LocalSettings.plain.php' "$(instance_dir "$name")/LocalSettings.php" && return 0
	wiki_php "$name" "$TRAININGS_ROOT/maintenance/importContent.php" --dir "$TRAININGS_ROOT/content" \
		|| die "Importing the sample content failed for '$name'"
}

start_instance() {
	local name=$1 port=$2 dir
	dir=$(instance_dir "$name")
	stop_instance "$name"
	if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
		ss -ltnp "sport = :$port" >&2 2>/dev/null || true
		die "Port $port is already in use; stop what runs there or choose another port"
	fi
	# php -S with workers is a parent plus children: it runs as the leader of a session of its
	# own (setsid), which writes its pid before becoming php, so stopping the group stops all.
	# It closes descriptors inherited from the caller: a pipe kept open would make whoever
	# waits for this script's output wait for the server too.
	echo "$port" >"$dir/server.port"
	(
		cd "$CORE_DIR" || exit 1
		export MW_CONFIG_FILE="$dir/LocalSettings.php" TRAININGS_INSTANCE="$name" \
			TRAININGS_ROOT="$TRAININGS_ROOT" TRAININGS_INSTANCE_DIR="$dir" \
			PHP_CLI_SERVER_WORKERS="${TRAININGS_SERVER_WORKERS:-4}"
		exec setsid bash -c 'echo $$ >"$1/server.pid"
			for fd in /proc/$$/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done
			exec php -S "127.0.0.1:$2" -t "$3" "$4"' _ \
			"$dir" "$port" "$CORE_DIR" "$TRAININGS_ROOT/dev/wiki/router.php" \
			>>"$dir/logs/server.log" 2>&1 </dev/null
	) &
	for _ in $(seq 1 100); do
		if curl -fsS -o /dev/null 2>/dev/null "http://127.0.0.1:$port/api.php?action=query&meta=siteinfo&format=json"; then
			return 0
		fi
		sleep 0.1
	done
	tail -n 20 "$dir/logs/server.log" >&2
	die "The wiki '$name' did not answer on port $port"
}

stop_instance() {
	local name=$1 dir pid port
	dir=$(instance_dir "$name")
	if [ -f "$dir/server.pid" ]; then
		pid=$(cat "$dir/server.pid")
		if kill -0 "$pid" 2>/dev/null; then
			kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
			for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
		fi
		rm -f "$dir/server.pid"
	fi
	# A server whose pid file was lost still holds its port: find it by its command line.
	if [ -f "$dir/server.port" ]; then
		port=$(cat "$dir/server.port")
		pkill -f -- "php -S 127.0.0.1:$port " 2>/dev/null || true
		rm -f "$dir/server.port"
	fi
}

cmd=${1:-}; shift || true
case "$cmd" in
	install) install_instance "$1" "$2" "${3:-}" ;;
	ensure)
		if [ -f "$(instance_dir "$1")/LocalSettings.php" ]; then
			set_translate "$1" "${3:-}"
			grep -q 'LocalSettings.plain.php' "$(instance_dir "$1")/LocalSettings.php" \
				|| set_timedmedia "$1" "${3:-}"
			update_instance "$1"
		else
			install_instance "$1" "$2" "${3:-}"
		fi ;;
	start) start_instance "$1" "$2" ;;
	stop) stop_instance "$1" ;;
	php) name=$1; shift; wiki_php "$name" "$@" ;;
	*) sed -n '2,16p' "$0" >&2; exit 2 ;;
esac
