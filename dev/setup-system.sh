#!/usr/bin/env bash
# Installs the Debian packages the wikis and the test suites need (idempotent, quick when done).
source "$(dirname "$0")/common.sh"

PACKAGES=(
	php8.2-sqlite3 php8.2-gmp php8.2-curl php8.2-apcu php8.2-intl php8.2-mbstring php8.2-xml
	chromium fonts-dejavu-core sqlite3 unzip
	zim-tools kiwix-tools
	ffmpeg imagemagick
)

missing=()
for p in "${PACKAGES[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	log "Installing Debian packages: ${missing[*]}"
	as_root apt-get update -qq
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
