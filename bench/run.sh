#!/usr/bin/env bash
# Kiln benchmark harness: `make bench` (QUICK, a few minutes) or
# `make bench FULL=1`. See bench/README.md.
#
#   bench/run.sh [path/to/libkiln.so]
#
# Everything runs in a fresh temporary directory on 127.0.0.1: nginx and
# php-fpm (generated configs), MediaWiki on SQLite, DokuWiki, a generated
# compile-heavy application, pool memory at 4 and 16 workers, composer/phpunit
# runs, callgrind. Every process started here
# is stopped by PID on exit (trap), every Kiln segment is removed from
# /dev/shm, the temporary directory is deleted (KEEP_WORK=1 keeps it).
#
# Writes bench/results/latest.md and latest.tsv; the last line printed is the
# ratio summary. Exit status 1 only if something failed to run (never because
# of a figure).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SO=${1:-$ROOT/target/release/libkiln.so}
# shellcheck source=lib/common.sh
source "$ROOT/bench/lib/common.sh"
source "$ROOT/bench/lib/setup.sh"
source "$ROOT/bench/lib/web.sh"
source "$ROOT/bench/lib/cli.sh"

# --------------------------------------------------------------- profile
if [ "${FULL:-0}" = 1 ]; then
  PROFILE=FULL
  : "${ROUNDS:=5}" "${DURATION:=30}" "${WARM_SECONDS:=3}" "${CLI_ROUNDS:=40}"
  : "${INSTR_WARMUP:=2}" "${INSTR_R1:=2}" "${INSTR_R2:=12}"
  : "${WORKERS:=4}"
else
  PROFILE=QUICK
  : "${ROUNDS:=3}" "${DURATION:=8}" "${WARM_SECONDS:=1}" "${CLI_ROUNDS:=10}"
  : "${INSTR_WARMUP:=2}" "${INSTR_R1:=1}" "${INSTR_R2:=2}"
fi
: "${WORKERS:=2}"                      # FPM static pool size (QUICK 2, FULL 4)
: "${CONNS:=$((2 * WORKERS))}"         # wrk connections
: "${PAGES:=mw dw gen}"
: "${WEB_MODES:=nocache opcache kiln}"
: "${PARTS:=mem web poolmem cli instr}"
: "${POOL_SIZES:=4 16}"                # poolmem: pool sizes (workers)
: "${POOL_ROUNDS:=1}"                  # poolmem: rounds (every size and mode once per round)
: "${POOL_REQS:=3}"                    # poolmem: every worker serves every page at least this often, in
: "${POOL_BATCHES:=10}"                # batches of 2 x workers x POOL_REQS requests, at most this many per page
: "${GEN_FILES:=300}"
: "${INSTR_JOBS:=2}"                   # callgrind runs at a time (counts do not depend on it)
: "${INSTR_CLI:=1}"                    # 0: the instr part measures the pages only, no CLI processes
: "${MW_DIR:=/usr/share/mediawiki}"    # where the Debian package puts MediaWiki
: "${DW_DIR:=/usr/share/dokuwiki}"     # DokuWiki's code (Debian package), read in place
: "${DW_CONF_SRC:=/etc/dokuwiki}"      # its conf and data: copied into the work directory
: "${DW_DATA_SRC:=/var/lib/dokuwiki/data}"
: "${RESULTS_DIR:=$ROOT/bench/results}"
: "${SKIP_MISSING:=0}"                 # 1: leave out a page whose application is not installed (else: error)
CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)
# The FPM and CGI of the PHP on the PATH (8.2 natively; 8.4, 8.5 inside the
# Debian root of `make bench PHP=8.4`): php-fpm8.2, php-cgi8.2, ...
PHPV=$(php -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')
PHP_FPM=${PHP_FPM:-$(command -v "php-fpm$PHPV" || command -v php-fpm || true)}
PHP_CGI=${PHP_CGI:-$(command -v "php-cgi$PHPV" || command -v php-cgi || true)}
OPCACHE_BUILTIN=0   # 1: OPcache is part of PHP (8.5), see common.sh
if [[ $'\n'"$(php -n -m 2>/dev/null || true)"$'\n' == *$'\nZend OPcache\n'* ]]; then OPCACHE_BUILTIN=1; fi
COMPOSER_BIN=${COMPOSER_BIN:-$(command -v composer || true)}
PHPUNIT_BIN=${PHPUNIT_BIN:-$(command -v phpunit || true)}

[ -f "$SO" ] || die "Kiln not built: $SO (run make)"
SO=$(cd "$(dirname "$SO")" && pwd)/$(basename "$SO")
for t in php nginx wrk valgrind curl timeout; do
  command -v "$t" >/dev/null || die "$t is missing (scripts/deps.sh bench installs it)"
done
[ -n "$PHP_FPM" ] || die "php-fpm is missing"
[ -n "$PHP_CGI" ] || die "php-cgi is missing"
[ -n "$COMPOSER_BIN" ] || die "composer is missing"
[ -n "$PHPUNIT_BIN" ] || die "phpunit is missing"

# ------------------------------------------------------------- work dir
W=$(mktemp -d "${TMPDIR:-/tmp}/kiln-bench.XXXXXX")
chmod 0755 "$W"   # nginx workers reach the FPM socket below it
trap bench_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
mkdir -p "$W"/{logs,www,cli,instr,sessions}
: >"$W/results.tsv"
: >"$W/meta.tsv"
START=$(date +%s)

kiln_git=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -n "$(git -C "$ROOT" status --porcelain -- src Cargo.toml Cargo.lock build.rs 2>/dev/null)" ] && kiln_git="$kiln_git+dirty"
meta "date" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
meta "profile" "$PROFILE (web: $ROUNDS rounds x ${DURATION}s per page and mode, $CONNS connections, $WORKERS FPM workers; pool memory: $POOL_SIZES workers; cli: $CLI_ROUNDS rounds; callgrind: php-cgi -T $( ((INSTR_WARMUP > 0)) && echo "$INSTR_WARMUP,")$INSTR_R1 vs $( ((INSTR_WARMUP > 0)) && echo "$INSTR_WARMUP,")$INSTR_R2)"
meta "PHP" "$(php -n -r 'echo PHP_VERSION, " ", PHP_OS, " ", php_uname("m");')"
meta "Kiln" "$kiln_git ($(basename "$SO"), $(stat -c %s "$SO") bytes)"
meta "machine" "$(nproc) CPUs, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1), kernel $(uname -r)"
meta "load average at start" "$(cut -d' ' -f1-3 /proc/loadavg)"
meta "tools" "$(nginx -v 2>&1 | sed 's/.*: //'), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $(valgrind --version), $("$PHP_FPM" -v 2>/dev/null | head -1 | cut -d' ' -f1-2) (fpm)"

