#!/usr/bin/env bash
# Verifies the extension on a real MariaDB server: installs Debian's mariadb-server
# and PHP's mysql driver when missing, starts a private mariadbd on a socket in a temporary
# folder (never the system service), installs a throwaway wiki on it, runs update.php, checks
# that the progress table exists, and does an API round trip as the admin (login, CSRF token,
# POST action=trainingprogress, read it back with meta=trainingprogress, reset it), then the
# update of a wiki whose progress table is still keyed by language version.
#
#   bash tests/mariadb/run.sh     (npm test -- mariadb runs it as the suite "mariadb")
#
# Environment: TRAININGS_MARIADB_PORT (default 8096) for the wiki's web server.
# Every step is time-bounded; the server, the wiki and the temporary folder are removed at exit.
source "$(dirname "$0")/../../dev/common.sh"

PORT="${TRAININGS_MARIADB_PORT:-8096}"
NAME="${TRAININGS_MARIADB_INSTANCE:-mariadb}"
INSTANCE_DIR="$WIKI_DIR/instances/$NAME"
ADMIN_USER="Admin"
ADMIN_PASS="trainings-dev-password"
DB_NAME="trainings_mariadb"
SERVER="http://127.0.0.1:$PORT"

pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok $((pass + fail)) - $*"; }
not_ok() { fail=$((fail + 1)); echo "not ok $((pass + fail)) - $*"; }

# --- Packages -------------------------------------------------------------------------------
bash "$TRAININGS_ROOT/dev/mariadb-packages.sh" || die "mariadb-server could not be installed"
MARIADBD=$(command -v mariadbd || echo /usr/sbin/mariadbd)

# --- Private server -------------------------------------------------------------------------
TMP=$(mktemp -d /tmp/trainings-mariadb.XXXXXX)
SOCK="$TMP/mariadb.sock"
DB_PID=""
cleanup() {
	bash "$TRAININGS_ROOT/dev/wiki.sh" stop "$NAME" >/dev/null 2>&1 || true
	if [ -n "$DB_PID" ] && kill -0 "$DB_PID" 2>/dev/null; then
		kill "$DB_PID" 2>/dev/null || true
		for _ in $(seq 1 100); do kill -0 "$DB_PID" 2>/dev/null || break; sleep 0.1; done
		kill -9 "$DB_PID" 2>/dev/null || true
	fi
	rm -rf "$TMP"
	# The wiki's database went with the server: keep its logs only when asked to.
	[ -n "${TRAININGS_KEEP_WIKI:-}" ] || rm -rf "$INSTANCE_DIR"
}
trap cleanup EXIT

run_as=()
if [ "$(id -u)" = 0 ]; then run_as=(--user=root); fi
log "Starting a private mariadbd in $TMP"
timeout 120 mariadb-install-db --no-defaults --datadir="$TMP/data" --auth-root-authentication-method=normal \
	--skip-test-db "${run_as[@]}" >"$TMP/install-db.log" 2>&1 || { cat "$TMP/install-db.log" >&2; die "mariadb-install-db failed"; }
"$MARIADBD" --no-defaults --datadir="$TMP/data" --socket="$SOCK" --skip-networking --pid-file="$TMP/mariadb.pid" \
	--log-error="$TMP/mariadb.err" --innodb-buffer-pool-size=64M "${run_as[@]}" </dev/null >/dev/null 2>&1 &
DB_PID=$!
for _ in $(seq 1 300); do
	mariadb-admin --no-defaults --socket="$SOCK" -uroot ping >/dev/null 2>&1 && break
	kill -0 "$DB_PID" 2>/dev/null || break
	sleep 0.1
done
mariadb-admin --no-defaults --socket="$SOCK" -uroot ping >/dev/null 2>&1 \
	|| { cat "$TMP/mariadb.err" >&2; die "mariadbd did not start"; }
ok "private mariadbd answers on $SOCK ($(mariadb --no-defaults --socket="$SOCK" -uroot -N -e 'SELECT VERSION()'))"
sql() { mariadb --no-defaults --socket="$SOCK" -uroot "$DB_NAME" -N -e "$1"; }

