#!/usr/bin/env bash
# Everything `npm start` and `npm test` need on a fresh machine of this kind, each step skipped
# when already done: Debian packages, npm packages, MediaWiki core, PHP test tools.
source "$(dirname "$0")/common.sh"

bash "$TRAININGS_ROOT/dev/setup-system.sh"

lock="$TRAININGS_ROOT/package-lock.json"
stamp="$TRAININGS_ROOT/node_modules/.package-lock.json"
if [ ! -f "$stamp" ] || [ "$lock" -nt "$stamp" ]; then
	log "Installing npm packages (npm ci)"
	(cd "$TRAININGS_ROOT" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed"
fi

bash "$TRAININGS_ROOT/dev/fetch-mediawiki.sh"
bash "$TRAININGS_ROOT/dev/setup-php-tools.sh"
