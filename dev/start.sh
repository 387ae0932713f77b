#!/usr/bin/env bash
# `npm start`: sets everything up and serves the development wiki with the sample library.
#   npm start                 reuse the existing wiki (update.php + sample content refresh)
#   npm run wiki:reset        rebuild the wiki from scratch
# Environment: TRAININGS_DEV_PORT (default 8080).
source "$(dirname "$0")/common.sh"

port=${TRAININGS_DEV_PORT:-8080}
bash "$TRAININGS_ROOT/dev/setup.sh"
if [ "${1:-}" = "--reset" ]; then
	bash "$TRAININGS_ROOT/dev/wiki.sh" install dev "$port"
else
	bash "$TRAININGS_ROOT/dev/wiki.sh" ensure dev "$port"
fi
bash "$TRAININGS_ROOT/dev/wiki.sh" start dev "$port"

cat <<MSG

  The development wiki is running:
    http://localhost:$port/wiki/Special:Trainings
  Log in as Admin with the password trainings-dev-password.
  Logs: .wiki/instances/dev/logs/   Stop: Ctrl+C (or bash dev/wiki.sh stop dev)

MSG
trap 'bash "$TRAININGS_ROOT/dev/wiki.sh" stop dev; exit 0' INT TERM
# Keep the command in the foreground while the server runs, showing PHP errors as they happen.
logs="$WIKI_DIR/instances/dev/logs"
tail -n 0 -q -F "$logs/php-error.log" "$logs/exception.log" "$logs/error.log" 2>/dev/null &
tail_pid=$!
pid=$(cat "$WIKI_DIR/instances/dev/server.pid")
while kill -0 "$pid" 2>/dev/null; do sleep 1; done
kill "$tail_pid" 2>/dev/null || true