# --- Throwaway wiki -------------------------------------------------------------------------
bash "$TRAININGS_ROOT/dev/wiki.sh" stop "$NAME" >/dev/null 2>&1 || true
rm -rf "$INSTANCE_DIR"
mkdir -p "$INSTANCE_DIR/images" "$INSTANCE_DIR/cache" "$INSTANCE_DIR/logs"
log "Installing a wiki on MariaDB"
if (cd "$CORE_DIR" && timeout 300 php maintenance/install.php --dbtype mysql --dbserver "localhost:$SOCK" \
	--dbname "$DB_NAME" --dbuser root --dbpass "" --installdbuser root --installdbpass "" \
	--server "$SERVER" --scriptpath "" --confpath "$INSTANCE_DIR" --lang en --pass "$ADMIN_PASS" \
	"Trainings MariaDB wiki" "$ADMIN_USER" >"$INSTANCE_DIR/logs/install.log" 2>&1); then
	ok "install.php on MariaDB"
else
	tail -n 30 "$INSTANCE_DIR/logs/install.log" >&2
	not_ok "install.php on MariaDB"
	echo "# $pass passed, $fail failed"; exit 1
fi
cat >>"$INSTANCE_DIR/LocalSettings.php" <<SETTINGS

# Added by tests/mariadb/run.sh: the settings of every development and test instance.
\$trainingsInstanceDir = '$INSTANCE_DIR';
\$trainingsRepoDir = '$TRAININGS_ROOT';
require '$TRAININGS_ROOT/dev/wiki/LocalSettings.shared.php';
SETTINGS

if timeout 300 bash "$TRAININGS_ROOT/dev/wiki.sh" php "$NAME" maintenance/run.php update --quick \
	>"$INSTANCE_DIR/logs/update.log" 2>&1; then
	ok "update.php"
else
	tail -n 30 "$INSTANCE_DIR/logs/update.log" >&2
	not_ok "update.php"
fi
if grep -q "Creating trainings_progress table" "$INSTANCE_DIR/logs/update.log"; then
	ok "update.php created trainings_progress"
else
	not_ok "update.php created trainings_progress"
