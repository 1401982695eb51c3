#!/usr/bin/env bash
# Runs the .phpt suite with PHP's own run-tests.php and the built extension.
# Usage: scripts/run-phpt.sh path/to/libkiln.so php-tests [extra run-tests args]
set -euo pipefail
so="$(realpath "$1")"; shift
dir="$1"; shift
run_tests=$(ls /usr/lib/php/*/build/run-tests.php 2>/dev/null | head -1)
[ -n "$run_tests" ] || { echo "run-tests.php not found (apt-get install php8.2-dev)" >&2; exit 1; }
[ -f "$so" ] || { echo "$so not built (make build)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/kiln-phpt.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src"
cp -r "$dir"/. "$work/src/"
export KILN_SO="$so"
export KILN_CLI="$(cd "$(dirname "$0")/.." && pwd)/cli/kiln"
export TEST_PHP_EXECUTABLE="$(command -v php)"
export TEST_PHP_CGI_EXECUTABLE="$(command -v php-cgi)"
export NO_INTERACTION=1
export KILN_PHPT_TMP="$work"
# PHP 8.5 has OPcache built in, enabled by default outside the CLI, and Kiln
# stands down while it caches: the tests' php-cgi and php-fpm run with
# opcache.enable=0 unless a test turns it on (a later -d wins).
if php -n -m 2>/dev/null | grep -qx 'Zend OPcache'; then
  mkdir -p "$work/bin"
  fpm_bin=$(ls /usr/sbin/php-fpm"$(php -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')" 2>/dev/null || command -v php-fpm || true)
  printf '#!/bin/sh\nexec %s -d opcache.enable=0 "$@"\n' "$TEST_PHP_CGI_EXECUTABLE" >"$work/bin/php-cgi"
  export TEST_PHP_CGI_EXECUTABLE="$work/bin/php-cgi"
  if [ -n "$fpm_bin" ]; then
    printf '#!/bin/sh\nexec %s -d opcache.enable=0 "$@"\n' "$fpm_bin" >"$work/bin/php-fpm"
    export TEST_PHP_FPM_EXECUTABLE="$work/bin/php-fpm"
  fi
  chmod +x "$work/bin/"*
fi
# Every test gets its own segment name (set in the test's --INI-- or by the
# harness default below), so runs never share state with a real deployment.
out="$work/result.txt"
set +e
php -n "$run_tests" -q -n -p "$TEST_PHP_EXECUTABLE" \
  -d "extension=$so" -d "kiln.shm_name=kiln-phpt-$$" -d "kiln.file_update_protection=0" -d "kiln.revalidate_freq=0" \
  -d "kiln.cache_dir=$work/cache" \
  --show-diff --no-color "$@" "$work/src" 2>&1 | tee "$out"
rc=${PIPESTATUS[0]}
set -e
rm -f /dev/shm/kiln-phpt-$$* 2>/dev/null || true
passed=$(grep -E '^Tests passed' "$out" | grep -oE '[0-9]+' | head -1 || true)
failed=$(grep -E '^Tests failed' "$out" | grep -oE '[0-9]+' | head -1 || true)
skipped=$(grep -E '^Tests skipped' "$out" | grep -oE '[0-9]+' | head -1 || true)
echo "phpt: ${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
if [ "${failed:-0}" != 0 ] || [ "${passed:-0}" = 0 ]; then exit 1; fi
exit $rc
