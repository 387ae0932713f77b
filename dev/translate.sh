#!/usr/bin/env bash
# The real Translate and UniversalLanguageSelector extensions for development and test wikis
# (design record 0005). They come from unmodified upstream snapshots that no registry serves:
# `../shared/vendor/` beside the checkout (override with TRAININGS_VENDOR_DIR), see its README.
# Unpacked once into the shared core's extensions/ folder (.wiki/core/extensions/, ignored, so
# their static files are served like core's), keyed on the archives' checksums; an instance
# loads them only when `dev/translate.sh enable` wrote its LocalSettings.translate.php.
#
#   dev/translate.sh available        exit 0 when the archives are there, else say why (exit 3)
#   dev/translate.sh unpack           unpack them (nothing to do when the checksums match)
#   dev/translate.sh enable NAME      unpack, load both in instance NAME (before update.php)
#   dev/translate.sh sample NAME PORT import the translatable sample, mark it, translate units
#                                     (the wiki must be running on PORT)
source "$(dirname "$0")/common.sh"

VENDOR_DIR="${TRAININGS_VENDOR_DIR:-$SHARED_VENDOR}"
EXT_DIR="$CORE_DIR/extensions"
ARCHIVES=(UniversalLanguageSelector-REL1_43.tar.gz Translate-REL1_43.tar.gz)

available() {
	local archive
	for archive in "${ARCHIVES[@]}"; do
		if [ ! -f "$VENDOR_DIR/$archive" ]; then
			echo "Translate snapshots not found: no $archive in $VENDOR_DIR (set TRAININGS_VENDOR_DIR)"
			return 3
		fi
	done
}

unpack() {
	available >&2 || return 3
	local archive name stamp sum
	mkdir -p "$EXT_DIR"
	for archive in "${ARCHIVES[@]}"; do
		name=${archive%%-REL*}
		stamp="$EXT_DIR/.$name.sha256"
		sum=$(sha256sum "$VENDOR_DIR/$archive" | cut -d' ' -f1)
		if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$sum" ] && [ -f "$EXT_DIR/$name/extension.json" ]; then
			continue
		fi
		log "Unpacking $archive into .wiki/core/extensions/"
		rm -rf "${EXT_DIR:?}/$name" "$stamp"
		tar -xzf "$VENDOR_DIR/$archive" -C "$EXT_DIR"
		[ -f "$EXT_DIR/$name/extension.json" ] || die "$archive did not unpack into $name/"
		echo "$sum" >"$stamp"
	done
}

# The instance's settings: read by dev/wiki/LocalSettings.shared.php when the file exists.
enable() {
	local name=$1 dir
	dir="$WIKI_DIR/instances/$name"
	unpack || return 3
	cat >"$dir/LocalSettings.translate.php" <<SETTINGS
<?php
// Written by dev/translate.sh: this instance runs the real Translate extension.
wfLoadExtension( 'UniversalLanguageSelector' );
wfLoadExtension( 'Translate' );
// As Meta-Wiki grants them to translation administrators and translators.
\$wgGroupPermissions['sysop']['pagetranslation'] = true;
\$wgGroupPermissions['sysop']['translate-manage'] = true;
\$wgGroupPermissions['sysop']['translate-messagereview'] = true;
\$wgGroupPermissions['user']['translate'] = true;
\$wgGroupPermissions['sysop']['translate'] = true;
// No request to an outside geolocation service from the browser, and no web fonts loaded
// after the page (as on most Wikimedia wikis).
\$wgULSGeoService = false;
\$wgULSWebfontsEnabled = false;
// Saving a translatable page renders its <languages/> bar, for which Translate computes the
// statistics of every language in that request (about 600 queries for the sample module):
// Translate's cost, above the 300 queries a POST of ours may make (design record 0016).
\$wgTrxProfilerLimits['POST']['queries'] = 2000;
// A first page view in one of the many languages ULS offers loads that language's interface
// messages from the database (core's message cache, cold): a few more than 100 queries.
\$wgTrxProfilerLimits['GET']['queries'] = 200;
// Translate's statistics job writes one row per language of each message group in one
// transaction (MessageGroupStats): with every language ULS knows, more than our jobs' 500.
\$wgTrxProfilerLimits['JobRunner']['maxAffected'] = 2000;
SETTINGS
}

cmd=${1:-}; shift || true
case "$cmd" in
	available) available ;;
	unpack) unpack ;;
	enable) enable "$1" ;;
	sample) node "$TRAININGS_ROOT/dev/translate-sample.mjs" "$1" "$2" ;;
	*) sed -n '2,11p' "$0" >&2; exit 2 ;;
esac
