#!/usr/bin/env bash
# Kiln soak test: php-fpm (static pool of 4) with Kiln on 127.0.0.1, served
# pages checked response by response while files are rewritten, touched and
# invalidated, the cache is reset (CLI and status page) and workers are
# SIGKILLed. See soak/README.md.
#
#   soak/run.sh [path/to/libkiln.so]
#
# Environment:
#   SOAK_SECONDS   length of the soak from the start of php-fpm (default 600)
#   SOAK_APPS      pages besides the versioned app (default "bgen,mw,dw";
#                  mw / dw are skipped with a message when their Debian
#                  package is not installed)
#   SOAK_CLIENTS (6)  SOAK_WORKERS (4)  SOAK_MODELS (30)  SOAK_VARIANTS (4)
#   SOAK_BGEN_FILES (120)  SOAK_SHM_SIZE (32M)  SOAK_QUIESCE_EVERY (s, 0 =
#   only at the end; default 120)  SOAK_MAX_REQUESTS (pm.max_requests, 0)
#   SOAK_SEED      repeat a run's random choices
#   SOAK_SELFTEST  "wrong": one file is served with an output PHP without
#                  Kiln does not print; "crash": one worker gets SIGSEGV
#                  instead of SIGKILL. Both must make the run fail.
#   SOAK_KEEP=1    keep the work directory (logs, wrong responses)
#
# Last line: "soak: N passed, M failed". Exit status 0 only when M = 0.
# Everything runs in a fresh temporary directory; every process started is
# stopped by PID, the segment (kiln.shm_name) and the arena objects of the
# processes started here are removed from /dev/shm, the directory is deleted.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
so_in=${1:-$root/target/release/libkiln.so}
secs=${SOAK_SECONDS:-600}
apps=${SOAK_APPS-bgen,mw,dw}
php_fpm=${PHP_FPM:-$(command -v php-fpm8.2 || command -v php-fpm || true)}
php_cgi=${PHP_CGI:-$(command -v php-cgi8.2 || command -v php-cgi || true)}
mw_dir=${MW_DIR:-/usr/share/mediawiki}
dw_dir=${DW_DIR:-/usr/share/dokuwiki}

say() { printf '[soak %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
bail() { say "error: $*"; echo "soak: 0 passed, 1 failed"; exit 1; }

# The library may be rebuilt while we run: wait a little for it, then copy it.
for ((i = 0; i < 60; i++)); do
  [ -s "$so_in" ] && break
  ((i == 0)) && say "waiting for $so_in (being rebuilt?)"
  sleep 2
done
[ -s "$so_in" ] || bail "$so_in not built (make build)"
for t in php python3 timeout; do command -v "$t" >/dev/null || bail "$t is missing (scripts/deps.sh test)"; done
[ -n "$php_fpm" ] || bail "php-fpm is missing (apt-get install php8.2-fpm)"
[ -n "$php_cgi" ] || bail "php-cgi is missing (apt-get install php8.2-cgi)"
php -n -r 'exit(function_exists("pcntl_fork") ? 0 : 1);' || bail "the PHP CLI has no pcntl (needed by soak/ref.php)"

W=$(mktemp -d "${TMPDIR:-/tmp}/kiln-soak.XXXXXX")
chmod 0755 "$W"
shm="kiln-soak-$$-$RANDOM"

children_of() { # PID -> the PIDs whose parent it is (from /proc)
  local stat line
  local -a f
  for stat in /proc/[0-9]*/stat; do
    read -r line <"$stat" 2>/dev/null || continue
    read -r -a f <<<"${line##*) }"
    [ "${f[1]:-}" = "$1" ] && { stat=${stat#/proc/}; echo "${stat%/stat}"; }
  done
}

cleanup() {
  local rc=$? p c
  trap - EXIT INT TERM
  # php-fpm still running (the driver was killed): its workers, then it.
  if [ -f "$W/pids" ]; then
    while read -r p; do
      [ -n "$p" ] || continue
      kill -0 "$p" 2>/dev/null || continue
      for c in $(children_of "$p"); do kill -KILL "$c" 2>/dev/null; done
      kill -KILL "$p" 2>/dev/null
    done <"$W/pids"
  fi
  [ -n "${driver_pid:-}" ] && kill -0 "$driver_pid" 2>/dev/null && kill -KILL "$driver_pid" 2>/dev/null
  rm -f "/dev/shm/$shm"
  # Arena objects are named kiln-arena.<uid>.<pid of the family's first process>.<nonce>.
  if [ -f "$W/spawned" ]; then
    while read -r p; do
      [ -n "$p" ] && rm -f /dev/shm/kiln-arena.*."$p".* 2>/dev/null
    done <"$W/spawned"
  fi
  if [ "${SOAK_KEEP:-0}" = 1 ]; then
    say "work directory kept: $W"
  else
    rm -rf "$W"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$W"/{logs,www,store,ref}
cp "$so_in" "$W/kiln.so"   # a private copy: a rebuild must not change the library FPM has mapped
say "work directory $W; Kiln $(stat -c %s "$W/kiln.so") bytes from $so_in; segment /$shm"

# ------------------------------------------------------------------ apps
php -n "$here/gen.php" "$W/www/app" "$W/store" "${SOAK_MODELS:-30}" "${SOAK_VARIANTS:-4}" || bail "soak/gen.php failed"
cp "$root/status/kiln-status.php" "$W/www/kiln-status.php"
want=()
IFS=, read -r -a req_apps <<<"$apps"
for a in "${req_apps[@]}"; do
  case "$a" in
    "") ;;
    bgen)
      php -n "$root/bench/gen/generate.php" "$W/www/bgen" "${SOAK_BGEN_FILES:-120}" >/dev/null || bail "bench/gen/generate.php failed"
      want+=(bgen) ;;
    mw)
      mods=$(php -m 2>/dev/null)   # (not piped into grep -q: with pipefail, php's SIGPIPE would count)
      if [ ! -f "$mw_dir/maintenance/install.php" ] || ! grep -qix pdo_sqlite <<<"$mods"; then
        say "MediaWiki skipped: the mediawiki package (and php8.2-sqlite3) is not installed"
        continue
      fi
      say "installing MediaWiki (SQLite) into the work directory"
      mkdir -p "$W/mw/db" "$W/mw/cache"
      if ! php "$mw_dir/maintenance/install.php" --dbtype sqlite --dbpath "$W/mw/db" --dbname wiki \
          --confpath "$W/mw" --server "http://127.0.0.1" --scriptpath "" --lang en \
          --pass "Soak-$(date +%s)-$$!" "Kiln Soak Wiki" "Admin" >"$W/logs/mw-install.log" 2>&1 ||
         [ ! -f "$W/mw/LocalSettings.php" ]; then
        tail -20 "$W/logs/mw-install.log"
        bail "MediaWiki installation failed"
      fi
      cat >>"$W/mw/LocalSettings.php" <<EOF

# --- Kiln soak test
\$wgCacheDirectory = "$W/mw/cache";
\$wgJobRunRate = 0;
\$wgShowExceptionDetails = true;
\$wgDebugLogFile = "";
\$wgParserCacheExpireTime = 86400 * 365;
EOF
      want+=(mw) ;;
    dw)
      if [ ! -f "$dw_dir/doku.php" ]; then
        say "DokuWiki skipped: the dokuwiki package is not installed"
        continue
      fi
      say "setting up DokuWiki (private conf + data copy) in the work directory"
      d="$W/dw"
      mkdir -p "$d/conf" "$d/data" "$W/www/dw"
      cp -rL /etc/dokuwiki/. "$d/conf/" 2>/dev/null || true
      for f in acl.auth.php users.auth.php; do
        [ -s "$d/conf/$f" ] || cp "/etc/dokuwiki/$f.dist" "$d/conf/$f" 2>/dev/null || true
      done
      rm -f "$d/conf/apache.conf" "$d/conf/lighttpd.conf"
      cp -R /var/lib/dokuwiki/data/. "$d/data/" 2>/dev/null || true
      for f in pages attic media media_attic media_meta meta cache index locks tmp log; do mkdir -p "$d/data/$f"; done
      cat >>"$d/conf/local.php" <<EOF

