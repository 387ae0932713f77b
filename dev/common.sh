#!/usr/bin/env bash
# Shared paths and helpers for the development and test wiki scripts.
# Everything these scripts create lives in ignored folders of the checkout:
#   .cache/  downloads (Debian packages, source tarball) kept between rebuilds
#   .wiki/   MediaWiki core, PHP tools, and one folder per wiki instance
set -euo pipefail

TRAININGS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE_DIR="$TRAININGS_ROOT/.cache"
WIKI_DIR="$TRAININGS_ROOT/.wiki"
CORE_DIR="$WIKI_DIR/core"
TOOLS_DIR="$WIKI_DIR/tools"
# Upstream snapshots no registry serves (Translate, ULS, TimedMediaHandler, a test helper).
SHARED_VENDOR="${TRAININGS_SHARED_VENDOR:-$TRAININGS_ROOT/../shared/vendor}"
MW_VERSION_PREFIX="1:1.43"

log() { printf '\033[1m[trainings]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[31m[trainings] %s\033[0m\n' "$*" >&2; exit 1; }

# Run as root directly, otherwise through sudo.
as_root() {
	if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}
