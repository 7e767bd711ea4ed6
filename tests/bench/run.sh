#!/bin/sh
# make bench: complete staff survey submissions per second, measured with
# wrk on loopback, next to nginx serving a static file of the same size in
# the same run (DESIGN.md: "ratios against nginx serving a static file").
#
#   1. a fresh stack in $VAR on $PORT (deploy/stack.sh), the bench survey
#      (tests/bench/bench.survey: one section, 30 questions) imported, open
#      waves of it for all staff, and $BENCH_PEOPLE generated staff, each
#      with a session minted by `chorusctl user session`;
#   2. a copy of the rendered 30-question page, served as a plain file by a
#      second nginx with the same worker settings on $PORT+1;
#   3. wrk on that file, on /healthz (the cost of any dynamic request with
#      no work in it), on the section page alone, then wrk with
#      tests/bench/submit.lua: every
#      connection is one person at a time doing GET form, POST answers,
#      GET check page, POST submit;
#   4. the database checked afterwards: every counted submission stored
#      exactly once, with all its answers;
#   5. a short table on stdout and in $VAR/bench.txt. The stack is stopped
#      whatever happens.
#
# Env: TOP, BUILD, VAR (must end in bench-stack: it is deleted first), PORT
# (8088; the static baseline uses PORT+1), BENCH_SECONDS (20 per wrk run),
# BENCH_CONNS (8: wrk threads, one connection each), BENCH_PEOPLE (2000),
# BENCH_MAX_RATE (5000: submissions/s the waves are sized for; more waves
# are opened so that no person would have to submit twice to one wave),
# BENCH_DB_POOL (6G: the stack's InnoDB buffer pool).
set -eu

TOP=${TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
BUILD=${BUILD:-$TOP/build}
VAR=${VAR:-$TOP/var/bench-stack}
PORT=${PORT:-8088}
SECS=${BENCH_SECONDS:-20}
CONNS=${BENCH_CONNS:-8}
PEOPLE=${BENCH_PEOPLE:-2000}
MAX_RATE=${BENCH_MAX_RATE:-5000}
POOL=${BENCH_DB_POOL:-6G}
cd "$TOP"

for _v in "$PORT" "$SECS" "$CONNS" "$PEOPLE" "$MAX_RATE"; do
	case $_v in
	''|*[!0-9]*|0) echo "bench: PORT and BENCH_* must be positive numbers" >&2; exit 2 ;;
	esac
done
case $POOL in
''|*[!0-9MG]*) echo "bench: BENCH_DB_POOL is a size such as 6G or 512M" >&2; exit 2 ;;
esac
[ "$PEOPLE" -le 99999 ] || { echo "bench: BENCH_PEOPLE is at most 99999" >&2; exit 2; }
SPORT=$((PORT + 1))
URL=http://127.0.0.1:$PORT
SURL=http://127.0.0.1:$SPORT
CONF=$VAR/chorus.conf
SDIR=$VAR/nginx-static
SPID=$VAR/run/nginx-static.pid
OUT=$VAR/bench.txt
LOGS=$VAR/log

say() { printf 'bench: %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

# The dev stack's rollup loop runs once at the start and then waits a day:
# the Insights part rolls up by itself, and times it, so the loop must not
# take its responses first. The 24 million generated answers are about 3 GB
# of rows and indexes: with the dev stack's 256 MB buffer pool, generating
# them is random I/O for most of an hour. The pages measured read only the
# rollup tables, which fit either way.
stack() {
	VAR=$VAR PORT=$PORT BUILD=$BUILD ROLLUP_SECONDS=86400 DB_BUFFER_POOL=$POOL \
	    sh "$TOP/deploy/stack.sh" "$@"
}

sql() {
	mariadb --no-defaults -S "$VAR/run/mysqld.sock" -N -B chorus "$@"
}

# The static nginx, if it is ours and running.
static_stop() {
	[ -f "$SPID" ] || return 0
	_pid=$(sed -n '1{s/[^0-9]//g;p;}' "$SPID")
	if [ -n "$_pid" ] && [ "$(cat "/proc/$_pid/comm" 2>/dev/null)" = nginx ]; then
		kill -QUIT "$_pid" 2>/dev/null || true
		_n=0
		while kill -0 "$_pid" 2>/dev/null && [ "$_n" -lt 100 ]; do
			sleep 0.1
			_n=$((_n + 1))
		done
		if kill -0 "$_pid" 2>/dev/null; then
			kill -KILL "$_pid" 2>/dev/null || true
		fi
	fi
	rm -f "$SPID"
}

# shellcheck disable=SC2317  # called from the EXIT trap
cleanup() {
	_status=$?
	trap - EXIT
	if [ -n "${started:-}" ]; then
		say "stopping the stack"
		static_stop || true
		stack stop >/dev/null 2>&1 || stack stop >&2 || true
	fi
	exit "$_status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

command -v wrk >/dev/null || die "wrk is missing: run make deps"

# ---- 1. a fresh stack ----------------------------------------------------

case $VAR in
*bench-stack|*bench-stack/) ;;
*) die "refusing to delete VAR=$VAR (must end in bench-stack)" ;;
esac
# A stack left running in $VAR (an interrupted run) is stopped first: its
# pid files are about to be deleted.
static_stop || true
stack stop >/dev/null 2>&1 || true
rm -rf "$VAR"
say "starting a fresh stack in $VAR on port $PORT"
started=1
mkdir -p "$VAR"
if ! stack start >"$VAR/stack-start.txt" 2>&1; then
	cat "$VAR/stack-start.txt" >&2
	die "the stack did not start"
