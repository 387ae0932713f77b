#!/usr/bin/env bash
# The replication suite (design record 0016): a wiki on three private MariaDB servers laid out
# as a large wiki's are (dev/replication.sh: a primary, a replica MASTER_DELAY seconds behind,
# and the virtual domain virtual-trainings on a cluster of its own; LBFactoryMulti in
# dev/wiki/LocalSettings.replication.php), then the tests of progress, review, catalog
# invalidation, feedback, the maintainers' queue and statistics against it, and the wiki-log
# check (PHP errors and transaction-profiler reports).
#
#   bash tests/replication/run.sh     (npm test -- replication runs it as the suite "replication")
#
# Environment: TRAININGS_REPLICATION_PORT (web, default 8097), TRAININGS_REPLICATION_INSTANCE
# (default replication), TRAININGS_REPLICATION_DB_PORT (first of three MariaDB ports, default
# 3321), TRAININGS_REPLICATION_DELAY (MASTER_DELAY in seconds, default 2),
# TRAININGS_KEEP_WIKI=1 leaves the wiki and its servers running.
source "$(dirname "$0")/../../dev/common.sh"

PORT="${TRAININGS_REPLICATION_PORT:-8097}"
NAME="${TRAININGS_REPLICATION_INSTANCE:-replication}"
DB_PORT="${TRAININGS_REPLICATION_DB_PORT:-3321}"
DELAY="${TRAININGS_REPLICATION_DELAY:-2}"
INSTANCE_DIR="$WIKI_DIR/instances/$NAME"
DB_DIR="$WIKI_DIR/replication/$NAME"
SERVER="http://localhost:$PORT"
DB_NAME="trainings_repl"
began=$(date +%s)

# The tests that run against the lagging wiki: those of the areas whose data lives on the
# replicated servers. The rest of the HTTP and browser tests run on the main test wiki. Each
# group is one node --test run, in this order: the HTTP tests expect the sample library alone,
# before the browser tests add modules of their own.
TEST_GROUPS=(
	"tests/http/api.test.mjs tests/http/catalog.test.mjs tests/http/module.test.mjs
	 tests/http/review.test.mjs"
	"tests/e2e/browser/progress.test.mjs tests/e2e/browser/progress-account.test.mjs
	 tests/e2e/browser/catalog-progress.test.mjs tests/e2e/browser/maintenance.test.mjs
	 tests/e2e/browser/stats-anonymous.test.mjs"
	"tests/replication/read-your-writes.test.mjs"
)

cleanup() {
	[ -n "${TRAININGS_KEEP_WIKI:-}" ] && return 0
	bash "$TRAININGS_ROOT/dev/wiki.sh" stop "$NAME" >/dev/null 2>&1 || true
	bash "$TRAININGS_ROOT/dev/replication.sh" stop "$DB_DIR" >/dev/null 2>&1 || true
}
trap cleanup EXIT

bash "$TRAININGS_ROOT/dev/mariadb-packages.sh" || die "mariadb-server could not be installed"
bash "$TRAININGS_ROOT/dev/wiki.sh" stop "$NAME" >/dev/null 2>&1 || true
# Installed without delay (36 page saves each waiting for the replica would take minutes);
# the delay is set before the tests.
bash "$TRAININGS_ROOT/dev/replication.sh" reset "$DB_DIR" "$DB_PORT" 0 || die "MariaDB servers did not start"
bash "$TRAININGS_ROOT/dev/replication.sh" sql "$DB_DIR" ext1 "CREATE DATABASE trainings_ext"

# --- The wiki -------------------------------------------------------------------------------
rm -rf "$INSTANCE_DIR"
mkdir -p "$INSTANCE_DIR/images" "$INSTANCE_DIR/cache" "$INSTANCE_DIR/logs" "$INSTANCE_DIR/php.d"
log "Installing wiki '$NAME' on the primary 127.0.0.1:$DB_PORT"
(cd "$CORE_DIR" && timeout 300 php maintenance/install.php --dbtype mysql --dbserver "127.0.0.1:$DB_PORT" \
	--dbname "$DB_NAME" --dbuser wiki --dbpass wiki --installdbuser wiki --installdbpass wiki \
	--server "$SERVER" --scriptpath "" --confpath "$INSTANCE_DIR" --lang en --pass trainings-dev-password \
	"Trainings replication wiki" Admin >"$INSTANCE_DIR/logs/install.log" 2>&1) \
	|| { tail -n 30 "$INSTANCE_DIR/logs/install.log" >&2; die "install.php failed"; }
