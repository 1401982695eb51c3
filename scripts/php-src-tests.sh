#!/usr/bin/env bash
# The php-src differential: PHP's own language tests (Zend/tests, tests/,
# ext/reflection/tests) run without Kiln, then with Kiln and
# kiln.verify_roundtrip=1; reports tests that pass without Kiln but fail with it.
# Usage: scripts/php-src-tests.sh path/to/libkiln.so [subset-file]
#   subset-file: test directories/files relative to the source root, one per
#   line (default: the three directories above).
set -euo pipefail
so="$1"; subset="${2:-}"
root="$(cd "$(dirname "$0")/.." && pwd)"
ver=$(php -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')
cache="${KILN_PHPSRC_DIR:-$root/.test-work/php-src-$ver}"

# Debian's archive holds the source of its current PHP 8.4 and 8.5 builds
# in no place apt-get source finds (a 404 for the version the index names).
# For 8.4 an earlier trixie point release's source is still in the pool
# (KILN_PHPSRC_POOL: the Debian version to take); its tests run against the
# installed 8.4 as the same differential as everywhere (a test counts only
# where it passes without Kiln). For 8.5 there is none: the 8.4 test files
# (else 8.2's; fetched by the runs of this script on those versions, which
# `make test-matrix` makes first) run instead.
pool_source() { # Debian version of php$ver in the pool -> the orig tarball in $cache
  local dv="$1" up="${1%-*}" archive dsc sum
  archive=$(awk '/^deb /{print $2; exit}' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true)
  archive="${archive:-http://deb.debian.org/debian}"
  dsc="$cache/php${ver}_${dv}.dsc"
  /usr/lib/apt/apt-helper download-file "$archive/pool/main/p/php$ver/php${ver}_${dv//\~/%7e}.dsc" "$dsc" >/dev/null 2>&1 || return 1
  sum=$(awk -v f="php${ver}_${up}.orig.tar.xz" '/^Checksums-Sha256:/{s=1;next} /^[^ ]/{s=0} s && $3==f {print $1}' "$dsc")
  [ -n "$sum" ] || return 1
  echo "php-src: Debian's index names no downloadable source of PHP $ver; taking $up from the pool (sha256 checked against its .dsc)"
  /usr/lib/apt/apt-helper download-file "$archive/pool/main/p/php$ver/php${ver}_${up}.orig.tar.xz" \
    "$cache/php${ver}_${up}.orig.tar.xz" "SHA256:$sum" >/dev/null
}
pool=
if [ ! -d "$cache/src/Zend/tests" ] || [ -L "$cache/src" ]; then
  mkdir -p "$cache"
  pool="${KILN_PHPSRC_POOL-}"
  [ -n "$pool" ] || [ "$ver" != 8.4 ] || pool=8.4.24-1~deb13u1
fi
# A tree linked to another version's by an earlier run is chosen again
# (the version's own, or the nearest fallback there is now).
if [ -L "$cache/src" ]; then rm -f "$cache/src"; fi
if [ ! -d "$cache/src/Zend/tests" ] && [ "$ver" != 8.2 ]; then
  if [ -n "$pool" ] && pool_source "$pool"; then
    mkdir -p "$cache/src"
    tar -xf "$(ls "$cache"/php"$ver"_*.orig.tar.xz | head -1)" -C "$cache/src" --strip-components=1
  elif ! (cd "$cache" && apt-get source -q --download-only "php$ver" >/dev/null 2>&1); then
    # The nearest older tree another run fetched: 8.4's (a real directory,
    # not itself a link), else 8.2's.
    fallback="${KILN_PHPSRC_FALLBACK-}"
    if [ -z "$fallback" ]; then
      fallback="$root/.test-work/php-src-8.2"
      if [ -d "$root/.test-work/php-src-8.4/src/Zend/tests" ] && [ ! -L "$root/.test-work/php-src-8.4/src" ]; then
        fallback="$root/.test-work/php-src-8.4"
      fi
    fi
    if [ -d "$fallback/src/Zend/tests" ]; then
      echo "php-src: Debian publishes no source of PHP $ver; running the tests of $(basename "$fallback") on PHP $ver (base vs Kiln)"
      ln -sfn "$fallback/src" "$cache/src"
    else
      echo "php-src: no source of PHP $ver and no 8.2 tree in $fallback (run scripts/php-src-tests.sh on 8.2 first)" >&2
      exit 1
    fi
  fi
fi

if [ ! -d "$cache/src/Zend/tests" ]; then
  mkdir -p "$cache"
  if ! grep -rqs '^Types:.*deb-src\|^deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    [ "$(id -u)" = 0 ] || { echo "need a deb-src line (run as root to add it)" >&2; exit 1; }
    if [ -f /etc/apt/sources.list.d/debian.sources ]; then
      sed -i 's/^Types: deb$/Types: deb deb-src/' /etc/apt/sources.list.d/debian.sources
    else
      sed -n 's/^deb /deb-src /p' /etc/apt/sources.list > /etc/apt/sources.list.d/kiln-deb-src.list
    fi
    apt-get update -q >/dev/null
  fi
  (cd "$cache" && apt-get source -q --download-only "php$ver/bookworm" >/dev/null 2>&1 || apt-get source -q --download-only "php$ver" >/dev/null)
  tarball=$(ls "$cache"/php"$ver"_*.orig.tar.xz | head -1)
  mkdir -p "$cache/src"
  tar -xf "$tarball" -C "$cache/src" --strip-components=1
fi

run_tests=$(ls /usr/lib/php/*/build/run-tests.php | head -1)
dirs=()
if [ -n "$subset" ]; then
  # A directory this version's tree does not have (8.4's property_hooks in
  # 8.2's tests) is left out.
  while read -r d; do
    [ -n "$d" ] && [ "${d:0:1}" != "#" ] && [ -e "$cache/src/$d" ] && dirs+=("$cache/src/$d")
  done < "$subset"
else
  dirs=("$cache/src/Zend/tests" "$cache/src/tests" "$cache/src/ext/reflection/tests")
fi
jobs="${JOBS:-$(nproc)}"
out="$cache/results"; mkdir -p "$out"

run() { # name, extra -d args...
  local name="$1"; shift
  # RUN_TMP: a target directory shared by runs (same script paths: warm).
  local tmp=${RUN_TMP:-}
  [ -n "$tmp" ] || tmp=$(mktemp -d "${TMPDIR:-/tmp}/kiln-phpsrc.XXXXXX")
  # run-tests' parallel workers race creating the output tree: make it first.
  local d
  for d in "${dirs[@]}"; do
    (cd "$cache/src" && find "${d#"$cache/src/"}" -type d) | while read -r sub; do mkdir -p "$tmp/$sub"; done
  done
  NO_INTERACTION=1 TEST_PHP_EXECUTABLE="$(command -v php)" TEST_PHP_CGI_EXECUTABLE="$(command -v php-cgi)" \
    php -n "$run_tests" -q -n -j"$jobs" --no-progress --no-color --set-timeout 60 \
      --temp-source "$cache/src" --temp-target "$tmp" "$@" "${dirs[@]}" >"$out/$name.log" 2>&1 || true
  grep -E '^(PASS|FAIL|SKIP|XFAIL|BORK|WARN|LEAK)' "$out/$name.log" | sed 's/ *\[.*//' | sort -u > "$out/$name.status" || true
  grep -oE '^(FAIL|BORK|LEAK).*\[([^]]+)\]' "$out/$name.log" | sed -E 's/.*\[([^]]+)\]$/\1/' | sed "s#^$tmp/##" | sort -u > "$out/$name.failed" || true
  [ -n "${RUN_TMP:-}" ] || rm -rf "$tmp"
}

# PHP 8.5 builds OPcache in, enabled for CGI (the --GET--/--POST-- tests):
# every run, with or without Kiln, sets opcache.enable=0 there.
common_ini=()
if php -n -m 2>/dev/null | grep -qx 'Zend OPcache'; then common_ini=(-d opcache.enable=0); fi
run base "${common_ini[@]}"
kiln_ini=("${common_ini[@]}" -d "extension=$so" -d kiln.shm_name=kiln-phpsrc-$$ -d kiln.file_update_protection=0 -d kiln.revalidate_freq=0 -d "kiln.cache_dir=$cache/kiln-cache")
shared_tmp=$(mktemp -d "${TMPDIR:-/tmp}/kiln-phpsrc.XXXXXX")
RUN_TMP=$shared_tmp run kiln "${kiln_ini[@]}" -d kiln.verify_roundtrip=1
# Again over the same paths and segment, with every image built in an arena
# and run from its read-only mapping (kiln.arena=always: each test process
# is its own family), the pointer audit on. run-tests writes each test file
# anew (a new ctime), so the test scripts themselves compile again; what
# they include from the source tree is served warm.
KILN_ARENA_AUDIT=1 RUN_TMP=$shared_tmp run arena "${kiln_ini[@]}" -d kiln.arena=always
rm -rf "$shared_tmp"
rm -f "/dev/shm/kiln-phpsrc-$$"

passed_in() { grep -E '^Tests passed' "$1" | grep -oE '[0-9]+' | head -1 || true; }
base_pass=$(passed_in "$out/base.log")
kiln_pass=$(passed_in "$out/kiln.log")
arena_pass=$(passed_in "$out/arena.log")
if [ -z "$base_pass" ] || [ -z "$kiln_pass" ] || [ -z "$arena_pass" ]; then
  echo "php-src: a run did not complete (see $out/base.log, $out/kiln.log, $out/arena.log)" >&2
  exit 1
fi
# Tests that load OPcache themselves (--EXTENSIONS-- opcache, with
# opcache.enable_cli=1 in their --INI--) measure OPcache: Kiln stands down
# there, and its one-line warning about it is part of their output. They
# are reported, not compared.
: > "$out/opcache-tests.txt"
for d in "${dirs[@]}"; do
  { grep -rl --include='*.phpt' '^--EXTENSIONS--' "$d" || true; } | while read -r f; do
    awk '/^--EXTENSIONS--/{s=1;next} /^--/{s=0} s && /opcache/{print FILENAME; exit}' "$f"
  done
done | sed "s#^$cache/src/##" | sort -u > "$out/opcache-tests.txt"
sort -u "$out/kiln.failed" "$out/arena.failed" | comm -13 "$out/base.failed" - | while read -r t; do
  awk -v t="$t" 'length(t) >= length($0) && substr(t, length(t) - length($0) + 1) == $0 {f = 1} END {exit !f}' \
    "$out/opcache-tests.txt" || echo "$t"
done > "$out/regressions.txt"
n=$(wc -l < "$out/regressions.txt")
echo "php-src: $(wc -l < "$out/opcache-tests.txt") tests load OPcache themselves (Kiln stands down there): not compared"
echo "php-src: without Kiln ${base_pass:-0} passed; with Kiln (verify_roundtrip) ${kiln_pass:-0} passed; in arena-attached processes ${arena_pass:-0} passed; regressions: $n"
if [ "$n" != 0 ]; then sed 's/^/  regression: /' "$out/regressions.txt"; fi
echo "php-src: $(( ${kiln_pass:-0} )) passed, $n failed"
[ "$n" = 0 ]
