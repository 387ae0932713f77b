#!/usr/bin/env bash
# Runs the extension's PHPUnit tests with MediaWiki core's test framework, on the test wiki's
# settings (MediaWiki clones its tables for the tests, so the wiki's own data is untouched).
#   dev/phpunit.sh [--instance NAME] [phpunit arguments...]
source "$(dirname "$0")/common.sh"

instance=test
if [ "${1:-}" = "--instance" ]; then instance=$2; shift 2; fi
settings="$WIKI_DIR/instances/$instance/LocalSettings.php"
[ -f "$settings" ] || die "No wiki '$instance': run 'bash dev/wiki.sh install $instance PORT' first"
[ -x "$TOOLS_DIR/vendor/bin/phpunit" ] || bash "$TRAININGS_ROOT/dev/setup-php-tools.sh"

cd "$CORE_DIR"
exec env MW_INSTALL_PATH="$CORE_DIR" MW_CONFIG_FILE="$settings" TRAININGS_INSTANCE="$instance" \
	php "$TOOLS_DIR/vendor/bin/phpunit" -c "$TRAININGS_ROOT/dev/phpunit/phpunit.xml" "$@"