fi

"$BUILD/chorusctl" --config "$CONF" survey import tests/bench/bench.survey

# Enough (person, wave) pairs for BENCH_MAX_RATE submissions a second:
# each person can take part once per wave.
WAVES=$(( (SECS * MAX_RATE + PEOPLE - 1) / PEOPLE ))
sql -e "
INSERT INTO wave (survey_version_id, title, opens_at, closes_at, population, threshold)
SELECT v.id, CONCAT('Benchmark wave ', seq),
	UTC_TIMESTAMP() - INTERVAL 1 DAY, UTC_TIMESTAMP() + INTERVAL 1 DAY, 'all', 5
FROM survey s JOIN survey_version v ON v.survey_id = s.id AND v.version = 1
JOIN seq_1_to_$WAVES
WHERE s.slug = 'bench'
ORDER BY seq;

INSERT INTO staff (staff_no, username, display_name, job_title, team_id,
    roles, password_hash, started_on)
SELECT CONCAT('BENCH-', LPAD(seq, 5, '0')), CONCAT('bench', LPAD(seq, 5, '0')),
	CONCAT('Bench Person ', seq), 'Social worker',
	(SELECT MIN(id) FROM team WHERE closed_on IS NULL), 'staff', '!', UTC_DATE()
FROM seq_1_to_$PEOPLE;"
WAVE_IDS=$(sql -e "SELECT GROUP_CONCAT(id ORDER BY id) FROM wave
    WHERE title LIKE 'Benchmark wave %'")
case $WAVE_IDS in
''|NULL) die "no benchmark waves" ;;
esac
FIRST_WAVE=${WAVE_IDS%%,*}
say "$WAVES open waves (ids $FIRST_WAVE to ${WAVE_IDS##*,}), $PEOPLE people"

# One session per person. chorusctl connects, inserts and commits for
# each: a few milliseconds, so mint in parallel batches.
TOKENS=$VAR/tokens.txt
TOKDIR=$VAR/tokens.d
mkdir -p "$TOKDIR"
_t0=$(date +%s)
# shellcheck disable=SC2016  # expanded by the inner sh
seq -f 'bench%05g' 1 "$PEOPLE" |
    xargs -n 100 -P 3 sh -c '
	out=$1/$4.txt ctl=$2 conf=$3
	shift 3
	for u; do
		t=$("$ctl" --config "$conf" user session "$u" 2>"$out.err") || {
			cat "$out.err" >&2; exit 255; }
		printf "%s %s\n" "$u" "$t"
	done >"$out"
	rm -f "$out.err"' sh "$TOKDIR" "$BUILD/chorusctl" "$CONF" ||
    die "chorusctl user session failed"
cat "$TOKDIR"/*.txt >"$TOKENS"
rm -rf "$TOKDIR"
[ "$(wc -l <"$TOKENS")" -eq "$PEOPLE" ] || die "expected $PEOPLE sessions in $TOKENS"
say "minted $PEOPLE sessions in $(($(date +%s) - _t0)) s"

# ---- 2. the static baseline ----------------------------------------------

# The first page of the survey as the first person sees it, saved as a
# plain file. A GET stores nothing, so that person can still take part.
mkdir -p "$SDIR/html" "$SDIR/tmp"
_tok=$(sed -n '1s/^[^ ]* \([^ ]*\) .*/\1/p' "$TOKENS")
_code=$(curl -s -o "$SDIR/html/section.html" -w '%{http_code}' \
    -b "chorus_session=$_tok" "$URL/survey/$FIRST_WAVE/s/1")
