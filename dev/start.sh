#!/usr/bin/env bash
# `npm start`: sets everything up and serves the development wiki with the sample library.
#   npm start                 reuse the existing wiki (update.php + sample content refresh)
#   npm run wiki:reset        rebuild the wiki from scratch
# Beside it runs a plain wiki without the extension, with the Trainings gadget installed and
# the development wiki as its central wiki (instance dev-plain).
# Environment: TRAININGS_DEV_PORT (default 8080), TRAININGS_DEV_PLAIN_PORT (default 8082).
# The development wiki runs the real Translate and ULS (from ../shared/vendor, or
# TRAININGS_VENDOR_DIR) with a sample module marked for translation and translated into French
# and, partly, German (design record 0005). Without Translate: `npm start -- --no-translate`
# or TRAININGS_TRANSLATE=0.
source "$(dirname "$0")/common.sh"

port=${TRAININGS_DEV_PORT:-8080}
plain_port=${TRAININGS_DEV_PLAIN_PORT:-8082}
translate=${TRAININGS_TRANSLATE:-1}
for arg in "$@"; do
	case "$arg" in
		--no-translate) translate=0 ;;
		--translate) translate=1 ;;
	esac
done
translate_flag=--no-translate
if [ "$translate" != 0 ]; then
	if bash "$TRAININGS_ROOT/dev/translate.sh" available; then
		translate_flag=--translate
	else
		log "Starting without Translate (see the message above)"
	fi
fi
bash "$TRAININGS_ROOT/dev/setup.sh"
if [ "${1:-}" = "--reset" ]; then
	bash "$TRAININGS_ROOT/dev/wiki.sh" install dev "$port" "$translate_flag"
else
	bash "$TRAININGS_ROOT/dev/wiki.sh" ensure dev "$port" "$translate_flag"
fi
bash "$TRAININGS_ROOT/dev/wiki.sh" start dev "$port"
if [ "$translate_flag" = --translate ]; then
	bash "$TRAININGS_ROOT/dev/translate.sh" sample dev "$port" \
		|| log "Marking the sample module for translation failed (see above); the wiki runs anyway"
fi
if [ "${1:-}" = "--reset" ]; then
	bash "$TRAININGS_ROOT/dev/wiki.sh" install dev-plain "$plain_port" --plain
else
	bash "$TRAININGS_ROOT/dev/wiki.sh" ensure dev-plain "$plain_port" --plain
fi
bash "$TRAININGS_ROOT/dev/wiki.sh" start dev-plain "$plain_port"
node "$TRAININGS_ROOT/dev/install-gadget.mjs" --api "http://localhost:$plain_port/api.php" \
	--user Admin --password trainings-dev-password --central-api "http://localhost:$port/api.php" >/dev/null

cat <<MSG

  The development wiki is running:
    http://localhost:$port/wiki/Special:Trainings
  A plain wiki with the Trainings gadget (Tools menu > Trainings):
    http://localhost:$plain_port/wiki/Main_Page
  Log in as Admin with the password trainings-dev-password.
$( [ "$translate_flag" = --translate ] && echo "  Translated with Translate: http://localhost:$port/wiki/Training:Translating_a_training_module" )
  Logs: .wiki/instances/dev/logs/   Stop: Ctrl+C (or bash dev/wiki.sh stop dev)

MSG
trap 'bash "$TRAININGS_ROOT/dev/wiki.sh" stop dev-plain; bash "$TRAININGS_ROOT/dev/wiki.sh" stop dev; exit 0' INT TERM
# Keep the command in the foreground while the server runs, showing PHP errors as they happen.
logs="$WIKI_DIR/instances/dev/logs"
tail -n 0 -q -F "$logs/php-error.log" "$logs/exception.log" "$logs/error.log" 2>/dev/null &
tail_pid=$!
pid=$(cat "$WIKI_DIR/instances/dev/server.pid")
while kill -0 "$pid" 2>/dev/null; do sleep 1; done
kill "$tail_pid" 2>/dev/null || true
