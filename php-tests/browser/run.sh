#!/usr/bin/env bash
# Browser test of the status page: headless Chromium against PHP's built-in
# server with Kiln. Usage: php-tests/browser/run.sh path/to/libkiln.so
# Prints "browser: N passed, N failed" last; exits non-zero on failure.
# Bounded (< 60 s); every process it starts is stopped by PID; the work dir
# (screenshots, DOM dump, logs) is kept and printed.
set -uo pipefail
so="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
here="$(cd "$(dirname "$0")" && pwd)"
chromium="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ ! -f "$so" ]; then echo "$so not built (make build)" >&2; echo "browser: 0 passed, 1 failed"; exit 1; fi
if [ -z "$chromium" ] || ! command -v python3 >/dev/null; then
  echo "chromium or python3 missing (scripts/deps.sh test installs them)" >&2
  echo "browser: 0 passed, 1 failed"; exit 1
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/kiln-browser.XXXXXX")
echo "browser test work dir: $work"

timeout -k 3 55 python3 "$here/browser_test.py" --so "$so" --work "$work" --chromium "$chromium"
rc=$?

# If timeout killed the driver, stop what it had started, by PID (it stops
# them itself otherwise; a finished PID must not be signalled again).
if { [ "$rc" = 124 ] || [ "$rc" -gt 128 ]; } && [ -f "$work/pids" ]; then
  while read -r p; do
    [ -n "$p" ] || continue
    kill -KILL -- "-$p" 2>/dev/null; kill -KILL "$p" 2>/dev/null
  done < "$work/pids"
fi
[ -f "$work/segment" ] && rm -f "/dev/shm/$(cat "$work/segment")"
rm -rf "$work"/profile-* "$work/cache" "$work/docroot"
if [ "$rc" = 124 ] || [ "$rc" -gt 128 ]; then
  echo "browser test timed out after 55 s"
  echo "browser: 0 passed, 1 failed"
fi
exit "$rc"
