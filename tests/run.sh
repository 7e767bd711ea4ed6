#!/bin/sh
# All test layers, as `make test` runs them:
#   1. unit tests (cmocka)            tests/unit/run.sh $UNIT_BINS
#   2. short fuzz runs (libFuzzer)    tests/fuzz/run.sh 10 $FUZZ_BINS
#   3. a throw-away stack on $PORT with its data in $VAR, then the HTTP and
#      browser tests (node:test) against it; the stack is stopped whatever
#      happens.
# Prints one line per layer and, last, exactly "N passed, N failed".
# Exits non-zero if any test failed or any step could not run.
#
# Env: TOP (repo), BUILD (build dir), VAR (must end in test-stack: it is
# deleted first), PORT, UNIT_BINS, FUZZ_BINS (space-separated paths), TESTS
# (only these test files).
set -u

TOP=${TOP:-$(cd "$(dirname "$0")/.." && pwd)}
BUILD=${BUILD:-$TOP/build}
VAR=${VAR:-$TOP/var/test-stack}
PORT=${PORT:-8089}
UNIT_BINS=${UNIT_BINS:-}
FUZZ_BINS=${FUZZ_BINS:-}
FUZZ_SECONDS=${FUZZ_SECONDS_TEST:-10}
cd "$TOP" || exit 2

pass=0
fail=0
crashed=""
logs=$(mktemp -d "${TMPDIR:-/tmp}/chorus-test.XXXXXX") || exit 2

# run_layer NAME LOG CMD...: run CMD, show its output as it goes, keep a copy
# in LOG; sets $rc to CMD's exit status.
run_layer() {
	name=$1 log=$2
	shift 2
	echo "== $name"
	{ "$@" 2>&1; echo $? >"$log.rc"; } | tee "$log"
	rc=$(cat "$log.rc" 2>/dev/null || echo 99)
}

# count_line NAME LOG: add "NAME: N passed, N failed" from LOG to the totals.
count_line() {
	line=$(grep -E "^$1: [0-9]+ passed, [0-9]+ failed" "$2" | tail -n 1)
	if [ -z "$line" ]; then
		crashed="$crashed $1"
		echo "$1: no summary line (crashed?)" >>"$logs/summary"
		return 1
	fi
	p=$(echo "$line" | sed -E 's/^[^:]+: ([0-9]+) passed, ([0-9]+) failed.*/\1/')
	f=$(echo "$line" | sed -E 's/^[^:]+: ([0-9]+) passed, ([0-9]+) failed.*/\2/')
	pass=$((pass + p))
	fail=$((fail + f))
	echo "$1: $p passed, $f failed" >>"$logs/summary"
	return 0
}

stack() {
	VAR=$VAR PORT=$PORT BUILD=$BUILD sh "$TOP/deploy/stack.sh" "$@"
}

# shellcheck disable=SC2317  # called from the EXIT trap
cleanup() {
	status=$?
	if [ -n "${stack_started:-}" ]; then
		echo "== stopping the test stack" >&2
		stack stop >/dev/null 2>&1 || stack stop >&2
	fi
	rm -rf "$logs"
	exit "$status"
}

: >"$logs/summary"
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# 1. Unit tests.
# shellcheck disable=SC2086
run_layer unit "$logs/unit" sh tests/unit/run.sh $UNIT_BINS
if count_line unit "$logs/unit" && [ "$rc" -ne 0 ] && ! grep -qE '^unit: [0-9]+ passed, [1-9]' "$logs/unit"; then
	crashed="$crashed unit(exit $rc)"
fi

# 2. Fuzzers, briefly.
# shellcheck disable=SC2086
run_layer fuzz "$logs/fuzz" sh tests/fuzz/run.sh "$FUZZ_SECONDS" $FUZZ_BINS
if count_line fuzz "$logs/fuzz" && [ "$rc" -ne 0 ] && ! grep -qE '^fuzz: [0-9]+ passed, [1-9]' "$logs/fuzz"; then
	crashed="$crashed fuzz(exit $rc)"
