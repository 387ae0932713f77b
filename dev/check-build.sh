#!/usr/bin/env bash
# Fails when the committed ResourceLoader build (resources/dist) differs from a fresh build of
# the sources, without touching the working tree.
source "$(dirname "$0")/common.sh"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$TRAININGS_ROOT" && TRAININGS_BUILD_OUT_DIR="$out" npx vite build --logLevel error) || die "The Vite build failed"
if ! diff -r "$TRAININGS_ROOT/resources/dist" "$out" >"$out.diff" 2>&1; then
	head -n 60 "$out.diff"
	rm -f "$out.diff"
	die "resources/dist is stale: run 'npm run build' and commit the result"
fi
rm -f "$out.diff"
echo "resources/dist matches a fresh build"