[ "$_code" = 200 ] || die "GET /survey/$FIRST_WAVE/s/1 answered $_code"
SIZE=$(wc -c <"$SDIR/html/section.html")

# Only the worker settings and the logging of deploy/nginx/dev.conf.in,
# and the headers it adds to its own static files.
_user="# user: not root, the workers run as $(id -un)"
[ "$(id -u)" -ne 0 ] || _user="user root;"
cat >"$SDIR/nginx.conf" <<EOF
# The static baseline of make bench (tests/bench/run.sh): one file, the
# same worker settings as $VAR/nginx/nginx.conf.
$_user
daemon on;
worker_processes 2;
pid $SPID;
error_log $LOGS/nginx-static-error.log warn;
events {
	worker_connections 512;
}
http {
	include /etc/nginx/mime.types;
	default_type application/octet-stream;
	server_tokens off;
	sendfile on;
	keepalive_timeout 30s;
	client_body_temp_path $SDIR/tmp;
	fastcgi_temp_path $SDIR/tmp;
	proxy_temp_path $SDIR/tmp;
	uwsgi_temp_path $SDIR/tmp;
	scgi_temp_path $SDIR/tmp;
	log_format chorus '\$remote_addr [\$time_iso8601] "\$request_method \$uri" '
	    '\$status \$body_bytes_sent \$request_time';
	access_log $LOGS/nginx-static-access.log chorus buffer=64k flush=1s;
	server {
		listen 127.0.0.1:$SPORT;
		root $SDIR/html;
		charset utf-8;
		add_header Cache-Control "no-store" always;
		add_header X-Content-Type-Options nosniff always;
		add_header X-Frame-Options DENY always;
		add_header Referrer-Policy same-origin always;
	}
}
EOF
nginx -q -t -p "$SDIR" -c "$SDIR/nginx.conf" -e "$LOGS/nginx-static-error.log" ||
    die "bad static nginx configuration"
nginx -p "$SDIR" -c "$SDIR/nginx.conf" -e "$LOGS/nginx-static-error.log" ||
    die "the static nginx did not start on $SURL"
_code=$(curl -s -o /dev/null -w '%{http_code}' "$SURL/section.html")
[ "$_code" = 200 ] || die "static GET answered $_code"

# ---- 3. the runs -----------------------------------------------------------

# The machine may be shared: note how much of its CPU went to processes
# other than this bench's (the stack, the static nginx, and wrk, which this
# shell waits for) while each run lasted.
# cpu_total: busy and all ticks of every core since boot.
cpu_total() {
	awk '/^cpu / { b = $2 + $3 + $4 + $7 + $8 + $9; print b, b + $5 + $6 }' /proc/stat
}
# cpu_ours: ticks used so far by the stack, the static nginx and this
# shell's finished children (wrk).
cpu_ours() {
	_pids="$$"
	for _f in "$VAR/run/mysqld.pid" "$VAR/run/nginx.pid" "$SPID" \
	    "$VAR/run/staff.pid" "$VAR/run/voice.pid" "$VAR/run/insights.pid" \
	    "$VAR/run/admin.pid"; do
		_p=$(sed -n '1{s/[^0-9]//g;p;}' "$_f" 2>/dev/null) || continue
		[ -n "$_p" ] || continue
		_pids="$_pids $_p $(pgrep -P "$_p" | tr '\n' ' ')"
	done
	for _p in $_pids; do
		# the fields after "(comm)": utime stime cutime cstime are 12-15;
		# only this shell counts its children (wrk, curl, the mariadb client)
		sed 's/^.*) //' "/proc/$_p/stat" 2>/dev/null |
		    awk -v self="$([ "$_p" = $$ ] && echo 1)" \
		    '{ print self ? $14 + $15 : $12 + $13 }'
	done | awk '{ s += $1 } END { print s + 0 }'
}
# others_pct BEFORE_TOTAL BEFORE_OURS AFTER_TOTAL AFTER_OURS
others_pct() {
	awk -v b0="${1% *}" -v a0="${1#* }" -v o0="$2" \
	    -v b1="${3% *}" -v a1="${3#* }" -v o1="$4" 'BEGIN {
		all = a1 - a0; other = (b1 - b0) - (o1 - o0)
		if (other < 0) other = 0
		printf "%.0f", (all > 0 ? 100 * other / all : 0) }'
}

