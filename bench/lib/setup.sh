# Kiln benchmark: the applications, built into the work directory $W.
# Sourced by bench/run.sh.

# The generated compile-heavy application, served at /gen/ and run by the CLI.
setup_gen() {
  log "generating the compile-heavy application ($GEN_FILES files)"
  php -n "$ROOT/bench/gen/generate.php" "$W/www/gen" "$GEN_FILES" >&2
  cp "$ROOT/bench/lib/status.php" "$W/www/gen/_status.php"
  GEN_HASH=$(php -n "$W/www/gen/cli.php" | sed -n 's/^gen-ok:\([0-9a-f]*\).*/\1/p')
  [ -n "$GEN_HASH" ] || die "the generated application does not run"
  meta "generated app" "$GEN_FILES PHP files, $(du -sk "$W/www/gen/src" | cut -f1) KiB, gen-ok:$GEN_HASH"
}

# MediaWiki from the Debian package, installed non-interactively into $W/mw
# (SQLite database, LocalSettings.php, caches); the code stays in $MW_DIR and
# is read in place. FPM passes MW_CONFIG_FILE to select the LocalSettings.
setup_mw() {
  [ -f "$MW_DIR/maintenance/install.php" ] || die "MediaWiki not found in $MW_DIR (apt-get install mediawiki)"
  log "installing MediaWiki (SQLite) into the work directory"
  mkdir -p "$W/mw/db" "$W/mw/cache"
  local ini pass
  ini=$(mode_ini cli nocache setup)
  pass="Bench-$(date +%s)-$$!"
  if ! PHP_INI_SCAN_DIR= php -c "$ini" "$MW_DIR/maintenance/install.php" \
    --dbtype sqlite --dbpath "$W/mw/db" --dbname wiki --confpath "$W/mw" \
    --server "http://127.0.0.1:$PORT" --scriptpath "" --lang en --pass "$pass" \
    "Kiln Bench Wiki" "Admin" >"$W/logs/mw-install.log" 2>&1 || [ ! -f "$W/mw/LocalSettings.php" ]; then
    tail -20 "$W/logs/mw-install.log" >&2
    die "MediaWiki installation failed"
  fi
  cat >>"$W/mw/LocalSettings.php" <<EOF

# --- Kiln benchmark
\$wgCacheDirectory = "$W/mw/cache";   # localisation cache in CDB files
\$wgJobRunRate = 0;                   # no job queue work inside page views
\$wgShowExceptionDetails = true;
\$wgDebugLogFile = "";
EOF
  MW_VERSION=$(sed -n "s/^define( *'MW_VERSION', *'\([^']*\)'.*/\1/p" "$MW_DIR/includes/Defines.php" 2>/dev/null | head -1)
  meta "MediaWiki" "${MW_VERSION:-?} (Debian package), SQLite, page /index.php?title=Main_Page"
  # First view builds the localisation and parser caches; not measured.
  mw_cgi_env
  if ! env "${MW_CGI_ENV[@]}" "$PHP_CGI" -c "$ini" >"$W/logs/mw-first.html" 2>&1 ||
    ! grep -q "$(page_marker mw)" "$W/logs/mw-first.html"; then
    head -c 2000 "$W/logs/mw-first.html" >&2
    die "MediaWiki main page does not render"
  fi
}

