#!/bin/sh
# Development stand-in for sendmail: keeps each message as a file in the
# directory given, so the dev stack never sends e-mail and tests can read
# what would have been sent. Production uses a real sendmail command
# ([mail] sendmail in the config).
set -eu
dir=${1:?usage: mailsink.sh DIR}
mkdir -p "$dir"
tmp="$dir/.tmp-$$"
cat >"$tmp"
mv "$tmp" "$dir/$(date -u +%Y%m%dT%H%M%S)-$$.eml"