# SKIP_MISSING=1 (make bench PHP=8.x, where a Debian release may lack a
# package): a page whose application is not installed is left out, and the
# environment table says so.
if [ "$SKIP_MISSING" = 1 ]; then
  kept=""
  for page in $PAGES; do
    case "$page" in
      mw) [ -f "$MW_DIR/maintenance/install.php" ] || { meta "skipped: mw" "MediaWiki not installed ($MW_DIR; Debian package mediawiki not available for PHP $PHPV)"; log "skipping mw: MediaWiki not installed"; continue; } ;;
      dw) [ -f "$DW_DIR/doku.php" ] || { meta "skipped: dw" "DokuWiki not installed ($DW_DIR; Debian package dokuwiki not available for PHP $PHPV)"; log "skipping dw: DokuWiki not installed"; continue; } ;;
    esac
    kept="$kept${kept:+ }$page"
  done
  PAGES=$kept
fi

PORT=$(free_port)
log "profile $PROFILE; work directory $W; port 127.0.0.1:$PORT"
base_ini cli php
base_ini fpm "$PHP_FPM"
base_ini cgi "$PHP_CGI"

setup_gen
[[ " $PAGES " == *" mw "* ]] && setup_mw
[[ " $PAGES " == *" dw "* ]] && setup_dw
setup_cli_project
meta "CLI tools" "$(PHP_INI_SCAN_DIR= php -c "$W/ini/base-cli.ini" "$COMPOSER_BIN" --version 2>/dev/null | head -1 | cut -d' ' -f1-3), $(PHP_INI_SCAN_DIR= php -c "$W/ini/base-cli.ini" "$PHPUNIT_BIN" --version 2>/dev/null | head -1 | cut -d' ' -f1-2)"
backdate "$W/www" "$W/mw" "$W/cli"   # $W/dw: by setup_dw, before its first view
sleep 1

for part in $PARTS; do
  case "$part" in
    mem) log "memory: cache bytes per app (opcache, kiln, kiln compress=0)"; mem_phase ;;
    web) web_phase ;;
    poolmem) log "pool memory: sum of Pss of php-fpm master + workers at $POOL_SIZES workers"; pool_phase ;;
    cli) cli_phase ;;
    instr) instr_phase ;;
    *) die "unknown part $part (PARTS: mem web poolmem cli instr)" ;;
  esac
done

meta "load average at end" "$(cut -d' ' -f1-3 /proc/loadavg)"
meta "run time" "$(($(date +%s) - START)) s"

mkdir -p "$RESULTS_DIR"
cp "$W/results.tsv" "$RESULTS_DIR/latest.tsv"
cp "$W/meta.tsv" "$RESULTS_DIR/latest.meta.tsv"   # report.php can re-render latest.md from these two
echo
php -n "$ROOT/bench/lib/report.php" "$W/results.tsv" "$W/meta.tsv" "$RESULTS_DIR/latest.md"
((${#BENCH_FAILS[@]} == 0))