// --- Kiln soak test: private data directory, no DNS lookups, no update check
\$conf['savedir'] = '$d/data';
\$conf['title'] = 'Kiln Soak DokuWiki';
\$conf['dnslookups'] = 0;
\$conf['updatecheck'] = 0;
\$conf['cachetime'] = 86400 * 365;
EOF
      {
        printf '====== Kiln Soak DokuWiki ======\n\nThis is the Kiln soak start page.\n\n'
        sed -n '2,$p' /var/lib/dokuwiki/data/pages/wiki/dokuwiki.txt 2>/dev/null || true
      } >"$d/data/pages/start.txt"
      cat >"$W/www/dw/doku.php" <<EOF
<?php
// Kiln soak test: DokuWiki's code from the Debian package, conf and data from the work directory.
define('DOKU_INC', '$dw_dir/');
define('DOKU_MAIN_CONF', '$d/conf/');
define('DOKU_CONF', '$d/conf/');
require DOKU_INC . 'doku.php';
EOF
      want+=(dw) ;;
    *) bail "unknown app '$a' in SOAK_APPS (bgen, mw, dw)" ;;
  esac
done
# Older than kiln.file_update_protection: cacheable from the first request.
find "$W/www" "$W/store" -exec touch -h -d '-10 minutes' {} + 2>/dev/null || true

port=$(php -n -r '$s = stream_socket_server("tcp://127.0.0.1:0", $e, $m) or exit(1); $n = stream_socket_get_name($s, false); echo substr($n, strrpos($n, ":") + 1);') ||
  bail "no free port"

apps_list=$(IFS=,; echo "${want[*]:-}")
say "soak: ${secs} s, apps: versioned${apps_list:+,$apps_list}; php-fpm on 127.0.0.1:$port"
timeout -k 10 $((secs + 120)) python3 "$here/soak.py" --work "$W" --soak-dir "$here" --port "$port" \
  --seconds "$secs" --so "$W/kiln.so" --shm-name "/$shm" --shm-size "${SOAK_SHM_SIZE:-32M}" \
  --apps "$apps_list" --clients "${SOAK_CLIENTS:-6}" --workers "${SOAK_WORKERS:-4}" \
  --php "$(command -v php)" --php-fpm "$php_fpm" --php-cgi "$php_cgi" --mw-dir "$mw_dir" \
  --quiesce-every "${SOAK_QUIESCE_EVERY:-120}" --max-requests "${SOAK_MAX_REQUESTS:-0}" \
  ${SOAK_SEED:+--seed "$SOAK_SEED"} ${SOAK_SELFTEST:+--selftest "$SOAK_SELFTEST"} &
driver_pid=$!
wait "$driver_pid"
rc=$?
driver_pid=""
if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
  say "the driver did not finish in $((secs + 120)) s"
  echo "soak: 0 passed, 1 failed"
fi
exit "$rc"