# DokuWiki from the Debian package: the code stays in $DW_DIR and is read in
# place; a private writable copy of its conf ($DW_CONF_SRC, /etc/dokuwiki)
# and data ($DW_DATA_SRC, /var/lib/dokuwiki/data) lives in $W/dw, so the
# system's install is never written to. Served as /dw/doku.php: a small front
# controller in $W/www/dw defines DOKU_INC (the package's code) and
# DOKU_CONF / DOKU_MAIN_CONF (the private conf), which Debian's
# inc/preload.php honours, then runs the package's doku.php. The package
# ships no start page: one is written here (a heading, the marker sentence,
# the package's wiki:dokuwiki text) and rendered once (xhtml and instruction
# caches, metadata), checking that the whole page came out. Its files are
# back-dated here, before that first view (see below).
setup_dw() {
  [ -f "$DW_DIR/doku.php" ] || die "DokuWiki not found in $DW_DIR (apt-get install dokuwiki)"
  log "setting up DokuWiki (private conf + data) in the work directory"
  local d="$W/dw" f ini
  mkdir -p "$d/conf" "$d/data" "$W/www/dw"
  # conf: every file, symlinks (acl.auth.php, users.auth.php -> /var/lib/dokuwiki/acl) followed.
  cp -rL "$DW_CONF_SRC/." "$d/conf/" 2>"$W/logs/dw-copy.log" || true
  for f in acl.auth.php users.auth.php; do
    [ -s "$d/conf/$f" ] || cp "$DW_CONF_SRC/$f.dist" "$d/conf/$f"   # unreadable without root: the package defaults
  done
  rm -f "$d/conf/apache.conf" "$d/conf/lighttpd.conf"
  cp -R "$DW_DATA_SRC/." "$d/data/" 2>>"$W/logs/dw-copy.log" ||
    log "  $DW_DATA_SRC not fully readable (not root?); missing parts start empty"
  for f in pages attic media media_attic media_meta meta cache index locks tmp log; do mkdir -p "$d/data/$f"; done
  cat >>"$d/conf/local.php" <<EOF

// --- Kiln benchmark: private data directory, no DNS lookups, no update check
\$conf['savedir'] = '$d/data';
\$conf['title'] = 'Kiln Bench DokuWiki';
\$conf['dnslookups'] = 0;
\$conf['updatecheck'] = 0;
EOF
  {
    printf '====== Kiln Bench DokuWiki ======\n\n%s.\n\n' "$(page_marker dw)"
    sed -n '2,$p' "$DW_DATA_SRC/pages/wiki/dokuwiki.txt" 2>/dev/null || true
  } >"$d/data/pages/start.txt"
  cat >"$W/www/dw/doku.php" <<EOF
<?php
// Kiln benchmark: DokuWiki's code from the Debian package, conf and data from the work directory.
define('DOKU_INC', '$DW_DIR/');
define('DOKU_MAIN_CONF', '$d/conf/');
define('DOKU_CONF', '$d/conf/');
require DOKU_INC . 'doku.php';
EOF
  DW_VERSION=$(tr -d '"' <"$DW_DIR/VERSION" 2>/dev/null | head -1)
  meta "DokuWiki" "${DW_VERSION:-?} (Debian package), private conf + data copy, page /dw/doku.php?id=start"
  # Back-dated now, not with the others in run.sh: DokuWiki's render caches
  # are valid only while they are newer than the page and the conf files,
  # so those get their old mtimes first and the first view below (not
  # measured) then writes caches that stay valid in every mode. Back-dating
  # them together would make every cache stale and have the first measured
  # requests re-render the page concurrently.
  backdate "$d" "$W/www/dw"
  ini=$(mode_ini cli nocache setup)
  dw_cgi_env
  if ! (cd "$W/www/dw" && env "${DW_CGI_ENV[@]}" "$PHP_CGI" -c "$ini") >"$W/logs/dw-first.html" 2>&1 ||
    ! grep -q "$(page_marker dw)" "$W/logs/dw-first.html" || ! grep -q '</html>' "$W/logs/dw-first.html"; then
    head -c 2000 "$W/logs/dw-first.html" >&2
    die "DokuWiki start page does not render"
  fi
}

