#!/bin/sh
# Development stand-in for sendmail: keeps each message as a file in the
# directory given, so the dev stack never sends e-mail and tests can read
# what would have been sent. Production uses a real sendmail command
# ([mail] sendmail in the config).
#
# To test what happens when mail cannot be sent, create DIR/.fail: while
# it exists every message is refused with exit 75 (EX_TEMPFAIL, as
# sendmail says "try again later") and nothing is kept. It is a dot-file,
# like the temporary files here, so that readers of DIR skip it.
set -eu
dir=${1:?usage: mailsink.sh DIR}
mkdir -p "$dir"
if [ -e "$dir/.fail" ]; then
	cat >/dev/null	# read it all, so the sender never writes to a closed pipe
	exit 75
fi
tmp="$dir/.tmp-$$"
cat >"$tmp"
mv "$tmp" "$dir/$(date -u +%Y%m%dT%H%M%S)-$$.eml"
