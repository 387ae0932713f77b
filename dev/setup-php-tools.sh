#!/usr/bin/env bash
# Installs PHPUnit (and the one test helper core's bootstrap needs) into .wiki/tools, apart from
# the wiki's own vendor/, and the extension's Composer dev tools (linters, phpstan) into vendor/.
source "$(dirname "$0")/common.sh"

wrapper="$SHARED_VENDOR/testing-access-wrapper-4.0.0.tar.gz"
[ -f "$wrapper" ] || die "Missing $wrapper (core's PHPUnit bootstrap needs Wikimedia\\TestingAccessWrapper)"

mkdir -p "$TOOLS_DIR"
cat >"$TOOLS_DIR/composer.json.new" <<JSON
{
	"require": {
		"phpunit/phpunit": "9.6.*",
		"wikimedia/testing-access-wrapper": "4.0.0"
	},
	"repositories": [
		{
			"type": "package",
			"package": {
				"name": "wikimedia/testing-access-wrapper",
				"version": "4.0.0",
				"dist": { "type": "tar", "url": "$wrapper" },
				"autoload": { "psr-4": { "Wikimedia\\\\": "src/" } }
			}
		}
	],
	"config": { "lock": false }
}
JSON
if ! cmp -s "$TOOLS_DIR/composer.json.new" "$TOOLS_DIR/composer.json" || [ ! -x "$TOOLS_DIR/vendor/bin/phpunit" ]; then
	mv "$TOOLS_DIR/composer.json.new" "$TOOLS_DIR/composer.json"
	log "Installing PHPUnit into .wiki/tools"
	(cd "$TOOLS_DIR" && composer install --no-interaction --no-progress --quiet) || die "composer install failed in .wiki/tools"
else
	rm -f "$TOOLS_DIR/composer.json.new"
fi

if [ -f "$TRAININGS_ROOT/composer.json" ] && { [ ! -d "$TRAININGS_ROOT/vendor" ] || [ "$TRAININGS_ROOT/composer.json" -nt "$TRAININGS_ROOT/vendor/autoload.php" ]; }; then
	log "Installing the extension's Composer dev tools"
	(cd "$TRAININGS_ROOT" && composer install --no-interaction --no-progress --quiet) || die "composer install failed"
	touch "$TRAININGS_ROOT/vendor/autoload.php"
fi
