#!/usr/bin/env bash
# Regenerates sql/{sqlite,mysql,postgres}/tables-generated.sql from the abstract schema
# sql/tables.json with core's generateSchemaSql (run it after editing tables.json and commit
# the result). Debian's core package lacks what the generator needs from core's require-dev:
# doctrine/dbal and doctrine/sql-formatter (installed into .wiki/schema-tools from the package
# registry, the same major versions as core 1.43 pins), seld/jsonlint (not served by the
# registry: Debian's `jsonlint` package has it) and the JSON schema of the abstract schema
# format (docs/, from the cached source tarball). The libraries are prepended to core's
# autoloader.
#   dev/generate-schema.sh [INSTANCE]   INSTANCE: any installed wiki (default: test)
source "$(dirname "$0")/common.sh"

instance=${1:-test}
settings="$WIKI_DIR/instances/$instance/LocalSettings.php"
[ -f "$settings" ] || die "No wiki '$instance': run 'bash dev/wiki.sh install $instance PORT' first"

tools="$WIKI_DIR/schema-tools"
if [ ! -d "$tools/vendor/doctrine/sql-formatter" ]; then
	log "Installing doctrine/dbal and doctrine/sql-formatter into .wiki/schema-tools"
	mkdir -p "$tools"
	cat >"$tools/composer.json" <<'JSON'
{
	"require": {
		"doctrine/dbal": "^3.8",
		"doctrine/sql-formatter": "^1.1"
	},
	"config": { "lock": false }
}
JSON
	(cd "$tools" && composer install --no-interaction --no-progress --quiet) || die "composer install failed in .wiki/schema-tools"
fi
[ -f /usr/share/php/Seld/JsonLint/JsonParser.php ] || as_root apt-get install -y -q jsonlint >&2
cat >"$tools/prepend.php" <<'PHP'
<?php
// Only Doctrine from .wiki/schema-tools (its psr/log would clash with core's) and Seld from Debian.
spl_autoload_register( static function ( $class ) {
	static $psr4 = null;
	$psr4 ??= require __DIR__ . '/vendor/composer/autoload_psr4.php';
	if ( str_starts_with( $class, 'Seld\\JsonLint\\' ) ) {
		$file = '/usr/share/php/' . str_replace( '\\', '/', $class ) . '.php';
		if ( is_file( $file ) ) {
			require $file;
		}
		return;
	}
	foreach ( $psr4 as $prefix => $dirs ) {
		if ( str_starts_with( $prefix, 'Doctrine\\' ) && str_starts_with( $class, $prefix ) ) {
			foreach ( $dirs as $dir ) {
				$file = $dir . '/' . str_replace( '\\', '/', substr( $class, strlen( $prefix ) ) ) . '.php';
				if ( is_file( $file ) ) {
					require $file;
					return;
				}
			}
		}
	}
} );
PHP
if [ ! -f "$CORE_DIR/docs/abstract-schema.schema.json" ]; then
	orig=$(ls "$CACHE_DIR"/debs/mediawiki_*.orig.tar.* 2>/dev/null | head -1)
	[ -n "$orig" ] || die "No MediaWiki source tarball in .cache/debs: run dev/fetch-mediawiki.sh"
	tmp=$(mktemp -d)
	tar -xf "$orig" -C "$tmp" --wildcards '*/docs/abstract-schema*'
	mkdir -p "$CORE_DIR/docs"
	cp "$tmp"/*/docs/abstract-schema* "$CORE_DIR/docs/"
	rm -rf "$tmp"
fi
for type in sqlite mysql postgres; do
	mkdir -p "$TRAININGS_ROOT/sql/$type"
	(cd "$CORE_DIR" && MW_CONFIG_FILE="$settings" php -d auto_prepend_file="$tools/prepend.php" \
		maintenance/run.php generateSchemaSql --json "$TRAININGS_ROOT/sql/tables.json" \
		--sql "$TRAININGS_ROOT/sql/$type/tables-generated.sql" --type "$type") \
		|| die "generateSchemaSql failed for $type"
	# The header names the source relative to the extension, not this machine's path.
	sed -i "s|^-- Source: .*|-- Source: sql/tables.json|" "$TRAININGS_ROOT/sql/$type/tables-generated.sql"
done
# Tables added after trainings_progress also get a file of their own, patch-TABLE.sql, so that
# update.php can add them to a wiki that already has the first table (SchemaUpdatesHandler).
tmp_json=$(mktemp --suffix=.json)
for table in $(php -r 'foreach ( array_slice( json_decode( file_get_contents( $argv[1] ), true ), 1 ) as $t ) { echo $t["name"], "\n"; }' \
	"$TRAININGS_ROOT/sql/tables.json"); do
	php -r '$t = array_values( array_filter( json_decode( file_get_contents( $argv[1] ), true ), fn ( $t ) => $t["name"] === $argv[2] ) );
		file_put_contents( $argv[3], json_encode( $t, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ) );' \
		"$TRAININGS_ROOT/sql/tables.json" "$table" "$tmp_json"
	for type in sqlite mysql postgres; do
		(cd "$CORE_DIR" && MW_CONFIG_FILE="$settings" php -d auto_prepend_file="$tools/prepend.php" \
			maintenance/run.php generateSchemaSql --json "$tmp_json" \
			--sql "$TRAININGS_ROOT/sql/$type/patch-$table.sql" --type "$type") \
			|| { rm -f "$tmp_json"; die "generateSchemaSql failed for $table ($type)"; }
		sed -i "s|^-- Source: .*|-- Source: sql/tables.json (table $table)|" "$TRAININGS_ROOT/sql/$type/patch-$table.sql"
	done
done
# Tables of the wiki's main database (sql/tables-main.json, design record 0017): one patch file
# each, added by update.php on the main database (SchemaUpdatesHandler).
for table in $(php -r 'foreach ( json_decode( file_get_contents( $argv[1] ), true ) as $t ) { echo $t["name"], "\n"; }' \
	"$TRAININGS_ROOT/sql/tables-main.json"); do
	php -r '$t = array_values( array_filter( json_decode( file_get_contents( $argv[1] ), true ), fn ( $t ) => $t["name"] === $argv[2] ) );
		file_put_contents( $argv[3], json_encode( $t, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ) );' \
		"$TRAININGS_ROOT/sql/tables-main.json" "$table" "$tmp_json"
	for type in sqlite mysql postgres; do
		(cd "$CORE_DIR" && MW_CONFIG_FILE="$settings" php -d auto_prepend_file="$tools/prepend.php" \
			maintenance/run.php generateSchemaSql --json "$tmp_json" \
			--sql "$TRAININGS_ROOT/sql/$type/patch-$table.sql" --type "$type") \
			|| { rm -f "$tmp_json"; die "generateSchemaSql failed for $table ($type)"; }
		sed -i "s|^-- Source: .*|-- Source: sql/tables-main.json (table $table)|" "$TRAININGS_ROOT/sql/$type/patch-$table.sql"
	done
done
rm -f "$tmp_json"
log "Generated sql/{sqlite,mysql,postgres}/tables-generated.sql and patch-*.sql"