fi

# 3. A fresh throw-away stack, then the HTTP and browser tests.
node_layer() {
	case $VAR in
	*test-stack|*test-stack/) ;;
	*)
		echo "tests/run.sh: refusing to delete VAR=$VAR (must end in test-stack)" >&2
		return 1 ;;
	esac
	rm -rf "$VAR"

	echo "== starting a throw-away stack in $VAR on port $PORT"
	stack_started=1
	if ! stack start; then
		echo "tests/run.sh: the stack did not start; last log lines:" >&2
		tail -n 20 "$VAR"/log/*.log >&2 2>/dev/null
		return 1
	fi

	url="http://127.0.0.1:$PORT"
	i=0
	until curl -fsS -o /dev/null "$url/healthz" 2>/dev/null; do
		i=$((i + 1))
		if [ "$i" -ge 60 ]; then
			echo "tests/run.sh: $url/healthz not ok after 30s" >&2
			tail -n 20 "$VAR"/log/*.log >&2 2>/dev/null
			return 1
		fi
		sleep 0.5
	done

	# TESTS="tests/http/a.test.mjs ..." runs only those files (for working
	# on one feature; `make test` without it runs everything).
	files=${TESTS:-$(find tests/http tests/browser -name '*.test.mjs' 2>/dev/null | sort)}
	if [ -z "$files" ]; then
		echo "tests/run.sh: no *.test.mjs files" >&2
		return 1
	fi
	if [ ! -d node_modules/playwright-core ]; then
		echo "tests/run.sh: node_modules missing; run 'make deps' (npm ci)" >&2
		return 1
	fi

	CHORUS_URL=$url CHORUS_VAR=$VAR CHORUS_TOP=$TOP CHORUS_BUILD=$BUILD \
	CHORUS_ARTIFACTS=${CHORUS_ARTIFACTS:-$TOP/var/test-artifacts}
	export CHORUS_URL CHORUS_VAR CHORUS_TOP CHORUS_BUILD CHORUS_ARTIFACTS
	echo "== http and browser tests (screenshots in $CHORUS_ARTIFACTS)"
	tap=$VAR/node.tap
	# shellcheck disable=SC2086
	node --test --test-concurrency=1 --test-timeout=180000 \
	    --test-reporter=spec --test-reporter-destination=stdout \
	    --test-reporter=tap --test-reporter-destination="$tap" \
	    $files
	node_rc=$?

	np=$(sed -n 's/^# pass \([0-9][0-9]*\)$/\1/p' "$tap" | tail -n 1)
	nf=$(sed -n 's/^# fail \([0-9][0-9]*\)$/\1/p' "$tap" | tail -n 1)
	nc=$(sed -n 's/^# cancelled \([0-9][0-9]*\)$/\1/p' "$tap" | tail -n 1)
	if [ -z "$np" ] || [ -z "$nf" ]; then
		echo "http+browser: no summary in $tap (crashed?)" >>"$logs/summary"
		return 1
	fi
	nf=$((nf + ${nc:-0}))
	pass=$((pass + np))
	fail=$((fail + nf))
	echo "http+browser: $np passed, $nf failed" >>"$logs/summary"
	if [ "$node_rc" -ne 0 ] && [ "$nf" -eq 0 ]; then
		echo "tests/run.sh: node --test exited $node_rc with no failed test" >&2
		return 1
	fi
	return 0
}

node_layer || crashed="$crashed http+browser"
if [ -n "${stack_started:-}" ]; then
	echo "== stopping the test stack"
	stack stop >/dev/null 2>&1 || stack stop >&2 || crashed="$crashed stack-stop"
	stack_started=""
fi

echo
cat "$logs/summary"
[ -z "$crashed" ] || echo "did not run to the end:$crashed"
echo "$pass passed, $fail failed"
if [ "$fail" -ne 0 ] || [ -n "$crashed" ]; then
	exit 1
fi
exit 0
