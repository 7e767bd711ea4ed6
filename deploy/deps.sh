#!/bin/sh
# Install the Debian and npm packages Chorus needs to build, run and test.
# Idempotent and quiet when everything is already present. Run as root (or
# with sudo available) on Debian 12.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)

# Every Debian package the build, the dev stack and the tests use.
DEBS="build-essential pkg-config clang libclang-rt-14-dev
 libfcgi-dev libmariadb-dev mariadb-server mariadb-client
 libctemplate-dev libsodium-dev libinih-dev libcsv-dev liburiparser-dev
 libcmocka-dev libqrencode-dev nginx-light chromium wrk nodejs npm curl
 openssl fonts-dejavu-core fonts-noto-core"

missing=""
for p in $DEBS; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed'; then
		missing="$missing $p"
	fi
done

if [ -n "$missing" ]; then
	# Node and npm may come from elsewhere than Debian; keep what works.
	if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
		missing=$(echo "$missing" | tr ' ' '\n' | grep -vx -e nodejs -e npm | tr '\n' ' ')
	fi
fi

if [ -n "$(echo "$missing" | tr -d ' ')" ]; then
	echo "deps: installing Debian packages:$missing"
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO=sudo
	# Keep the packaged mariadb and nginx services from starting: Chorus
	# runs its own private instances under var/.
	prc=/usr/sbin/policy-rc.d
	made_prc=0
	if [ ! -e "$prc" ]; then
		printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$prc" >/dev/null
		$SUDO chmod 755 "$prc"
		made_prc=1
	fi
	$SUDO apt-get update -qq
	# shellcheck disable=SC2086
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
	[ "$made_prc" -eq 0 ] || $SUDO rm -f "$prc"
fi

# npm packages for the HTTP and browser tests, pinned by package-lock.json.
if [ -f "$top/package-lock.json" ]; then
	stamp="$top/node_modules/.chorus-lock"
	if [ ! -f "$stamp" ] || ! cmp -s "$top/package-lock.json" "$stamp"; then
		echo "deps: installing npm packages"
		(cd "$top" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
		cp "$top/package-lock.json" "$stamp"
	fi
fi
