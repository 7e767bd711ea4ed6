#!/bin/sh
# Run cmocka unit-test binaries and sum their results.
#   usage: run.sh BIN...
# Shows each binary's output, then one line "unit: N passed, N failed".
# A binary that crashes, or exits non-zero without reporting a failure,
# counts as one failed test. Exit 1 if anything failed.

CMOCKA_MESSAGE_OUTPUT=STDOUT
export CMOCKA_MESSAGE_OUTPUT

passed=0
failed=0
bad=0
out=$(mktemp "${TMPDIR:-/tmp}/unit.XXXXXX") || exit 1
trap 'rm -f "$out"' EXIT HUP INT TERM

# count PATTERN: sum of N over lines "[  PASSED  ] N test(s)." (or FAILED)
count() {
	sed -n "s/^\[  $1  \] \([0-9][0-9]*\) test(s)[.,].*/\1/p" "$out" |
	    awk '{ n += $1 } END { print n + 0 }'
}

for bin in "$@"; do
	echo "== $bin"
	if [ ! -x "$bin" ]; then
		echo "run.sh: $bin: not found or not executable"
		failed=$((failed + 1))
		bad=1
		continue
	fi
	"$bin" >"$out" 2>&1
	rc=$?
	cat "$out"
	p=$(count PASSED)
	f=$(count FAILED)
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "run.sh: $bin exited with status $rc"
		f=1
		bad=1
	fi
	passed=$((passed + p))
	failed=$((failed + f))
done

echo "unit: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$bad" -eq 0 ]
