#!/usr/bin/env bash
# Serves the sample app and the status page with PHP's built-in web server on
# 127.0.0.1, Kiln loaded. Ctrl-C stops it.
set -euo pipefail
so="$1"; port="${2:-8088}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work=$(mktemp -d "${TMPDIR:-/tmp}/kiln-demo.XXXXXX")
name="kiln-demo-$$"
php -n -d "extension=$so" -d "kiln.shm_name=$name" -d "kiln.cache_dir=$work/cache" \
    -S "127.0.0.1:$port" -t "$root/demo/app" >"$work/server.log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "/dev/shm/$name"; rm -rf "$work"; }
trap cleanup EXIT INT TERM
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.1; done
if ! kill -0 "$pid" 2>/dev/null; then cat "$work/server.log" >&2; exit 1; fi
echo "Kiln demo running (PHP built-in server, pid $pid):"
echo "  sample app:   http://127.0.0.1:$port/"
echo "  status page:  http://127.0.0.1:$port/kiln-status.php   (?format=json, ?format=prometheus)"
echo "Press Ctrl-C to stop."
wait "$pid"
