#!/usr/bin/env bash
# The real TimedMediaHandler (video and subtitles, as on Meta-Wiki and Commons) for the
# development and test wikis (design record 0013). It comes from an unmodified upstream
# snapshot that no registry serves: `../shared/vendor/` beside the checkout (override with
# TRAININGS_VENDOR_DIR), see its README. Unpacked once into the shared core's extensions/
# folder (ignored), keyed on the archive's checksum, like dev/translate.sh. Its one Composer
# dependency (getID3, dev/timedmedia/composer.json) goes into .wiki/timedmedia/, apart from the
# extension's vendor/. Debian's ffmpeg and ImageMagick come from dev/setup-system.sh.
#
#   dev/timedmedia.sh available      exit 0 when the archive is there, else say why (exit 3)
#   dev/timedmedia.sh unpack         unpack it and install getID3 (nothing to do when done)
#   dev/timedmedia.sh enable NAME    unpack, load it in instance NAME (before update.php)
source "$(dirname "$0")/common.sh"

VENDOR_DIR="${TRAININGS_VENDOR_DIR:-$SHARED_VENDOR}"
EXT_DIR="$CORE_DIR/extensions"
ARCHIVE=TimedMediaHandler-REL1_43.tar.gz
NAME=TimedMediaHandler
DEPS_DIR="$WIKI_DIR/timedmedia"

available() {
	if [ ! -f "$VENDOR_DIR/$ARCHIVE" ]; then
		echo "TimedMediaHandler snapshot not found: no $ARCHIVE in $VENDOR_DIR (set TRAININGS_VENDOR_DIR); video is off"
		return 3
	fi
}

unpack() {
	available >&2 || return 3
	local stamp sum
	mkdir -p "$EXT_DIR"
	stamp="$EXT_DIR/.$NAME.sha256"
	sum=$(sha256sum "$VENDOR_DIR/$ARCHIVE" | cut -d' ' -f1)
	if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$sum" ] || [ ! -f "$EXT_DIR/$NAME/extension.json" ]; then
		log "Unpacking $ARCHIVE into .wiki/core/extensions/"
		rm -rf "${EXT_DIR:?}/$NAME" "$stamp"
		tar -xzf "$VENDOR_DIR/$ARCHIVE" -C "$EXT_DIR"
		[ -f "$EXT_DIR/$NAME/extension.json" ] || die "$ARCHIVE did not unpack into $NAME/"
		echo "$sum" >"$stamp"
	fi
	mkdir -p "$DEPS_DIR"
	if ! cmp -s "$TRAININGS_ROOT/dev/timedmedia/composer.json" "$DEPS_DIR/composer.json" \
		|| [ ! -f "$DEPS_DIR/vendor/autoload.php" ]; then
		log "Installing getID3 for TimedMediaHandler into .wiki/timedmedia"
		cp "$TRAININGS_ROOT/dev/timedmedia/composer.json" "$DEPS_DIR/composer.json"
		(cd "$DEPS_DIR" && composer install --no-interaction --no-progress --quiet) \
			|| { rm -f "$DEPS_DIR/composer.json"; die "composer install failed in .wiki/timedmedia"; }
	fi
}

# The instance's settings: read by dev/wiki/LocalSettings.shared.php when the file exists.
enable() {
	local name=$1 dir
	dir="$WIKI_DIR/instances/$name"
	unpack || return 3
	cat >"$dir/LocalSettings.timedmedia.php" <<SETTINGS
<?php
// Written by dev/timedmedia.sh: this instance runs the real TimedMediaHandler.
require_once '$DEPS_DIR/vendor/autoload.php';
wfLoadExtension( 'TimedMediaHandler' );
// WebM is played as uploaded: no transcoding jobs (the clips are small and already VP8/VP9).
\$wgEnableTranscode = false;
\$wgFileExtensions[] = 'webm';
\$wgFFmpegLocation = '/usr/bin/ffmpeg';
// Posters are made by ImageMagick from the frame ffmpeg extracts.
\$wgUseImageMagick = true;
\$wgImageMagickConvertCommand = '/usr/bin/convert';
SETTINGS
}

cmd=${1:-}; shift || true
case "$cmd" in
	available) available ;;
	unpack) unpack ;;
	enable) enable "$1" ;;
	*) sed -n '2,13p' "$0" >&2; exit 2 ;;
esac