# wrk_rps NAME WHAT URL [wrk options...]: $CONNS connections for $SECS s
# on URL, output in $LOGS/wrk-NAME.txt; every answer must be a 2xx. Sets
# RPS to the Requests/sec figure.
wrk_rps() {
	_name=$1 _what=$2 _url=$3
	shift 3
	say "wrk: $_what, $CONNS threads x 1 connection, $SECS s"
	wrk -t "$CONNS" -c "$CONNS" -d "${SECS}s" --latency "$@" "$_url" \
	    >"$LOGS/wrk-$_name.txt"
	grep -q 'Non-2xx' "$LOGS/wrk-$_name.txt" &&
	    die "wrk, $_what: some answers were not 2xx ($LOGS/wrk-$_name.txt)"
	RPS=$(sed -n 's/^Requests\/sec: *//p' "$LOGS/wrk-$_name.txt")
	[ -n "$RPS" ] || die "wrk, $_what: no Requests/sec ($LOGS/wrk-$_name.txt)"
}

# A few requests first, so both servers have their files and statements warm.
wrk -t 1 -c 1 -d 1s "$SURL/section.html" >/dev/null

_t0=$(cpu_total) _o0=$(cpu_ours)
wrk_rps static "static file, $SIZE bytes" "$SURL/section.html"
OTHERS_STATIC=$(others_pct "$_t0" "$_o0" "$(cpu_total)" "$(cpu_ours)")
STATIC_RPS=$RPS
cat "$LOGS/wrk-static.txt"

# The floor under every dynamic request: nginx, FastCGI and a worker that
# answers /healthz without the database or a template. No flow of N
# requests can complete faster than this figure / N.
wrk_rps healthz "an empty dynamic request (/healthz)" "$URL/healthz"
EMPTY_RPS=$RPS

# The section page alone, GET after GET for one person (a GET writes
# nothing): what the first step of the flow costs with no writes beside it.
wrk_rps page "the section page alone" "$URL/survey/$FIRST_WAVE/s/1" \
    -H "Cookie: chorus_session=$_tok"
PAGE_RPS=$RPS

say "wrk: complete submissions, $CONNS threads x 1 connection (one person at a time each), $SECS s"
_t0=$(cpu_total) _o0=$(cpu_ours)
RESULT=$VAR/submit-result.txt
wrk -t "$CONNS" -c "$CONNS" -d "${SECS}s" --timeout 10s --latency \
    -s tests/bench/submit.lua "$URL" -- "$TOKENS" "$WAVE_IDS" "$URL" "$CONNS" \
    "$RESULT" |
    tee "$LOGS/wrk-survey.txt"
OTHERS_SURVEY=$(others_pct "$_t0" "$_o0" "$(cpu_total)" "$(cpu_ours)")
[ -s "$RESULT" ] || die "submit.lua wrote no results"
val() {
	sed -n "s|^bench: $1 ||p" "$RESULT"
}
SURVEY_RPS=$(val 'requests/s')
SUBS=$(val submissions)
SUBS_PS=$(val 'submissions/s')
INFLIGHT=$(val submits_in_flight)
TEXTS=$(val with_comment)
ERRORS=$(val errors)
ALREADY=$(val already)
EXHAUSTED=$(val exhausted)
SOCKERR=$(val socket_errors)

# ---- 4. exactly once -------------------------------------------------------