fi
columns=$(sql "SELECT GROUP_CONCAT(COLUMN_NAME ORDER BY ORDINAL_POSITION) FROM information_schema.COLUMNS
	WHERE TABLE_SCHEMA = '$DB_NAME' AND TABLE_NAME = 'trainings_progress'")
expected="tp_user,tp_wiki,tp_page,tp_last_lang,tp_step,tp_steps_done,tp_quizzes,tp_quiz_first,tp_quiz_passed,tp_layout,tp_completed,tp_updated"
if [ "$columns" = "$expected" ]; then ok "table has the columns of sql/tables.json"; else not_ok "columns: '$columns'"; fi
pk=$(sql "SELECT GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) FROM information_schema.STATISTICS
	WHERE TABLE_SCHEMA = '$DB_NAME' AND TABLE_NAME = 'trainings_progress' AND INDEX_NAME = 'PRIMARY'")
if [ "$pk" = "tp_user,tp_wiki,tp_page" ]; then ok "primary key (one row per learner and module)"; else not_ok "primary key: '$pk'"; fi
stats_pk=$(sql "SELECT GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) FROM information_schema.STATISTICS
	WHERE TABLE_SCHEMA = '$DB_NAME' AND TABLE_NAME = 'trainings_stats' AND INDEX_NAME = 'PRIMARY'")
if [ "$stats_pk" = "ts_wiki,ts_day,ts_page,ts_lang" ]; then ok "update.php created trainings_stats (primary key)"; else not_ok "trainings_stats primary key: '$stats_pk'"; fi
if timeout 120 bash "$TRAININGS_ROOT/dev/wiki.sh" php "$NAME" maintenance/run.php update --quick \
	>"$INSTANCE_DIR/logs/update2.log" 2>&1 && grep -q "trainings_progress table already exists" "$INSTANCE_DIR/logs/update2.log"; then
	ok "a second update.php leaves the table alone"
else
	not_ok "a second update.php"
fi

# A module: three steps, one quiz.
module_text=$'{{#training: | summary = A module on MariaDB }}\nIntroduction.\n\n== One ==\nFirst.\n\n== Two ==\nSecond.\n<trainingquiz>\n? Right?\n+ Yes\n- No\n</trainingquiz>\n\n== Three ==\nThird.\n'
if printf '%s' "$module_text" | timeout 120 bash "$TRAININGS_ROOT/dev/wiki.sh" php "$NAME" maintenance/run.php edit \
	--user "$ADMIN_USER" --summary "MariaDB test module" "Training:MariaDB module" >"$INSTANCE_DIR/logs/edit.log" 2>&1; then
	ok "saved Training:MariaDB module"
else
	cat "$INSTANCE_DIR/logs/edit.log" >&2
	not_ok "saved Training:MariaDB module"
fi
steps=$(sql "SELECT pp_value FROM page_props JOIN page ON pp_page = page_id
	WHERE page_namespace = 1640 AND page_title = 'MariaDB_module' AND pp_propname = 'trainings-steps'")
if [ "$steps" = "3" ]; then ok "page property trainings-steps = 3"; else not_ok "trainings-steps: '$steps'"; fi

# --- API round trip ---------------------------------------------------------------------------
timeout 60 bash "$TRAININGS_ROOT/dev/wiki.sh" start "$NAME" "$PORT" || die "The MariaDB wiki did not start"
jar="$TMP/cookies"
api() { curl -sS --max-time 30 -b "$jar" -c "$jar" "$@"; }
json() { php -r '$d = json_decode( stream_get_contents( STDIN ), true ); $v = $d;
	foreach ( array_slice( $argv, 1 ) as $k ) { $v = is_array( $v ) && array_key_exists( $k, $v ) ? $v[$k] : null; }
	echo is_string( $v ) ? $v : json_encode( $v );' -- "$@"; }

login_token=$(api "$SERVER/api.php?action=query&meta=tokens&type=login&format=json&formatversion=2" | json query tokens logintoken)
login=$(api -X POST "$SERVER/api.php" --data-urlencode "action=login" --data-urlencode "lgname=$ADMIN_USER" \
	--data-urlencode "lgpassword=$ADMIN_PASS" --data-urlencode "lgtoken=$login_token" \
	--data-urlencode "format=json" --data-urlencode "formatversion=2" | json login result)
if [ "$login" = "Success" ]; then ok "logged in as $ADMIN_USER"; else not_ok "login: $login"; fi
csrf=$(api "$SERVER/api.php?action=query&meta=tokens&format=json&formatversion=2" | json query tokens csrftoken)
record() {
	api -X POST "$SERVER/api.php" --data-urlencode "action=trainingprogress" \
		--data-urlencode "module=Training:MariaDB module" --data-urlencode "token=$csrf" \
		--data-urlencode "format=json" --data-urlencode "formatversion=2" "$@"
}
out=$(record --data-urlencode "step=2" --data-urlencode "stepsdone=1" --data-urlencode "quizzes=1:right:1")
if [ "$(json trainingprogress result <<<"$out")" = "Success" ] && [ "$(json trainingprogress stepsdone <<<"$out")" = "[1,2]" ]; then
	ok "POST action=trainingprogress"
else
	not_ok "POST action=trainingprogress: $out"
fi
out2=$(record --data-urlencode "step=2" --data-urlencode "stepsdone=1" --data-urlencode "quizzes=1:right:1")
if [ "$(json trainingprogress updated <<<"$out2")" = "$(json trainingprogress updated <<<"$out")" ] \
	&& [ "$(sql 'SELECT COUNT(*) FROM trainings_progress')" = "1" ]; then
	ok "the same POST again changes nothing (one row)"
else
	not_ok "idempotency: $out2"
fi
# No "complete" flag: the server completes the module once every step was seen and every quiz right.
out=$(record --data-urlencode "step=3")
if [ "$(json trainingprogress completed <<<"$out")" = "true" ]; then ok "completed by the server"; else not_ok "completion: $out"; fi
out=$(record --data-urlencode "step=9")
if [ "$(json error code <<<"$out")" = "badstep" ]; then ok "step out of range: badstep"; else not_ok "badstep: $out"; fi
out=$(api "$SERVER/api.php?action=query&meta=trainingprogress&format=json&formatversion=2")
if [ "$(json query trainingprogress modules 0 module <<<"$out")" = "Training:MariaDB module" ] \
	&& [ "$(json query trainingprogress modules 0 step <<<"$out")" = "3" ] \
	&& [ "$(json query trainingprogress modules 0 completed <<<"$out")" = "true" ]; then
	ok "meta=trainingprogress reads it back"
else
	not_ok "meta=trainingprogress: $out"
fi
row=$(sql "SELECT CONCAT_WS(' ', tp_step, tp_steps_done, tp_quizzes, tp_completed IS NOT NULL) FROM trainings_progress")
if [ "$row" = "3 111 r 1" ]; then ok "row in MariaDB: $row"; else not_ok "row in MariaDB: '$row'"; fi
stats=$(sql "SELECT CONCAT_WS(' ', SUM(ts_starts), SUM(ts_completions), SUM(ts_quiz_answers), SUM(ts_quiz_right)) FROM trainings_stats")
if [ "$stats" = "1 1 1 1" ]; then ok "trainings_stats counted one start, one completion, one right quiz answer"; else not_ok "trainings_stats: '$stats'"; fi
first=$(sql "SELECT CONCAT_WS(' ', tp_quiz_first, tp_quiz_passed) FROM trainings_progress")
quiz_stats=$(sql "SELECT CONCAT_WS(' ', tqs_quiz, SUM(tqs_learners), SUM(tqs_first_right)) FROM trainings_quiz_stats GROUP BY tqs_quiz")
if [ "$first" = "r 1" ] && [ "$quiz_stats" = "1 1 1" ]; then
	ok "first try stored (tp_quiz_first, tp_quiz_passed) and counted per question (trainings_quiz_stats)"
else
	not_ok "first tries: '$first', per question: '$quiz_stats'"
fi
out=$(api -X POST "$SERVER/api.php" --data-urlencode "action=trainingprogressreset" --data-urlencode "all=1" \
	--data-urlencode "token=$csrf" --data-urlencode "format=json" --data-urlencode "formatversion=2")
if [ "$(json trainingprogressreset deleted <<<"$out")" = "1" ] && [ "$(sql 'SELECT COUNT(*) FROM trainings_progress')" = "0" ]; then
	ok "action=trainingprogressreset"
else
	not_ok "reset: $out"
fi
# --- Update of a wiki whose progress was keyed by language version ---------------------------
# The first schema's table with a learner's rows in three versions of one module (and rows that
# must stay apart: another module, another wiki), then update.php.
sql "DROP TABLE trainings_progress"
sed 's|/\*_\*/||' "$TRAININGS_ROOT/tests/mariadb/progress-by-language.sql" \
	| mariadb --no-defaults --socket="$SOCK" -uroot "$DB_NAME"
page=$(sql "SELECT page_id FROM page WHERE page_namespace = 1640 AND page_title = 'MariaDB_module'")
sql "INSERT INTO trainings_progress VALUES
	(1, '$DB_NAME', $page, 'en', 2, '11', 'w', NULL, '20250101000000'),
	(1, '$DB_NAME', $page, 'de', 1, '1', 'p', '20250102000000', '20250102000000'),
	(1, '$DB_NAME', $page, 'fr', 3, '011', 'r-', '20250104000000', '20250103000000'),
	(1, '$DB_NAME', $((page + 1000)), 'en', 1, '1', '', NULL, '20250101000000'),
	(1, 'otherwiki', $page, 'fr', 1, '1', '', NULL, '20250101000000')"
if timeout 300 bash "$TRAININGS_ROOT/dev/wiki.sh" php "$NAME" maintenance/run.php update --quick \
	>"$INSTANCE_DIR/logs/update3.log" 2>&1 && grep -q "Keying trainings_progress by module.*5 rows became 3" "$INSTANCE_DIR/logs/update3.log"; then
	ok "update.php keys old progress by module (5 rows became 3)"
else
	tail -n 20 "$INSTANCE_DIR/logs/update3.log" >&2
	not_ok "update.php on the old progress table"
fi
pk=$(sql "SELECT GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) FROM information_schema.STATISTICS
	WHERE TABLE_SCHEMA = '$DB_NAME' AND TABLE_NAME = 'trainings_progress' AND INDEX_NAME = 'PRIMARY'")
index=$(sql "SELECT GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) FROM information_schema.STATISTICS
	WHERE TABLE_SCHEMA = '$DB_NAME' AND TABLE_NAME = 'trainings_progress' AND INDEX_NAME = 'tp_user_updated'")
if [ "$pk" = "tp_user,tp_wiki,tp_page" ] && [ "$index" = "tp_user,tp_wiki,tp_updated" ]; then
	ok "after the update: primary key $pk, index tp_user_updated"
else
	not_ok "after the update: primary key '$pk', index '$index'"
fi
# Steps seen united, best quiz outcome, earliest completion; step and language of the latest row.
row=$(sql "SELECT CONCAT_WS(' ', tp_last_lang, tp_step, tp_steps_done, tp_quizzes, tp_completed, tp_updated)
	FROM trainings_progress WHERE tp_user = 1 AND tp_wiki = '$DB_NAME' AND tp_page = $page")
if [ "$row" = "fr 3 111 r 20250102000000 20250103000000" ]; then ok "merged row: $row"; else not_ok "merged row: '$row'"; fi
columns=$(sql "SELECT GROUP_CONCAT(COLUMN_NAME ORDER BY ORDINAL_POSITION) FROM information_schema.COLUMNS
	WHERE TABLE_SCHEMA = '$DB_NAME' AND TABLE_NAME = 'trainings_progress'")
if [ "$columns" = "$expected" ]; then ok "after the update: the columns of sql/tables.json (first tries and step layouts added)"; else not_ok "columns after the update: '$columns'"; fi
if [ "$(sql 'SELECT COUNT(*) FROM trainings_progress')" = "3" ]; then ok "other modules and wikis kept apart"; else not_ok "rows: $(sql 'SELECT COUNT(*) FROM trainings_progress')"; fi
out=$(api "$SERVER/api.php?action=query&meta=trainingprogress&format=json&formatversion=2")
if [ "$(json query trainingprogress modules 0 language <<<"$out")" = "fr" ] \
	&& [ "$(json query trainingprogress modules 0 stepsdone <<<"$out")" = "[1,2,3]" ]; then
	ok "meta=trainingprogress reads the merged progress"
else
	not_ok "meta=trainingprogress after the update: $out"
fi
if timeout 120 bash "$TRAININGS_ROOT/dev/wiki.sh" php "$NAME" maintenance/run.php update --quick \
	>"$INSTANCE_DIR/logs/update4.log" 2>&1 && grep -q "already keyed by module" "$INSTANCE_DIR/logs/update4.log"; then
	ok "another update.php leaves the keyed table alone"
else
	not_ok "update.php after the migration"
fi
# --- Update of a wiki whose certificate and group tables predate group certificates and reminders
sql "DROP TABLE trainings_certificate, trainings_group, trainings_group_member"
sed 's|/\*_\*/||' "$TRAININGS_ROOT/tests/mariadb/groups-before-reminders.sql" \
	| mariadb --no-defaults --socket="$SOCK" -uroot "$DB_NAME"
sql "INSERT INTO trainings_certificate (tc_code, tc_wiki, tc_user, tc_page, tc_name, tc_lang, tc_completed)
	VALUES ('oldcode', '$DB_NAME', 1, $page, '', 'en', '20250101000000')"
if timeout 300 bash "$TRAININGS_ROOT/dev/wiki.sh" php "$NAME" maintenance/run.php update --quick \
	>"$INSTANCE_DIR/logs/update5.log" 2>&1; then
	ok "update.php on certificate and group tables before group certificates and reminders"
else
	tail -n 20 "$INSTANCE_DIR/logs/update5.log" >&2
	not_ok "update.php on the old certificate and group tables"
fi
index=$(sql "SELECT GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX) FROM information_schema.STATISTICS
	WHERE TABLE_SCHEMA = '$DB_NAME' AND TABLE_NAME = 'trainings_certificate' AND INDEX_NAME = 'tc_user_page'")
row=$(sql "SELECT CONCAT_WS(' ', tc_code, tc_page, tc_group, CONCAT('[', tc_group_name, ']'), CONCAT('[', tc_group_items, ']'))
	FROM trainings_certificate")
added=$(sql "SELECT GROUP_CONCAT(COLUMN_NAME ORDER BY TABLE_NAME) FROM information_schema.COLUMNS
	WHERE TABLE_SCHEMA = '$DB_NAME' AND COLUMN_NAME IN ('tg_remind', 'tgm_reminded')")
if [ "$index" = "tc_user,tc_wiki,tc_page,tc_group" ] && [ "$row" = "oldcode $page 0 [] []" ] \
	&& [ "$added" = "tg_remind,tgm_reminded" ]; then
	ok "after the update: tc_group in tc_user_page, the old certificate kept, tg_remind and tgm_reminded"
else
	not_ok "after the update: index '$index', row '$row', columns '$added'"
fi

for f in exception.log error.log php-error.log; do
	if [ -s "$INSTANCE_DIR/logs/$f" ]; then not_ok "wiki log $f is not empty"; tail -n 20 "$INSTANCE_DIR/logs/$f" >&2; fi
done

# --- The PHPUnit suite on MariaDB ----------------------------------------------------------------
# Core clones the wiki's tables as temporary unittest_ tables on this server, as on SQLite.
if [ "${TRAININGS_MARIADB_PHPUNIT:-1}" != 0 ]; then
	bash "$TRAININGS_ROOT/dev/wiki.sh" stop "$NAME" >/dev/null 2>&1 || true
	# One run per test folder: each gets a fresh clone of the tables, and one folder's trouble
	# (a lost temporary table at teardown) cannot hide the others' results.
	# The unit suite by name: core's bootstrap needs a test suite, not a folder, to run it alone.
	parts=("unit")
	for path in "$TRAININGS_ROOT"/tests/phpunit/integration/*; do
		if [ -d "$path" ] || [[ "$path" == *Test.php ]]; then parts+=("$path"); fi
	done
	total=0; failed=0; skipped=0; broken=()
	: >"$INSTANCE_DIR/logs/phpunit.log"
	: >"$INSTANCE_DIR/logs/phpunit-skipped.txt"
	for part in "${parts[@]}"; do
		junit="$INSTANCE_DIR/logs/phpunit-$(basename "$part" .php).junit.xml"
		rm -f "$junit"
		target=("$part")
		[ "$part" = unit ] && target=(--testsuite unit)
		TRAININGS_FUZZ_SECONDS="${TRAININGS_FUZZ_SECONDS:-20}" timeout 1500 \
			bash "$TRAININGS_ROOT/dev/phpunit.sh" --instance "$NAME" --log-junit "$junit" ${TRAININGS_MARIADB_PHPUNIT_ARGS:-} \
			"${target[@]}" >>"$INSTANCE_DIR/logs/phpunit.log" 2>&1 || true
		counts=$(php -r '$x = @simplexml_load_file( $argv[1] );
			if ( !$x || !isset( $x->testsuite[0] ) ) { exit( 1 ); }
			$s = $x->testsuite[0];
			echo (int)$s["tests"], " ", (int)$s["failures"] + (int)$s["errors"], " ", (int)$s["skipped"];' -- "$junit") \
			|| { broken+=("$(basename "$part")"); continue; }
		read -r t f k <<<"$counts"
		total=$((total + t)); failed=$((failed + f)); skipped=$((skipped + k))
		# Name each skipped test (and why), so that a summary never hides what did not run.
		php -r '$x = @simplexml_load_file( $argv[1] );
			foreach ( $x ? $x->xpath( "//testcase[skipped]" ) : [] as $c ) {
				echo (string)$c["class"] === "" ? $c["name"] : $c["class"] . "::" . $c["name"], ": ",
					trim( (string)$c->skipped ) ?: "no reason given", "\n";
			}' -- "$junit" >>"$INSTANCE_DIR/logs/phpunit-skipped.txt" || true
	done
	if [ "${#broken[@]}" -gt 0 ]; then
		not_ok "PHPUnit on MariaDB: no JUnit report from ${broken[*]}"
	fi
	if [ "$failed" = 0 ] && [ "$total" -gt 0 ]; then
		ok "PHPUnit on MariaDB: $total tests, none failed ($skipped skipped)"
		sed 's/^/# skipped on MariaDB: /' "$INSTANCE_DIR/logs/phpunit-skipped.txt"
	else
		not_ok "PHPUnit on MariaDB: $failed of $total tests failed"
		grep -E '^[0-9]+\) ' "$INSTANCE_DIR/logs/phpunit.log" | head -n 40 >&2 || true
	fi
fi

echo "# pass $pass"
echo "# fail $fail"
[ "$fail" = 0 ]