# CGI environment of one GET request (for php-cgi under callgrind).
mw_cgi_env() {
  MW_CGI_ENV=(PHP_INI_SCAN_DIR= MW_CONFIG_FILE="$W/mw/LocalSettings.php" REDIRECT_STATUS=200
    REQUEST_METHOD=GET GATEWAY_INTERFACE=CGI/1.1 SERVER_PROTOCOL=HTTP/1.1 REMOTE_ADDR=127.0.0.1
    SERVER_NAME=127.0.0.1 SERVER_PORT="$PORT" HTTP_HOST="127.0.0.1:$PORT" DOCUMENT_ROOT="$MW_DIR"
    SCRIPT_FILENAME="$MW_DIR/index.php" SCRIPT_NAME=/index.php
    REQUEST_URI="/index.php?title=Main_Page" QUERY_STRING="title=Main_Page")
}
dw_cgi_env() {
  DW_CGI_ENV=(PHP_INI_SCAN_DIR= REDIRECT_STATUS=200 REQUEST_METHOD=GET GATEWAY_INTERFACE=CGI/1.1
    SERVER_PROTOCOL=HTTP/1.1 REMOTE_ADDR=127.0.0.1 SERVER_NAME=127.0.0.1 SERVER_PORT="$PORT"
    HTTP_HOST="127.0.0.1:$PORT" DOCUMENT_ROOT="$W/www" SCRIPT_FILENAME="$W/www/dw/doku.php"
    SCRIPT_NAME=/dw/doku.php REQUEST_URI="/dw/doku.php?id=start" QUERY_STRING="id=start")
}
gen_cgi_env() {
  GEN_CGI_ENV=(PHP_INI_SCAN_DIR= REDIRECT_STATUS=200 REQUEST_METHOD=GET GATEWAY_INTERFACE=CGI/1.1
    SERVER_PROTOCOL=HTTP/1.1 REMOTE_ADDR=127.0.0.1 SERVER_NAME=127.0.0.1 SERVER_PORT="$PORT"
    HTTP_HOST="127.0.0.1:$PORT" DOCUMENT_ROOT="$W/www" SCRIPT_FILENAME="$W/www/gen/index.php"
    SCRIPT_NAME=/gen/index.php REQUEST_URI=/gen/index.php QUERY_STRING=)
}

# A small project for composer and phpunit.
setup_cli_project() {
  local p="$W/cli/project"
  mkdir -p "$p/src" "$p/tests" "$W/cli/composer-home"
  cat >"$p/composer.json" <<'EOF'
{
    "name": "kiln/bench-sample",
    "description": "Sample project for the Kiln benchmark",
    "type": "project",
    "license": "MIT",
    "require": {
        "php": ">=8.1",
        "ext-json": "*",
        "ext-mbstring": "*"
    },
    "autoload": {
        "psr-4": { "Sample\\": "src/" }
    }
}
EOF
  cat >"$p/src/Slugger.php" <<'EOF'
<?php
declare(strict_types=1);

namespace Sample;

final class Slugger
{
    public function __construct(private readonly string $separator = '-')
    {
    }

    public function slug(string $text): string
    {
        $text = mb_strtolower(trim($text));
        $text = (string)preg_replace('/[^\p{L}\p{N}]+/u', $this->separator, $text);
        return trim($text, $this->separator);
    }
}
EOF
  cat >"$p/tests/SluggerTest.php" <<'EOF'
<?php
declare(strict_types=1);

require_once __DIR__ . '/../src/Slugger.php';

use PHPUnit\Framework\TestCase;
use Sample\Slugger;

final class SluggerTest extends TestCase
{
    /** @dataProvider cases */
    public function testSlug(string $in, string $out): void
    {
        $this->assertSame($out, (new Slugger())->slug($in));
    }

    public static function cases(): array
    {
        return [
            ['Hello World', 'hello-world'],
            ['  Kiln: a PHP opcode cache ', 'kiln-a-php-opcode-cache'],
            ['Ünïcödé Straße', 'ünïcödé-straße'],
            ['', ''],
        ];
    }

    public function testSeparator(): void
    {
        $this->assertSame('a_b_c', (new Slugger('_'))->slug('a b c'));
    }
}
EOF
  # PHPUnit 10 and later (trixie's 11) read the data provider from an
  # attribute (the doc-comment form is deprecated there, and a deprecation
  # turns "OK (" into "OK, but there were issues!"); 9 (bookworm) keeps the
  # doc comment.
  local major
  major=$(PHP_INI_SCAN_DIR= php -c "$W/ini/base-cli.ini" "$PHPUNIT_BIN" --version 2>/dev/null | sed -n 's/^PHPUnit \([0-9]*\)\..*/\1/p' | head -1)
  if [ "${major:-0}" -ge 10 ]; then
    php -n -r '$f = $argv[1]; file_put_contents($f, str_replace("/** @dataProvider cases */", "#[\\PHPUnit\\Framework\\Attributes\\DataProvider(\x27cases\x27)]", file_get_contents($f)));' "$p/tests/SluggerTest.php"
  fi
}

# Old mtimes: OPcache (file_update_protection=2) skips files changed in the
# last 2 s; nothing the benchmark runs should be that fresh.
backdate() { find "$@" -exec touch -h -d '-10 minutes' {} + 2>/dev/null || true; }
