#!/usr/bin/env bash
# Installs what the benchmark needs inside a Debian root of another PHP
# version (scripts/php-root.sh; run there by `make bench PHP=8.4`): that
# PHP's FPM, CGI, OPcache and the extensions MediaWiki needs, nginx, wrk,
# valgrind, curl, composer, phpunit, mediawiki, dokuwiki.
#
#   bench/lib/deps-root.sh [VERSION]     (default: KILN_PHP, else the php on the PATH)
#
# A package this Debian release does not have is left out with a note; the
# benchmark (SKIP_MISSING=1) then leaves out the page that needs it. No
# service is started by the installation (policy-rc.d while it runs).
# Natively (8.2) `make bench` uses scripts/deps.sh bench instead.
set -euo pipefail
v="${1:-${KILN_PHP:-$(php -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')}}"

# nginx first: mediawiki depends on "apache2 | httpd", and an nginx already
# installed is the httpd (otherwise apt would pick apache2).
tools=("php$v-cli" "php$v-cgi" "php$v-fpm" "php$v-opcache" "php$v-sqlite3" "php$v-mbstring" "php$v-xml"
       "php$v-intl" nginx wrk valgrind curl procps psmisc)
apps=(composer phpunit mediawiki dokuwiki)

# (outputs read whole first: grep -q on a pipe under pipefail fails when the writer gets SIGPIPE)
installed() { local s; s=$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true); [[ "$s" == *"install ok installed"* ]]; }
available() { local s; s=$(apt-cache policy "$1" 2>/dev/null || true); [[ "$s" =~ Candidate:\ [^\(] ]]; }
builtin_opcache() { local s; s=$(php -n -m 2>/dev/null || true); [[ $'\n'"$s"$'\n' == *$'\nZend OPcache\n'* ]]; }

updated=0
policy=/usr/sbin/policy-rc.d
made_policy=0
cleanup() { if [ "$made_policy" = 1 ]; then rm -f "$policy"; fi; }
trap cleanup EXIT

install_group() {
  local p missing=()
  for p in "$@"; do installed "$p" || missing+=("$p"); done
  ((${#missing[@]})) || return 0
  [ "$(id -u)" = 0 ] || { echo "bench: missing Debian packages: ${missing[*]} (run as root)" >&2; exit 1; }
  export DEBIAN_FRONTEND=noninteractive
  if [ "$updated" = 0 ]; then apt-get update -q >/dev/null; updated=1; fi
  local ok=()
  for p in "${missing[@]}"; do
    if available "$p"; then
      ok+=("$p")
    elif [ "$p" = "php$v-opcache" ] && builtin_opcache; then
      :   # 8.5: OPcache is built into PHP
    else
      echo "bench: $p is not available in this Debian release; left out" >&2
    fi
  done
  ((${#ok[@]})) || return 0
  if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' >"$policy"; chmod 0755 "$policy"; made_policy=1; fi
  echo "bench: installing ${ok[*]}"
  apt-get install -y -q --no-install-recommends "${ok[@]}" >/dev/null
}

install_group "${tools[@]}"
install_group "${apps[@]}"