# A submit still on the wire when wrk stopped may yet be stored: wait for
# the programs to finish it, then count.
sleep 1
W="wave_id IN ($WAVE_IDS)"
# shellcheck disable=SC2046  # six numbers
set -- $(sql -e "
SELECT
 (SELECT COUNT(*) FROM participation WHERE $W),
 (SELECT COUNT(*) FROM response WHERE $W),
 (SELECT COUNT(*) FROM answer a JOIN response r ON r.id = a.response_id
   JOIN question q ON q.id = a.question_id WHERE r.$W AND q.kind <> 'text'),
 (SELECT COUNT(*) FROM answer a JOIN response r ON r.id = a.response_id
   JOIN question q ON q.id = a.question_id WHERE r.$W AND q.kind = 'text'),
 (SELECT COUNT(*) FROM (SELECT r.id FROM response r
   LEFT JOIN answer a ON a.response_id = r.id WHERE r.$W
   GROUP BY r.id HAVING COUNT(a.question_id) NOT IN (29, 30)) odd),
 (SELECT COUNT(*) FROM survey_draft d JOIN participation p
   ON p.wave_id = d.wave_id AND p.staff_id = d.staff_id WHERE d.$W)")
DB_PART=$1 DB_RESP=$2 DB_ANS=$3 DB_TEXT=$4 DB_ODD=$5 DB_DRAFTS=$6

CHECKS=$VAR/checks.txt
: >"$CHECKS"
bad=0
# check WHAT TEST...: run the test command, note ok or FAIL.
check() {
	_what=$1
	shift
	if "$@"; then
		printf '  ok    %s\n' "$_what" >>"$CHECKS"
	else
		printf '  FAIL  %s\n' "$_what" >>"$CHECKS"
		bad=$((bad + 1))
	fi
}
between() {
	[ "$1" -ge "$2" ] && [ "$1" -le "$3" ]
}
check "participations = responses ($DB_PART = $DB_RESP)" \
    [ "$DB_PART" -eq "$DB_RESP" ]
check "responses = counted submissions ($DB_RESP stored, $SUBS counted, up to $INFLIGHT more cut off by the end of the run)" \
    between "$DB_RESP" "$SUBS" $((SUBS + INFLIGHT))
check "answers to the 29 closed questions = 29 x responses ($DB_ANS)" \
    [ "$DB_ANS" -eq $((29 * DB_RESP)) ]
check "optional comments stored = comments in counted submissions ($DB_TEXT stored, $TEXTS counted)" \
    between "$DB_TEXT" "$TEXTS" $((TEXTS + INFLIGHT))
check "every response has 29 or 30 answers ($DB_ODD others)" [ "$DB_ODD" -eq 0 ]
check "no draft left behind a submission ($DB_DRAFTS)" [ "$DB_DRAFTS" -eq 0 ]
check "no unexpected answer and no socket error ($ERRORS unexpected, of which $ALREADY \"already sent\"; $SOCKERR socket errors)" \
    [ "$((ERRORS + SOCKERR))" -eq 0 ]
check "enough people and waves for the whole run" [ "$EXHAUSTED" -eq 0 ]

# ---- 5. the table ------------------------------------------------------------

RATIO=$(awk -v a="$SURVEY_RPS" -v b="$STATIC_RPS" 'BEGIN { printf "%.3f", a / b }')
SUB_RATIO=$(awk -v a="$SUBS_PS" -v b="$STATIC_RPS" 'BEGIN { printf "%.4f", a / b }')
{
	echo "Chorus make bench, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk on loopback,"
	echo "$CONNS threads x 1 connection, $SECS s a run, innodb_flush_log_at_trx_commit=1,"
	echo "InnoDB buffer pool $POOL"
	echo
	printf '  %-52s %10s\n' "static file, nginx ($SIZE bytes) req/s" "$STATIC_RPS"
	printf '  %-52s %10s\n' "empty dynamic request (/healthz) req/s" "$EMPTY_RPS"
	printf '  %-52s %10s\n' "  so no 4-request flow can pass (/healthz / 4)" \
	    "$(awk -v a="$EMPTY_RPS" 'BEGIN { printf "%.0f", a / 4 }')"
	printf '  %-52s %10s\n' "the section page alone (GET, no writes) req/s" "$PAGE_RPS"
	printf '  %-52s %10s\n' "survey pages, nginx + chorus-staff req/s" "$SURVEY_RPS"
	printf '  %-52s %10s\n' "complete submissions/s (4 requests each)" "$SUBS_PS"
	printf '  %-52s %10s\n' "ratio survey req/s : static req/s" "$RATIO"
	printf '  %-52s %10s\n' "ratio submissions/s : static req/s" "$SUB_RATIO"
	echo
	echo "  $SUBS submissions by $PEOPLE people in $WAVES waves. Other processes on this"
	echo "  machine took $OTHERS_STATIC% (static run) and $OTHERS_SURVEY% (survey run) of its CPU:"
	echo "  anything above a few percent makes these numbers low. wrk output: $LOGS/wrk-*.txt"
	echo
	echo "Database after the run:"
	cat "$CHECKS"
} | tee "$OUT"
[ "$bad" -eq 0 ] || die "the database checks failed (see above)"
# Insights over a large generated history (helper B1); BENCH_INSIGHTS=0 skips it.
if [ "${BENCH_INSIGHTS:-1}" != 0 ]; then
	. "$TOP/tests/bench/insights.sh"
fi
say "written to $OUT"
