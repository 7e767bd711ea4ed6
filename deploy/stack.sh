#!/bin/sh
# Chorus dev/test stack: a private MariaDB, the four FastCGI programs and
# nginx, everything under $VAR, nothing system-wide.
#
#   deploy/stack.sh start      start what is not running, wait until healthy
#   deploy/stack.sh stop       stop everything (safe to repeat)
#   deploy/stack.sh run        start, stay in the foreground, stop on Ctrl-C
#   deploy/stack.sh status     what is running
#   deploy/stack.sh db-stop    stop only MariaDB (outage tests)
#   deploy/stack.sh db-start   start only MariaDB again
#
# Environment: VAR (default $TOP/var), PORT (default 8080), BUILD (default
# $TOP/build), DB_BUFFER_POOL (InnoDB buffer pool, default 256M; make bench
# gives its large generated history more). Works as root and as a normal user.
set -eu

TOP=$(cd "$(dirname "$0")/.." && pwd)
VAR=${VAR:-$TOP/var}
PORT=${PORT:-8080}
BUILD=${BUILD:-$TOP/build}
case $VAR in /*) ;; *) VAR=$(pwd)/$VAR ;; esac
case $BUILD in /*) ;; *) BUILD=$(pwd)/$BUILD ;; esac

PROGS="staff voice insights admin"
ME=$(id -un)
CONF=$VAR/chorus.conf
RUN=$VAR/run
LOG=$VAR/log
DBSOCK=$RUN/mysqld.sock
DBPID=$RUN/mysqld.pid
NGXCONF=$VAR/nginx/nginx.conf
NGXPID=$RUN/nginx.pid
URL=http://127.0.0.1:$PORT

# dash has no local variables: a function called inside a loop must not
# use the loop's variable name (the loops use _p, so alive uses _ap).
say() { printf 'stack: %s\n' "$*"; }
die() { printf 'stack: %s\n' "$*" >&2; exit 1; }

# pid_of FILE: the pid recorded in FILE, or nothing.
pid_of() {
	[ -f "$1" ] || return 0
	sed -n '1{s/[^0-9]//g;p;}' "$1" 2>/dev/null || true
}

# alive FILE NAME: the pid in FILE is a live process called NAME (the
# name check guards against a stale pid file naming a reused pid).
alive() {
	_ap=$(pid_of "$1")
	[ -n "$_ap" ] || return 1
	kill -0 "$_ap" 2>/dev/null || return 1
	[ "$(cat "/proc/$_ap/comm" 2>/dev/null)" = "$2" ] || return 1
	# A zombie waiting for init to reap it is not running.
	case $(cut -d ' ' -f 3 "/proc/$_ap/stat" 2>/dev/null) in
	Z|X|'') return 1 ;;
	esac
}

# group_alive PID: any process left in the process group PID leads.
group_alive() {
	kill -0 "-$1" 2>/dev/null
}

# tail_log FILE: the end of a log, for failure reports.
tail_log() {
	[ -s "$1" ] || return 0
	printf -- '--- %s (last 20 lines) ---\n' "$1" >&2
	tail -n 20 "$1" >&2
}

tail_all_logs() {
	tail_log "$LOG/mysqld.log"
	for _p in $PROGS; do
		tail_log "$LOG/$_p.log"
	done
	tail_log "$LOG/nginx-error.log"
}

# stop_groups SIGNAL SECONDS PIDFILE:NAME...: send SIGNAL to each live
# process, wait up to SECONDS for all their process groups to go, then
# SIGKILL what is left. Every daemon here is started as a group leader
# (setsid, or nginx's own daemonising), so a group holds its workers too
# and nothing is left behind. Stopping in parallel keeps `stop` short.
stop_groups() {
	_sig=$1
	_secs=$2
	shift 2
	_pids=""
	for _spec in "$@"; do
		_f=${_spec%%:*}
		_pid=$(pid_of "$_f")
		if [ -n "$_pid" ] && alive "$_f" "${_spec#*:}"; then
			kill "-$_sig" "$_pid" 2>/dev/null || true
			_pids="$_pids $_pid:${_spec#*:}"
		elif [ -n "$_pid" ] && [ ! -e "/proc/$_pid" ] &&
		    group_alive "$_pid"; then
			# The leader died but members of its group did not.
			kill -KILL "-$_pid" 2>/dev/null || true
		fi
	done
	_n=0
	while [ "$_n" -lt $((_secs * 10)) ]; do
		_left=""
		for _e in $_pids; do
			! group_alive "${_e%%:*}" || _left="$_left $_e"
		done
		[ -n "$_left" ] || break
		sleep 0.1
		_n=$((_n + 1))
	done
	for _e in $_pids; do
		if group_alive "${_e%%:*}"; then
			say "${_e#*:} did not stop in $_secs s, killing it"
			kill -KILL "-${_e%%:*}" 2>/dev/null || true
		fi
	done
	for _e in $_pids; do
		_n=0
		while group_alive "${_e%%:*}" && [ "$_n" -lt 50 ]; do
			sleep 0.1
			_n=$((_n + 1))
		done
		say "stopped ${_e#*:}"
	done
	for _spec in "$@"; do
		rm -f "${_spec%%:*}"
	done
}

check_paths() {
	# The paths go into nginx.conf, sed expressions and word lists.
	case $VAR$TOP$BUILD in
	*[!A-Za-z0-9._/+@-]*)
		die "VAR, BUILD and the checkout path may hold only letters, digits and ._/+@- : $VAR $TOP $BUILD" ;;
	esac
	# A unix socket path must fit in sun_path (108 bytes with the NUL).
	_longest=$RUN/insights.sock
	[ "${#_longest}" -le 100 ] ||
	    die "VAR path too long for unix sockets: $VAR"
	case $PORT in
	''|*[!0-9]*) die "PORT must be a number: $PORT" ;;
	esac
}

make_layout() {
	mkdir -p "$VAR" "$VAR/mysql" "$RUN" "$LOG" "$VAR/spool" \
	    "$VAR/test-artifacts" "$VAR/nginx/tmp/body" \
	    "$VAR/nginx/tmp/fastcgi" "$VAR/nginx/tmp/proxy" \
	    "$VAR/nginx/tmp/uwsgi" "$VAR/nginx/tmp/scgi"
	chmod 700 "$VAR/spool" "$VAR/mysql"
}

# A random [A-Za-z0-9] password of 24 characters.
gen_password() {
	LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24
}

# 32 random bytes as 64 hex digits, for [chorus] secret.
gen_secret() {
	od -An -tx1 -N32 /dev/urandom | tr -d ' \n'
}

# Write $VAR/chorus.conf once; afterwards only keep origin in step with
# PORT (the passwords are already in the database accounts).
make_config() {
	if [ -f "$CONF" ]; then
		if ! grep -qx "origin = $URL" "$CONF"; then
			sed -i "s|^origin = .*|origin = $URL|" "$CONF"
			say "origin in $CONF is now $URL"
		fi
		if ! grep -q '^\[mail\]' "$CONF"; then
			printf '\n[mail]\nsendmail = sh %s/deploy/mailsink.sh %s/mail\nfrom = chorus@localhost\n' \
			    "$TOP" "$VAR" >>"$CONF"
		fi
		if ! grep -q '^secret = ' "$CONF"; then
			sed -i "s|^\[chorus\]\$|[chorus]\nsecret = $(gen_secret)|" "$CONF"
		fi
		if ! grep -q '^generation = ' "$CONF"; then
			sed -i "s|^\[chorus\]\$|[chorus]\ngeneration = $RUN/generation|" "$CONF"
		fi
		return 0
	fi
	_old=$(umask)
	umask 077
	cat >"$CONF.tmp" <<EOF
; Chorus dev/test configuration, written by deploy/stack.sh on $(date -u +%Y-%m-%dT%H:%MZ).
; Not for production: see deploy/chorus.conf.example.

[chorus]
secret = $(gen_secret)
council = Anyshire County Council
demo = 1
dev = 1
origin = $URL
templates = $TOP/templates
sql = $TOP/sql
spool = $VAR/spool
generation = $RUN/generation

[auth]
mode = local
session_idle_minutes = 30
session_max_hours = 10
throttle_account = 5
throttle_address = 20
throttle_window_minutes = 15

[limits]
body_max = 65536
workers = 2

[privacy]
threshold = 5

[mail]
; The dev stack keeps mail as files under $VAR/mail instead of sending it.
sendmail = sh $TOP/deploy/mailsink.sh $VAR/mail
from = chorus@localhost

[database]
socket = $DBSOCK
host = localhost
port = 3306
name = chorus

[account.staff]
user = chorus_staff
password = $(gen_password)

[account.voice]
user = chorus_voice
password = $(gen_password)

[account.insights]
user = chorus_insights
password = $(gen_password)

[account.admin]
user = chorus_admin
password = $(gen_password)

[account.ctl]
user = $ME
password =
EOF
	umask "$_old"
	mv "$CONF.tmp" "$CONF"
	say "wrote $CONF"
}

db_init() {
	[ -z "$(ls -A "$VAR/mysql" 2>/dev/null)" ] || return 0
	say "initialising MariaDB in $VAR/mysql"
	# --rpm: do not resolve the host name and do not chown the system's
	# auth_pam_tool_dir to the current user (the script does that when
	# --user is given, even as root).
	if ! mariadb-install-db --no-defaults --rpm --datadir="$VAR/mysql" \
	    --auth-root-authentication-method=socket --skip-test-db \
	    --user="$ME" >"$LOG/mysql-install.log" 2>&1; then
		tail_log "$LOG/mysql-install.log"
		# The directory was empty: leave it empty for the next try.
		find "$VAR/mysql" -mindepth 1 -delete
		die "mariadb-install-db failed"
	fi
}

db_ping() {
	mariadb-admin --no-defaults --socket="$DBSOCK" --connect-timeout=2 \
	    ping >/dev/null 2>&1
}

db_start() {
	make_layout
	if alive "$DBPID" mariadbd; then
		return 0
	fi
	db_init
	rm -f "$DBSOCK" "$DBSOCK.lock" "$DBPID"
	_asroot=""
	[ "$(id -u)" -ne 0 ] || _asroot="--user=$ME"
	# setsid: its own session, so Ctrl-C in the terminal of `make run`
	# reaches only this script, which then stops everything in order.
	# pool-of-threads: a few threads serve all connections instead of one
	# thread each, so on a small machine the many short statements of a
	# survey page switch threads less often (figures: README, Benchmark).
	# shellcheck disable=SC2086
	setsid mariadbd --no-defaults \
	    --datadir="$VAR/mysql" \
	    --socket="$DBSOCK" \
	    --pid-file="$DBPID" \
	    --log-error="$LOG/mysqld.log" \
	    --skip-networking \
	    --innodb-flush-log-at-trx-commit=1 \
	    --character-set-server=utf8mb4 \
	    --collation-server=utf8mb4_unicode_ci \
	    --innodb-buffer-pool-size="${DB_BUFFER_POOL:-256M}" \
	    --thread-handling=pool-of-threads \
	    $_asroot </dev/null >>"$LOG/mysqld.log" 2>&1 &
	_n=0
	until db_ping; do
		_n=$((_n + 1))
		if [ "$_n" -ge 60 ] || ! kill -0 "$!" 2>/dev/null; then
			tail_log "$LOG/mysqld.log"
			kill -TERM "$!" 2>/dev/null || true
			die "MariaDB did not start (see $LOG/mysqld.log)"
		fi
		sleep 0.5
	done
	say "MariaDB is up (socket $DBSOCK)"
}

db_stop() {
	_pid=$(pid_of "$DBPID")
	if [ -n "$_pid" ] && alive "$DBPID" mariadbd; then
		# A clean shutdown; then make sure the process is gone.
		mariadb-admin --no-defaults --socket="$DBSOCK" \
		    --connect-timeout=5 --shutdown-timeout=60 shutdown \
		    >/dev/null 2>&1 || kill -TERM "$_pid" 2>/dev/null || true
		_n=0
		while kill -0 "$_pid" 2>/dev/null && [ "$_n" -lt 600 ]; do
			sleep 0.1
			_n=$((_n + 1))
		done
		if kill -0 "$_pid" 2>/dev/null; then
			say "MariaDB did not stop in 60 s, killing it"
			kill -KILL "-$_pid" 2>/dev/null ||
			    kill -KILL "$_pid" 2>/dev/null || true
			sleep 0.5
		fi
		say "stopped MariaDB"
	fi
	rm -f "$DBPID" "$DBSOCK" "$DBSOCK.lock"
}

# ctl COMMAND...: run chorusctl, show what it says, fail with its error.
ctl() {
	if ! _out=$("$BUILD/chorusctl" --config "$CONF" "$@" 2>&1); then
		[ -z "$_out" ] || printf '%s\n' "$_out" >&2
		die "chorusctl $* failed"
	fi
	[ -z "$_out" ] || printf '%s\n' "$_out" | sed 's/^/  /'
}

db_setup() {
	# migrate creates the database if need be. The tables must exist
	# before the table-level grants can name them, so grants comes second.
	ctl migrate
	ctl grants
	ctl demo
	# Insights: count the demo responses into the rollups straight away.
	ctl rollup
}

# Insights rollup: a small loop brings the report figures up to date every
# ROLLUP_SECONDS (10), as the systemd timer does on a server. Its own
# process group, so stop takes the sleep with it.
rollup_start() {
	if alive "$RUN/rollup.pid" sh; then
		return 0
	fi
	# TERM ends the loop at once: the sleep runs in the background, so the
	# trap is not held up until it finishes, and the trap ends the sleep.
	setsid sh -c 's=; trap '\''[ -z "$s" ] || kill "$s" 2>/dev/null; exit 0'\'' TERM
	    while :; do "$1" --config "$2" rollup >/dev/null || true; sleep "$3" & s=$!; wait "$s"; done' \
	    rollup "$BUILD/chorusctl" "$CONF" "${ROLLUP_SECONDS:-10}" \
	    </dev/null >>"$LOG/rollup.log" 2>&1 &
	echo "$!" >"$RUN/rollup.pid"
}

prog_start() {
	_pidf=$RUN/$1.pid
	_sock=$RUN/$1.sock
	if alive "$_pidf" "chorus-$1"; then
		return 0
	fi
	rm -f "$_pidf" "$_sock"
	# chorus-staff takes the survey submissions: its workers wait on each
	# commit's fsync, so it gets more of them than the others.
	_workers=2
	[ "$1" != staff ] || _workers=4
	setsid "$BUILD/chorus-$1" --config "$CONF" --socket "$_sock" \
	    --workers "$_workers" </dev/null >>"$LOG/$1.log" 2>&1 &
	echo "$!" >"$_pidf"
	_n=0
	until [ -S "$_sock" ]; do
		_n=$((_n + 1))
		if [ "$_n" -ge 100 ] || ! kill -0 "$!" 2>/dev/null; then
			tail_log "$LOG/$1.log"
			die "chorus-$1 did not open $_sock"
		fi
		sleep 0.1
	done
}

nginx_conf() {
	_user="# user: not root, the workers run as $ME"
	[ "$(id -u)" -ne 0 ] || _user="user root;"
	sed -e "s|@PORT@|$PORT|g" -e "s|@VAR@|$VAR|g" -e "s|@TOP@|$TOP|g" \
	    -e "s|@USER_LINE@|$_user|g" -e "s|@USER@|$ME|g" \
	    "$TOP/deploy/nginx/dev.conf.in" >"$NGXCONF.tmp"
	mv "$NGXCONF.tmp" "$NGXCONF"
}

nginx_start() {
	if alive "$NGXPID" nginx; then
		return 0
	fi
	nginx_conf
	rm -f "$NGXPID"
	_out=$(nginx -q -t -p "$VAR/nginx" -c "$NGXCONF" \
	    -e "$LOG/nginx-error.log" 2>&1) ||
	    { printf '%s\n' "$_out" >&2; die "bad nginx configuration"; }
	# nginx daemonises itself into a new session (daemon on).
	_out=$(nginx -p "$VAR/nginx" -c "$NGXCONF" \
	    -e "$LOG/nginx-error.log" </dev/null 2>&1) ||
	    { printf '%s\n' "$_out" >&2; tail_log "$LOG/nginx-error.log";
	    die "nginx did not start on 127.0.0.1:$PORT"; }
	_n=0
	until alive "$NGXPID" nginx; do
		_n=$((_n + 1))
		if [ "$_n" -ge 50 ]; then
			tail_log "$LOG/nginx-error.log"
			die "nginx did not start on 127.0.0.1:$PORT"
		fi
		sleep 0.1
	done
}

healthz() {
	curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$URL/healthz" \
	    2>/dev/null || true
}

wait_healthy() {
	_n=0
	while [ "$(healthz)" != 200 ]; do
		_n=$((_n + 1))
		if [ "$_n" -ge 60 ]; then
			tail_all_logs
			die "$URL/healthz did not answer 200 within 30 s"
		fi
		sleep 0.5
	done
}

all_running() {
	alive "$DBPID" mariadbd || return 1
	for _p in $PROGS; do
		alive "$RUN/$_p.pid" "chorus-$_p" || return 1
	done
	alive "$NGXPID" nginx
}

banner() {
	cat <<EOF

Chorus is running at $URL/

Demo sign-ins, password: chorus-demo
  sw.demo      social worker, Front Door North
  tm.demo      team manager, Front Door North
  aud.demo     quality assurance auditor
  aud2.demo    second auditor, to moderate case audits
  head.demo    head of service (overdue escalations)
  hr.demo      HR business partner
  admin.demo   system administrator

Data and logs: $VAR
EOF
	[ -n "${STACK_FOREGROUND:-}" ] || echo "Stop with: make stop (or deploy/stack.sh stop)"
}

cmd_start() {
	check_paths
	if all_running; then
		say "already running at $URL/ (VAR=$VAR)"
		return 0
	fi
	for _p in chorusctl chorus-staff chorus-voice chorus-insights \
	    chorus-admin; do
		[ -x "$BUILD/$_p" ] ||
		    die "$BUILD/$_p is missing: run make all first"
	done
	make_layout
	make_config
	db_start
	db_setup
	for _p in $PROGS; do
		prog_start "$_p"
	done
	rollup_start
	say "programs are up"
	nginx_start
	wait_healthy
	banner
}

cmd_stop() {
	stop_groups QUIT 10 "$NGXPID:nginx"
	stop_groups TERM 5 "$RUN/rollup.pid:sh"
	_specs=""
	for _p in $PROGS; do
		_specs="$_specs $RUN/$_p.pid:chorus-$_p"
	done
	# shellcheck disable=SC2086
	stop_groups TERM 10 $_specs
	for _p in $PROGS; do
		rm -f "$RUN/$_p.sock"
	done
	db_stop
}

cmd_status() {
	_rc=0
	if alive "$DBPID" mariadbd; then
		say "mariadbd        running (pid $(pid_of "$DBPID"))"
	else
		say "mariadbd        stopped"; _rc=3
	fi
	for _p in $PROGS; do
		if alive "$RUN/$_p.pid" "chorus-$_p"; then
			say "$(printf '%-15s' "chorus-$_p") running (pid $(pid_of "$RUN/$_p.pid"))"
		else
			say "$(printf '%-15s' "chorus-$_p") stopped"; _rc=3
		fi
	done
	if alive "$NGXPID" nginx; then
		say "nginx           running (pid $(pid_of "$NGXPID")), $URL/healthz -> $(healthz)"
	else
		say "nginx           stopped"; _rc=3
	fi
	return "$_rc"
}

cmd_run() {
	trap 'trap "" INT TERM HUP; echo; cmd_stop; exit 0' INT TERM HUP
	if ! (STACK_FOREGROUND=1 cmd_start); then
		cmd_stop
		exit 1
	fi
	echo
	echo "Press Ctrl-C to stop"
	while :; do
		sleep 1
	done
}

case ${1:-} in
start)		cmd_start ;;
stop)		cmd_stop ;;
run)		cmd_run ;;
status)		cmd_status ;;
db-stop)	db_stop ;;
db-start)	check_paths; make_layout; make_config; db_start ;;
*)		echo "usage: $0 start|stop|run|status|db-stop|db-start" >&2
		exit 2 ;;
esac
