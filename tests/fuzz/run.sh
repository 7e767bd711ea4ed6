#!/bin/sh
# Run libFuzzer targets for a while each.
#   usage: run.sh SECONDS BIN...
# Each target starts from a copy of tests/fuzz/corpus/<name>/ in a temp
# directory (nothing is written into the repository). A target passes if
# it exits 0. Ends with one line "fuzz: N passed, N failed"; exit 1 on any
# failure, leaving that target's temp directory (log, crash input) behind.

if [ $# -lt 1 ]; then
	echo "usage: run.sh SECONDS BIN..." >&2
	exit 2
fi
seconds=$1
shift
case $seconds in
''|*[!0-9]*) echo "run.sh: SECONDS must be a number" >&2; exit 2 ;;
esac

here=$(cd "$(dirname "$0")" && pwd)
UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export UBSAN_OPTIONS

passed=0
failed=0

# fuzz_one BIN: run one target; 0 if it exited 0.
fuzz_one() {
	name=$(basename "$1")
	work=$(mktemp -d "${TMPDIR:-/tmp}/fuzz-$name.XXXXXX") || return 1
	mkdir -p "$work/corpus" "$work/artifacts"
	if [ -d "$here/corpus/$name" ]; then
		cp -R "$here/corpus/$name/." "$work/corpus/"
	fi
	"$1" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
	    -print_final_stats=1 -artifact_prefix="$work/artifacts/" \
	    "$work/corpus" >"$work/log" 2>&1
	rc=$?
	if [ "$rc" -eq 0 ]; then
		grep -E '^(Done|stat::number_of_executed_units)' "$work/log"
		rm -rf "$work"
		return 0
	fi
	tail -n 40 "$work/log"
	echo "run.sh: $name exited with status $rc; log and inputs in $work"
	return 1
}

for bin in "$@"; do
	echo "== $bin (${seconds}s)"
	if [ -x "$bin" ] && fuzz_one "$bin"; then
		passed=$((passed + 1))
	else
		[ -x "$bin" ] || echo "run.sh: $bin: not found or not executable"
		failed=$((failed + 1))
	fi
done

echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