cat >>"$INSTANCE_DIR/LocalSettings.php" <<SETTINGS

# Added by tests/replication/run.sh: the settings of every development and test instance.
\$trainingsInstanceDir = '$INSTANCE_DIR';
\$trainingsRepoDir = '$TRAININGS_ROOT';
require '$TRAININGS_ROOT/dev/wiki/LocalSettings.shared.php';
SETTINGS
cat >"$INSTANCE_DIR/LocalSettings.local.php" <<SETTINGS
<?php
\$trainingsDbPort = $DB_PORT;
require '$TRAININGS_ROOT/dev/wiki/LocalSettings.replication.php';
SETTINGS
# update.php (the extension's tables on ext1) and the sample library, once the replica has
# the tables install.php made (maintenance scripts read from it too).
bash "$TRAININGS_ROOT/dev/replication.sh" sync "$DB_DIR"
timeout 600 bash "$TRAININGS_ROOT/dev/wiki.sh" ensure "$NAME" "$PORT" >"$INSTANCE_DIR/logs/ensure.log" 2>&1 \
	|| { tail -n 30 "$INSTANCE_DIR/logs/ensure.log" >&2; die "update.php or the import failed"; }
# ChronologyProtector's stash is APCu, shared by the web server's workers.
printf 'apc.enable_cli=1\n' >"$INSTANCE_DIR/php.d/apcu.ini"
PHP_INI_SCAN_DIR=":$INSTANCE_DIR/php.d" bash "$TRAININGS_ROOT/dev/wiki.sh" start "$NAME" "$PORT" \
	|| die "The wiki did not start"
# Tests begin with what was imported visible on the replica, which then lags.
bash "$TRAININGS_ROOT/dev/replication.sh" sync "$DB_DIR"
bash "$TRAININGS_ROOT/dev/replication.sh" delay "$DB_DIR" "$DELAY"
log "Wiki '$NAME' ready on $SERVER after $(( $(date +%s) - began )) s"

# --- Tests ------------------------------------------------------------------------------------
export TRAININGS_TEST_SERVER="$SERVER" TRAININGS_TEST_INSTANCE="$NAME" \
	TRAININGS_REPLICATION_DB_DIR="$DB_DIR" TRAININGS_REPLICATION_DELAY="$DELAY"
pass=0; fail=0; skipped=0
for group in "${TEST_GROUPS[@]}"; do
	out="$INSTANCE_DIR/logs/tests.tap"
	# shellcheck disable=SC2086 # the group is a list of files
	node --test --test-reporter=tap --test-concurrency=1 $group >"$out" 2>&1 || true
	# Node's own totals, renamed: the suite's totals below are the ones npm test reads.
	sed -E 's/^# (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) /# node \1 /' "$out"
	count() { sed -n "s/^# $1 \\([0-9]*\\)\$/\\1/p" "$out" | tail -n 1; }
	p=$(count pass); f=$(count fail); k=$(count skipped)
	pass=$((pass + ${p:-0})); fail=$((fail + ${f:-1})); skipped=$((skipped + ${k:-0}))
done

# --- Logs: PHP errors and transaction-profiler reports ---------------------------------------
if node "$TRAININGS_ROOT/dev/check-wiki-logs.mjs" "$INSTANCE_DIR"; then
	pass=$((pass + 1)); echo "ok - the replicated wiki's logs hold no error and no profiler report"
else
	fail=$((fail + 1)); echo "not ok - the replicated wiki's logs (above)"
fi
echo "# replication suite took $(( $(date +%s) - began )) s"
echo "# pass $pass"
echo "# fail $fail"
echo "# skipped $skipped"
[ "$fail" = 0 ]
