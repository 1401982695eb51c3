<?php
/**
 * Kiln status page — one self-contained file (no external CSS, JS, fonts or
 * CDN; works offline). Drop it anywhere PHP serves, or require it from a page
 * of yours, and protect it like any admin page.
 *
 *   GET  kiln-status.php                     HTML overview and script table
 *        ?refresh=N                          reload every N seconds (1..3600)
 *        ?q=text&sort=hits&dir=desc          filter / sort the script table (also done live by the inline script)
 *        ?limit=N                            rows shown (default 1000, 0 = all)
 *        ?format=json[&scripts=0]            kiln_get_status() as JSON
 *        ?format=prometheus                  Prometheus text exposition 0.0.4
 *   POST action=reset | action=invalidate&path=… | action=invalidate_prefix&prefix=DIR,
 *        with the CSRF token: 303 back to the page
 *
 * CSRF: a random secret in an HttpOnly, SameSite=Strict cookie scoped to this
 * page; forms carry an HMAC of it, compared with hash_equals(). Define
 * KILN_STATUS_SECRET before requiring this file to mix in a server secret.
 * Actions refused by kiln.restrict_api or with a bad token answer 403.
 */
declare(strict_types=1);

const KILN_STATUS_CSRF_COOKIE = 'kiln_status_csrf';
const KILN_STATUS_FLASH_COOKIE = 'kiln_status_flash';
const KILN_STATUS_DEFAULT_LIMIT = 1000;
/** Sortable columns of the script table: query name => [row field, numeric]. */
const KILN_STATUS_COLUMNS = [
    'path' => ['path', false],
    'tier' => ['tier', false],
    'raw' => ['raw_size', true],
    'stored' => ['stored_size', true],
    'hits' => ['hits', true],
    'used' => ['last_used', true],
    'mtime' => ['mtime', true],
];

// ---------------------------------------------------------------- helpers

function kiln_status_h(mixed $v): string
{
    if (is_bool($v)) {
        $v = $v ? 'yes' : 'no';
    }
    return htmlspecialchars((string)$v, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

function kiln_status_bytes(int|float $n): string
{
    $u = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    $i = 0;
    while (abs($n) >= 1024 && $i < count($u) - 1) {
        $n /= 1024;
        $i++;
    }
    return ($i ? number_format($n, $n < 10 ? 2 : 1) : (string)(int)$n) . "\u{a0}" . $u[$i];
}

function kiln_status_int(int|float $n): string
{
    return number_format((float)$n, 0, '.', ',');
}

function kiln_status_pct(float $part, float $whole, int $decimals = 1): string
{
    return $whole > 0 ? number_format(100 * $part / $whole, $decimals) . '%' : '–';
}

function kiln_status_date(int $ts): string
{
    return $ts > 0 ? date('Y-m-d H:i:s', $ts) : '—';
}

function kiln_status_ago(int $ts, int $now): string
{
    if ($ts <= 0) {
        return 'never';
    }
    $d = $now - $ts;
    if ($d < 0) {
        return 'in the future';
    }
    foreach ([[86400, 'd'], [3600, 'h'], [60, 'min']] as [$sec, $unit]) {
        if ($d >= $sec) {
            $major = intdiv($d, $sec);
            return "$major\u{a0}$unit ago";
        }
    }
    return "$d\u{a0}s ago";
}

/** A <time> element: local date as text, relative age as title. */
function kiln_status_time(int $ts, int $now): string
{
    if ($ts <= 0) {
        return '<span class="muted">—</span>';
    }
    return '<time datetime="' . gmdate('Y-m-d\TH:i:s\Z', $ts) . '" title="' . kiln_status_h(kiln_status_ago($ts, $now)) . '">'
        . kiln_status_h(kiln_status_date($ts)) . '</time>';
}

/** The path of this page as requested (never an absolute or protocol-relative URL). */
function kiln_status_self_path(): string
{
    $p = (string)($_SERVER['SCRIPT_NAME'] ?? '');
    if ($p === '' || PHP_SAPI === 'cli') {
        $p = '/' . basename((string)($_SERVER['SCRIPT_FILENAME'] ?? 'kiln-status.php'));
    }
    $p = '/' . ltrim(str_replace('\\', '/', $p), '/');
    return implode('/', array_map('rawurlencode', explode('/', $p)));
}

/** View parameters of the request, validated (kept across links, forms and redirects). */
function kiln_status_view(array $get): array
{
    $v = [];
    $r = filter_var($get['refresh'] ?? null, FILTER_VALIDATE_INT);
    if ($r !== false && $r !== null && $r > 0) {
        $v['refresh'] = min(3600, $r);
    }
    $q = $get['q'] ?? '';
    if (is_string($q) && $q !== '') {
        $v['q'] = substr($q, 0, 500);
    }
    $s = $get['sort'] ?? '';
    if (is_string($s) && isset(KILN_STATUS_COLUMNS[$s])) {
        $v['sort'] = $s;
    }
    $d = $get['dir'] ?? '';
    if ($d === 'asc' || $d === 'desc') {
        $v['dir'] = $d;
    }
    $l = filter_var($get['limit'] ?? null, FILTER_VALIDATE_INT);
    if ($l !== false && $l !== null && $l >= 0) {
        $v['limit'] = $l;
    }
    return $v;
}

function kiln_status_url(array $view, array $override = []): string
{
    $q = array_filter(array_merge($view, $override), fn($x) => $x !== null);
    return kiln_status_self_path() . ($q ? '?' . http_build_query($q, '', '&', PHP_QUERY_RFC3986) : '');
}

function kiln_status_https(): bool
{
    return !empty($_SERVER['HTTPS']) && strtolower((string)$_SERVER['HTTPS']) !== 'off';
}

function kiln_status_cookie(string $name, string $value, int $expires = 0): void
{
    if (headers_sent()) {
        return;
    }
    setcookie($name, $value, [
        'expires' => $expires,
        // "/": a path-scoped cookie would have to match the URL path byte for
        // byte as the browser encodes it; the value is random, HttpOnly and Strict.
        'path' => '/',
        'secure' => kiln_status_https(),
        'httponly' => true,
        'samesite' => 'Strict',
    ]);
}

/** The per-browser CSRF secret from its cookie; a new one is issued when missing. */
function kiln_status_csrf_secret(bool $issue): ?string
{
    $c = $_COOKIE[KILN_STATUS_CSRF_COOKIE] ?? null;
    if (is_string($c) && preg_match('/\A[0-9a-f]{64}\z/', $c)) {
        return $c;
    }
    if (!$issue) {
        return null;
    }
    $c = bin2hex(random_bytes(32));
    kiln_status_cookie(KILN_STATUS_CSRF_COOKIE, $c);
    $_COOKIE[KILN_STATUS_CSRF_COOKIE] = $c;
    return $c;
}

function kiln_status_csrf_token(string $secret): string
{
    $server = defined('KILN_STATUS_SECRET') ? (string)constant('KILN_STATUS_SECRET') : '';
    return hash_hmac('sha256', 'kiln-status-csrf-v1|' . $server, $secret);
}

/** Calls a Kiln function, collecting its warnings instead of printing them. */
function kiln_status_call(callable $f, array $args, ?array &$warnings): mixed
{
    $warnings = [];
    set_error_handler(function (int $no, string $msg) use (&$warnings): bool {
        $warnings[] = $msg;
        return true;
    }, E_WARNING | E_NOTICE | E_USER_WARNING);
    try {
        return $f(...$args);
    } finally {
        restore_error_handler();
    }
}

function kiln_status_restricted(array $warnings): bool
{
    foreach ($warnings as $w) {
        if (str_contains($w, 'restrict_api')) {
            return true;
        }
    }
    return false;
}

/**
 * Everything the page shows: ['loaded', 'status' (array|false), 'config',
 * 'warnings', 'restricted'].
 */
function kiln_status_collect(bool $withScripts = true): array
{
    $r = ['loaded' => extension_loaded('kiln'), 'status' => false, 'config' => false, 'warnings' => [], 'restricted' => false];
    if (!$r['loaded'] || !function_exists('kiln_get_status')) {
        $r['loaded'] = false;
        return $r;
    }
    $r['status'] = kiln_status_call('kiln_get_status', [$withScripts], $w1);
    $r['config'] = function_exists('kiln_get_configuration') ? kiln_status_call('kiln_get_configuration', [], $w2) : false;
    $r['warnings'] = array_merge($w1, $w2 ?? []);
    $r['restricted'] = !is_array($r['status']) && kiln_status_restricted($r['warnings']);
    return $r;
}

/** Raw and stored bytes summed over the listed scripts. */
function kiln_status_compression(array $scripts): array
{
    $raw = $stored = $compressed = 0;
    foreach ($scripts as $s) {
        $raw += (int)($s['raw_size'] ?? 0);
        $stored += (int)($s['stored_size'] ?? 0);
        $compressed += !empty($s['compressed']) ? 1 : 0;
    }
    return ['raw' => $raw, 'stored' => $stored, 'compressed' => $compressed, 'entries' => count($scripts)];
}

// ---------------------------------------------------------------- Prometheus

function kiln_status_prom_label(string $v): string
{
    return str_replace(["\\", "\"", "\n"], ["\\\\", "\\\"", "\\n"], $v);
}

function kiln_status_prom_value(int|float|bool $v): string
{
    if (is_bool($v)) {
        return $v ? '1' : '0';
    }
    if (is_int($v)) {
        return (string)$v;
    }
    if (is_nan($v)) {
        return 'NaN';
    }
    if (is_infinite($v)) {
        return $v > 0 ? '+Inf' : '-Inf';
    }
    return json_encode($v, JSON_PRESERVE_ZERO_FRACTION);
}

/** Prometheus text exposition (format 0.0.4) of a collect() result. */
function kiln_status_prometheus(array $c): string
{
    $out = '';
    $metric = function (string $name, string $type, string $help, int|float|bool $value, array $labels = []) use (&$out): void {
        $l = '';
        if ($labels) {
            $parts = [];
            foreach ($labels as $k => $v) {
                $parts[] = $k . '="' . kiln_status_prom_label((string)$v) . '"';
            }
            $l = '{' . implode(',', $parts) . '}';
        }
        $out .= "# HELP $name $help\n# TYPE $name $type\n$name$l " . kiln_status_prom_value($value) . "\n";
    };
    $metric('kiln_loaded', 'gauge', 'Whether the kiln extension is loaded in this PHP (1) or not (0).', $c['loaded']);
    $s = $c['status'];
    if (!is_array($s)) {
        return $out;
    }
    $metric('kiln_enabled', 'gauge', 'Whether Kiln caches in this SAPI (1) or stood down (0).', (bool)$s['enabled']);
    $metric('kiln_info', 'gauge', 'Kiln version, SAPI and segment of the process that answered.', 1, [
        'version' => (string)($s['version'] ?? ''),
        'sapi' => (string)($s['sapi'] ?? ''),
        'segment' => (string)($s['segment']['name'] ?? ''),
    ]);
    $m = $s['memory'] ?? [];
    $metric('kiln_memory_size_bytes', 'gauge', 'Size of the shared-memory segment.', (int)($m['size'] ?? 0));
    $metric('kiln_memory_used_bytes', 'gauge', 'Bytes of the segment holding cached scripts.', (int)($m['used'] ?? 0));
    $metric('kiln_memory_free_bytes', 'gauge', 'Free bytes in the segment.', (int)($m['free'] ?? 0));
    $metric('kiln_memory_wasted_bytes', 'gauge', 'Bytes of dead entries not yet reclaimed.', (int)($m['wasted'] ?? 0));
    $st = $s['statistics'] ?? [];
    $metric('kiln_scripts_cached', 'gauge', 'Scripts currently cached in shared memory.', (int)($st['scripts_cached'] ?? 0));
    $metric('kiln_hit_ratio', 'gauge', 'Hits / (hits + misses) since the segment was created, 0..1.', (float)($st['hit_rate'] ?? 0) / 100);
    $counters = [
        'scripts_removed' => 'Scripts removed (replaced, evicted or invalidated).',
        'hits' => 'Compiles served from the cache.',
        'misses' => 'Compiles not found in the cache.',
        'compiles' => 'Scripts compiled by PHP.',
        'revalidated_by_content' => 'Hits whose file had a new ctime, inode or device but the same mtime, size and bytes (checked by hashing the file).',
        'evictions' => 'Entries evicted to make room.',
        'invalidations' => 'Entries invalidated.',
        'checksum_failures' => 'Damaged entries detected and dropped.',
        'resets' => 'Whole-cache resets.',
        'lock_recoveries' => 'Segment locks recovered from a dead holder.',
    ];
    foreach ($counters as $k => $help) {
        $metric("kiln_{$k}_total", 'counter', $help, (int)($st[$k] ?? 0));
    }
    $metric('kiln_start_time_seconds', 'gauge', 'Unix time the segment was created.', (int)($st['start_time'] ?? 0));
    $metric('kiln_last_reset_time_seconds', 'gauge', 'Unix time of the last reset (the creation time if never reset).', (int)($st['last_reset_time'] ?? 0));
    $d = $s['disk'] ?? [];
    $metric('kiln_disk_enabled', 'gauge', 'Whether the disk tier is in use (1) or not (0).', !empty($d['enabled']));
    $metric('kiln_disk_entries', 'gauge', 'Entries in the disk tier.', (int)($d['entries'] ?? 0));
    $metric('kiln_disk_bytes', 'gauge', 'Bytes of the disk tier entry files.', (int)($d['bytes'] ?? 0));
    $a = $s['arena'] ?? [];
    $metric('kiln_arena_attached', 'gauge', 'Whether this process runs scripts in place from the shared arena (1) or from private images (0).', ($a['mode'] ?? '') === 'arena');
    $arena = [
        'size' => ['gauge', 'kiln_arena_size_bytes', 'Address range of the arena (both halves).'],
        'used' => ['gauge', 'kiln_arena_used_bytes', 'Bytes used in the current generation\'s half.'],
        'free' => ['gauge', 'kiln_arena_free_bytes', 'Bytes free in the current generation\'s half.'],
        'wasted' => ['gauge', 'kiln_arena_wasted_bytes', 'Bytes of the current half no index entry reaches.'],
        'images' => ['gauge', 'kiln_arena_images', 'Script images published in the current generation.'],
        'linked_classes' => ['gauge', 'kiln_arena_linked_classes', 'Linked classes published in the current generation.'],
        'generation' => ['gauge', 'kiln_arena_generation', 'The current arena generation.'],
        'oldest_live_generation' => ['gauge', 'kiln_arena_oldest_live_generation', 'Oldest generation a live process is inside (0: none).'],
        'processes_attached' => ['gauge', 'kiln_arena_processes_attached', 'Processes holding an arena slot.'],
        'generations_started' => ['counter', 'kiln_arena_generations_started_total', 'Generations started (a full half or slot pool).'],
        'flips_refused' => ['counter', 'kiln_arena_flips_refused_total', 'New generations refused while a process was inside the old one.'],
        'dead_processes_released' => ['counter', 'kiln_arena_dead_processes_released_total', 'Slots of killed processes released.'],
        'builds' => ['counter', 'kiln_arena_builds_total', 'Images built into the arena.'],
        'lookups_hit' => ['counter', 'kiln_arena_lookups_hit_total', 'Images a process found built by another.'],
    ];
    foreach ($arena as $k => [$type, $name, $help]) {
        $metric($name, $type, $help, (int)($a[$k] ?? 0));
    }
    if (isset($s['scripts']) && is_array($s['scripts'])) {
        $z = kiln_status_compression($s['scripts']);
        $metric('kiln_scripts_listed', 'gauge', 'Cached scripts over both tiers (one per path).', $z['entries']);
        $metric('kiln_scripts_raw_bytes', 'gauge', 'Uncompressed size of the cached scripts, summed.', $z['raw']);
        $metric('kiln_scripts_stored_bytes', 'gauge', 'Stored (compressed) size of the cached scripts, summed.', $z['stored']);
    }
    return $out;
}

// ---------------------------------------------------------------- actions (POST)

/** Origin header, when the browser sends one, must be this host. */
function kiln_status_same_origin(): bool
{
    $origin = $_SERVER['HTTP_ORIGIN'] ?? null;
    // Absent, or "null" (sent under strict referrer policies): the token decides alone.
    if ($origin === null || $origin === '' || $origin === 'null') {
        return true;
    }
    $host = (string)($_SERVER['HTTP_HOST'] ?? '');
    $o = parse_url((string)$origin);
    if (!is_array($o) || !isset($o['host'])) {
        return false;
    }
    $oh = strtolower($o['host'] . (isset($o['port']) ? ':' . $o['port'] : ''));
    return $host !== '' && hash_equals(strtolower($host), $oh);
}

/** A refusal: HTTP $code and a small page saying why (no redirect, so the message is seen). */
function kiln_status_refuse(int $code, string $title, string $message, array $view): void
{
    if (!headers_sent()) {
        http_response_code($code);
        header('Content-Type: text/html; charset=UTF-8');
        header('Cache-Control: no-store');
    }
    $back = kiln_status_url($view);
    echo "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
        '<title>', kiln_status_h($title), " · Kiln</title>\n", kiln_status_css(), "</head><body>\n<main class=\"wrap\">\n",
        '<div class="flash error" id="flash" role="alert"><strong>', kiln_status_h($title), '</strong> ', kiln_status_h($message), "</div>\n",
        '<p><a class="btn" href="', kiln_status_h($back), "\">Back to the status page</a></p>\n</main></body></html>\n";
}

function kiln_status_flash(string $kind, string $text): void
{
    if (strlen($text) > 600) {
        $text = substr($text, 0, 600) . '…';
    }
    kiln_status_cookie(KILN_STATUS_FLASH_COOKIE, json_encode([$kind, $text], JSON_INVALID_UTF8_SUBSTITUTE) ?: '', time() + 120);
}

function kiln_status_handle_post(array $view): void
{
    $action = $_POST['action'] ?? '';
    if (!in_array($action, ['reset', 'invalidate', 'invalidate_prefix'], true)) {
        kiln_status_refuse(400, 'Unknown action.', 'Only "reset", "invalidate" and "invalidate_prefix" are accepted.', $view);
        return;
    }
    $secret = kiln_status_csrf_secret(false);
    $field = $_POST['csrf'] ?? '';
    if (!kiln_status_same_origin() || $secret === null || !is_string($field)
        || !hash_equals(kiln_status_csrf_token($secret), $field)) {
        kiln_status_refuse(403, 'Refused: the form token is missing or wrong.',
            'Nothing was changed. Reload the status page (cookies must be enabled for it) and try again.', $view);
        return;
    }
    if (!extension_loaded('kiln') || !function_exists('kiln_reset')) {
        kiln_status_refuse(503, 'Kiln is not loaded.', 'This PHP (' . PHP_SAPI . ') has no kiln extension; nothing to change.', $view);
        return;
    }
    if ($action === 'reset') {
        $ok = kiln_status_call('kiln_reset', [], $w);
        $done = $ok ? ['ok', 'The cache was reset: every script of this segment and its disk tier was dropped.'] : null;
        $what = 'reset';
    } elseif ($action === 'invalidate_prefix') {
        $prefix = $_POST['prefix'] ?? '';
        if (!is_string($prefix) || $prefix === '' || $prefix[0] !== '/') {
            kiln_status_refuse(400, 'No directory given.', 'Invalidating a directory needs an absolute directory name.', $view);
            return;
        }
        if (!function_exists('kiln_invalidate_prefix')) {
            kiln_status_refuse(503, 'Not supported.', 'This Kiln has no kiln_invalidate_prefix().', $view);
            return;
        }
        $n = kiln_status_call('kiln_invalidate_prefix', [$prefix], $w);
        $ok = is_int($n) && $n > 0;
        $done = $ok ? ['ok', "Invalidated $n script" . ($n === 1 ? '' : 's') . " under $prefix"] : null;
        $what = "invalidate under $prefix";
        if ($n === 0) {
            $done = ['warn', "Nothing changed ($what): no cached script is under that directory."];
            $ok = true;
        }
    } else {
        $path = $_POST['path'] ?? '';
        if (!is_string($path) || $path === '') {
            kiln_status_refuse(400, 'No script given.', 'The invalidate action needs a path.', $view);
            return;
        }
        $ok = kiln_status_call('kiln_invalidate', [$path, true], $w);
        $done = $ok ? ['ok', "Invalidated $path"] : null;
        $what = "invalidate $path";
    }
    if (!$ok && kiln_status_restricted($w)) {
        $prefix = (string)ini_get('kiln.restrict_api');
        kiln_status_refuse(403, 'Refused by kiln.restrict_api.',
            "This page is outside \"$prefix\", the only path allowed to use the Kiln API; nothing was changed (tried: $what).", $view);
        return;
    }
    if (!$ok) {
        $s = kiln_status_call('kiln_get_status', [false], $w2);
        $why = is_array($s) && !$s['enabled']
            ? 'Kiln is not caching in this SAPI: ' . (string)$s['reason']
            : ($action === 'invalidate' ? 'that script is not cached (any more).'
                : ($action === 'invalidate_prefix' ? 'the directory could not be invalidated.' : 'the reset failed.'));
        $done = ['warn', "Nothing changed ($what): $why" . ($w ? ' (' . implode('; ', $w) . ')' : '')];
    }
    kiln_status_flash($done[0], $done[1]);
    if (!headers_sent()) {
        header('Cache-Control: no-store');
        header('Location: ' . kiln_status_url($view), true, 303);
    }
}

// ---------------------------------------------------------------- HTML

function kiln_status_css(): string
{
    return <<<'CSS'
<style>
:root{--bg:#f5f6f8;--card:#fff;--fg:#1d2430;--muted:#667085;--line:#e3e6eb;--accent:#c2410c;--accent2:#ea7a3a;
--ok:#15803d;--okbg:#e8f6ec;--warn:#a16207;--warnbg:#fdf6e3;--err:#b42318;--errbg:#fdecea;--free:#dfe7ef;--wasted:#98a2b3;--over:#c7ccd4;--mono:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
@media (prefers-color-scheme:dark){:root{--bg:#12151b;--card:#1b2029;--fg:#e6e9ef;--muted:#98a2b3;--line:#2b3240;--free:#2c3646;--over:#3b4454;--okbg:#12301d;--warnbg:#33290f;--errbg:#3a1714}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--accent)}
.wrap{max-width:84rem;margin:0 auto;padding:1.25rem 1.5rem 3rem}
header.top{display:flex;flex-wrap:wrap;align-items:center;gap:.6rem 1rem;margin-bottom:1rem}
header.top h1{font-size:1.35rem;margin:0;letter-spacing:-.01em;display:flex;align-items:center;gap:.5rem}
.logo{display:inline-block;width:1.3rem;height:1.3rem;border-radius:.35rem;background:linear-gradient(160deg,var(--accent2),var(--accent))}
.meta{color:var(--muted);font-size:.9em}
.spacer{flex:1}
.pill{display:inline-block;padding:.1rem .6rem;border-radius:99px;font-size:.8rem;font-weight:600}
.pill.ok{background:var(--okbg);color:var(--ok)}.pill.warn{background:var(--warnbg);color:var(--warn)}.pill.error{background:var(--errbg);color:var(--err)}
nav.links{display:flex;gap:.4rem;align-items:center;flex-wrap:wrap}
.btn,button{font:inherit;font-size:.85rem;padding:.3rem .7rem;border-radius:.4rem;border:1px solid var(--line);background:var(--card);color:var(--fg);text-decoration:none;cursor:pointer;white-space:nowrap}
.btn:hover,button:hover{border-color:var(--muted)}
.btn.on{border-color:var(--accent);color:var(--accent)}
button.danger{color:var(--err);border-color:color-mix(in srgb,var(--err) 40%,var(--line))}
button.danger:hover{background:var(--errbg)}
button.small{font-size:.78rem;padding:.15rem .5rem}
.flash{padding:.7rem 1rem;border-radius:.5rem;margin:0 0 1rem;border:1px solid var(--line);overflow-wrap:anywhere}
.flash.ok{background:var(--okbg);border-color:color-mix(in srgb,var(--ok) 35%,transparent)}
.flash.warn{background:var(--warnbg);border-color:color-mix(in srgb,var(--warn) 35%,transparent)}
.flash.error{background:var(--errbg);border-color:color-mix(in srgb,var(--err) 35%,transparent)}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(21rem,1fr));gap:1rem;margin-bottom:1rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:.6rem;padding:1rem 1.1rem}
.card h2{font-size:.78rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0 0 .6rem;font-weight:600}
.card.wide{grid-column:1/-1}
.grid.two{grid-template-columns:repeat(auto-fill,minmax(min(100%,30rem),1fr));align-items:start}
.kv dd time{white-space:nowrap}
.big{font-size:1.9rem;font-weight:650;line-height:1.1;letter-spacing:-.02em}
.sub{color:var(--muted);font-size:.88em}
.kv{display:grid;grid-template-columns:auto 1fr;gap:.15rem .9rem;margin:.6rem 0 0}
.kv dt{color:var(--muted)}.kv dd{margin:0;text-align:right;font-variant-numeric:tabular-nums;overflow-wrap:anywhere}
.bar{display:block;width:100%;height:1.4rem;border-radius:.35rem;overflow:hidden;background:var(--free);margin:.4rem 0 .2rem}
.bar rect.used{fill:var(--accent)}.bar rect.wasted{fill:var(--wasted)}.bar rect.free{fill:var(--free)}.bar rect.over{fill:var(--over)}
.bar rect.hits{fill:var(--ok)}.bar rect.misses{fill:var(--accent2)}
.bar.thin{height:.5rem}
.legend{display:grid;grid-template-columns:auto 1fr auto auto;gap:.2rem .7rem;align-items:center;margin-top:.7rem;font-variant-numeric:tabular-nums}
.legend .sw{width:.75rem;height:.75rem;border-radius:.2rem;display:inline-block}
.sw.used{background:var(--accent)}.sw.wasted{background:var(--wasted)}.sw.free{background:var(--free);border:1px solid var(--line)}.sw.over{background:var(--over)}
.legend .n{text-align:right}.legend .p{text-align:right;color:var(--muted);min-width:3.5rem}
table{border-collapse:collapse;width:100%}
th,td{padding:.4rem .6rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{font-size:.78rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600;white-space:nowrap}
th a{color:inherit;text-decoration:none}th a:hover{color:var(--fg)}
th[aria-sort=ascending] a::after{content:" ▲"}th[aria-sort=descending] a::after{content:" ▼"}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tbody tr:hover{background:color-mix(in srgb,var(--accent) 5%,transparent)}
td.path{font-family:var(--mono);font-size:.85em;overflow-wrap:anywhere;min-width:18rem}
td.path .dir{color:var(--muted)}
.tier{display:inline-block;font-size:.75rem;padding:0 .4rem;border-radius:.3rem;background:var(--free);white-space:nowrap}
.toolbar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:0 0 .7rem}
.toolbar input[type=search]{font:inherit;padding:.3rem .6rem;border:1px solid var(--line);border-radius:.4rem;min-width:18rem;background:var(--card);color:var(--fg)}
.empty{color:var(--muted);padding:1.2rem .6rem;text-align:center}
code{font-family:var(--mono);font-size:.9em;overflow-wrap:anywhere}
details summary{cursor:pointer;color:var(--muted);font-weight:600}
.muted{color:var(--muted)}
.scroll{overflow-x:auto}
footer{color:var(--muted);font-size:.85em;margin-top:1.5rem}
form.inline{display:inline}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
</style>
CSS;
}

/** A horizontal stacked bar as inline SVG: [class, value, title] segments. */
function kiln_status_svg_bar(array $parts, string $label, string $extraClass = ''): string
{
    $total = 0;
    foreach ($parts as $p) {
        $total += max(0, $p[1]);
    }
    $x = 0.0;
    $rects = '';
    foreach ($parts as [$class, $value, $title]) {
        $w = $total > 0 ? 1000 * max(0, $value) / $total : 0;
        if ($w > 0) {
            $rects .= sprintf('<rect class="%s" x="%.3f" y="0" width="%.3f" height="10"><title>%s</title></rect>', kiln_status_h($class), $x, $w, kiln_status_h($title));
        }
        $x += $w;
    }
    return '<svg class="bar ' . kiln_status_h($extraClass) . '" viewBox="0 0 1000 10" preserveAspectRatio="none" role="img" aria-label="' . kiln_status_h($label) . '">' . $rects . '</svg>';
}

/** A figure with its exact value in data-value (read by tests and scripts). */
function kiln_status_fig(string $key, int|float $value, string $text): string
{
    return '<span data-key="' . kiln_status_h($key) . '" data-value="' . kiln_status_h(is_float($value) ? json_encode($value) : (string)$value) . '">' . kiln_status_h($text) . '</span>';
}

function kiln_status_render_head(string $title, int $refresh, string $nonce): void
{
    echo "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n",
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
        '<meta name="robots" content="noindex">', "\n";
    if ($refresh > 0) {
        echo '<meta http-equiv="refresh" content="', $refresh, "\">\n";
    }
    echo '<title>', kiln_status_h($title), "</title>\n", str_replace('<style>', '<style nonce="' . $nonce . '">', kiln_status_css()), "\n</head>\n";
}

function kiln_status_render_top(array $c, array $view, string $csrf): void
{
    $s = $c['status'];
    if (!$c['loaded']) {
        $pill = ['error', 'Not loaded'];
    } elseif (!is_array($s)) {
        $pill = ['error', 'API restricted'];
    } elseif (!$s['enabled']) {
        $pill = ['warn', 'Stood down'];
    } else {
        $pill = ['ok', 'Caching'];
    }
    $host = function_exists('gethostname') ? (string)gethostname() : '';
    echo '<header class="top"><h1><span class="logo" aria-hidden="true"></span>Kiln opcode cache</h1>',
        '<span class="pill ', $pill[0], '" id="state-pill">', kiln_status_h($pill[1]), '</span>',
        '<span class="meta">', kiln_status_h(is_array($s) ? 'Kiln ' . $s['version'] . ' · ' : ''), 'PHP ', kiln_status_h(PHP_VERSION),
        ' · ', kiln_status_h(PHP_SAPI), $host !== '' ? ' · ' . kiln_status_h($host) : '', '</span>',
        '<span class="spacer"></span><nav class="links" aria-label="Views">';
    $r = $view['refresh'] ?? 0;
    echo '<span class="meta">Refresh:</span>';
    foreach ([0 => 'off', 5 => '5s', 30 => '30s', 60 => '60s'] as $n => $label) {
        echo '<a class="btn', $r === $n ? ' on' : '', '" href="', kiln_status_h(kiln_status_url($view, ['refresh' => $n ?: null])), '">', $label, '</a>';
    }
    echo '<a class="btn" href="', kiln_status_h(kiln_status_url([], ['format' => 'json'])), '">JSON</a>',
        '<a class="btn" href="', kiln_status_h(kiln_status_url([], ['format' => 'prometheus'])), '">Prometheus</a>';
    if (is_array($s) && $s['enabled']) {
        echo '<form method="post" action="', kiln_status_h(kiln_status_url($view)), '" id="reset-form" class="inline">',
            '<input type="hidden" name="csrf" value="', kiln_status_h($csrf), '">',
            '<input type="hidden" name="action" value="reset">',
            '<button type="submit" class="danger" id="reset">Reset cache</button></form>';
    }
    echo "</nav></header>\n";
}

function kiln_status_render_state(array $c): void
{
    $s = $c['status'];
    if (!$c['loaded']) {
        $ini = php_ini_loaded_file();
        echo '<div class="flash error" id="state" role="alert"><strong>Kiln is not loaded</strong> in this PHP (',
            kiln_status_h(PHP_SAPI), ', PHP ', kiln_status_h(PHP_VERSION), '). Add <code>extension=kiln.so</code> to ',
            $ini ? '<code>' . kiln_status_h($ini) . '</code> or a file of the conf.d directory' : 'php.ini',
            " and restart PHP. Nothing is cached by Kiln here.</div>\n";
        return;
    }
    if (!is_array($s)) {
        echo '<div class="flash error" id="state" role="alert"><strong>The Kiln API is restricted</strong> by <code>kiln.restrict_api = ',
            kiln_status_h((string)ini_get('kiln.restrict_api')), '</code>: only scripts under that path may read the status or change the cache, and this page (<code>',
            kiln_status_h((string)($_SERVER['SCRIPT_FILENAME'] ?? '')), "</code>) is not one of them.";
        foreach ($c['warnings'] as $w) {
            echo '<br><span class="sub">', kiln_status_h($w), '</span>';
        }
        echo "</div>\n";
        return;
    }
    if (!$s['enabled']) {
        echo '<div class="flash warn" id="state" role="status"><strong>Kiln is loaded but not caching</strong> in this SAPI (',
            kiln_status_h($s['sapi']), '): ', kiln_status_h((string)($s['reason'] ?? 'no reason given')), "</div>\n";
    }
}

/** The message left by the last action (read and cleared before any output). */
function kiln_status_take_flash(): ?array
{
    $raw = $_COOKIE[KILN_STATUS_FLASH_COOKIE] ?? null;
    if (!is_string($raw)) {
        return null;
    }
    kiln_status_cookie(KILN_STATUS_FLASH_COOKIE, '', 1);
    $f = json_decode($raw, true);
    if (!is_array($f) || count($f) !== 2 || !in_array($f[0], ['ok', 'warn', 'error'], true) || !is_string($f[1])) {
        return null;
    }
    return $f;
}

function kiln_status_render_flash(?array $f): void
{
    if ($f) {
        echo '<div class="flash ', $f[0], '" id="flash" role="status">', kiln_status_h($f[1]), "</div>\n";
    }
}

function kiln_status_render_cards(array $s, int $now): void
{
    $m = $s['memory'];
    $st = $s['statistics'];
    $size = (int)$m['size'];
    $used = (int)$m['used'];
    $wasted = (int)$m['wasted'];
    $free = (int)$m['free'];
    $over = max(0, $size - $used - $wasted - $free);
    $scripts = $s['scripts'] ?? [];
    $z = kiln_status_compression($scripts);

    echo "<section class=\"grid\" aria-label=\"Overview\">\n";

    // Memory
    echo '<div class="card" id="memory"><h2>Shared memory</h2>',
        '<div class="big">', kiln_status_pct($used + $wasted, $size), '</div><div class="sub">in use of ', kiln_status_h(kiln_status_bytes($size)), ' segment</div>',
        kiln_status_svg_bar([
            ['used', $used, 'used ' . kiln_status_bytes($used)],
            ['wasted', $wasted, 'wasted ' . kiln_status_bytes($wasted)],
            ['over', $over, 'segment metadata ' . kiln_status_bytes($over)],
            ['free', $free, 'free ' . kiln_status_bytes($free)],
        ], 'Memory: used, wasted, metadata, free'),
        '<div class="legend">';
    foreach ([['used', 'Used', $used], ['wasted', 'Wasted', $wasted], ['free', 'Free', $free], ['over', 'Metadata', $over]] as [$k, $label, $v]) {
        echo '<span class="sw ', $k, '"></span><span>', $label, '</span>',
            '<span class="n" title="', kiln_status_h(kiln_status_int($v)), ' bytes">',
            $k === 'over' ? kiln_status_h(kiln_status_bytes($v)) : kiln_status_fig("memory.$k", $v, kiln_status_bytes($v)),
            '</span><span class="p">', kiln_status_pct($v, $size), '</span>';
    }
    echo '</div><dl class="kv"><dt>Segment size</dt><dd>', kiln_status_fig('memory.size', $size, kiln_status_int($size) . ' bytes'), "</dd></dl></div>\n";

    // Hit rate
    $hits = (int)$st['hits'];
    $misses = (int)$st['misses'];
    echo '<div class="card" id="hits"><h2>Hit rate</h2>',
        '<div class="big">', kiln_status_fig('statistics.hit_rate', (float)$st['hit_rate'], $hits + $misses > 0 ? number_format((float)$st['hit_rate'], 1) . '%' : '–'), '</div>',
        '<div class="sub">', $hits + $misses > 0 ? 'of ' . kiln_status_h(kiln_status_int($hits + $misses)) . ' lookups since the segment was created' : 'no lookups yet', '</div>',
        kiln_status_svg_bar([['hits', $hits, 'hits'], ['misses', $misses, 'misses']], 'Hits and misses', 'thin'),
        '<dl class="kv"><dt>Hits</dt><dd>', kiln_status_fig('statistics.hits', $hits, kiln_status_int($hits)), '</dd>',
        '<dt>Misses</dt><dd>', kiln_status_fig('statistics.misses', $misses, kiln_status_int($misses)), '</dd>',
        '<dt>Compiles (all processes)</dt><dd>', kiln_status_fig('statistics.compiles', (int)$st['compiles'], kiln_status_int((int)$st['compiles'])), '</dd>',
        '<dt>Revalidated by content</dt><dd>', kiln_status_fig('statistics.revalidated_by_content', (int)($st['revalidated_by_content'] ?? 0), kiln_status_int((int)($st['revalidated_by_content'] ?? 0))), '</dd>',
        "</dl></div>\n";

    // Scripts
    echo '<div class="card" id="scripts-card"><h2>Scripts</h2>',
        '<div class="big">', kiln_status_fig('statistics.scripts_cached', (int)$st['scripts_cached'], kiln_status_int((int)$st['scripts_cached'])), '</div>',
        '<div class="sub">cached in shared memory · ', kiln_status_h(kiln_status_int($z['entries'])), ' listed over both tiers</div>',
        '<dl class="kv"><dt>Removed</dt><dd>', kiln_status_fig('statistics.scripts_removed', (int)$st['scripts_removed'], kiln_status_int((int)$st['scripts_removed'])), '</dd>',
        '<dt>Evictions</dt><dd>', kiln_status_fig('statistics.evictions', (int)$st['evictions'], kiln_status_int((int)$st['evictions'])), '</dd>',
        '<dt>Invalidations</dt><dd>', kiln_status_fig('statistics.invalidations', (int)$st['invalidations'], kiln_status_int((int)$st['invalidations'])), '</dd>',
        '<dt>Checksum failures</dt><dd>', kiln_status_fig('statistics.checksum_failures', (int)$st['checksum_failures'], kiln_status_int((int)$st['checksum_failures'])), '</dd>',
        "</dl></div>\n";

    // Compression
    echo '<div class="card" id="compression"><h2>Compression</h2>',
        '<div class="big">', $z['raw'] > 0 ? kiln_status_h(number_format($z['raw'] / max(1, $z['stored']), 2) . '×') : '–', '</div>',
        '<div class="sub">', $z['raw'] > 0 ? kiln_status_h(kiln_status_pct($z['raw'] - $z['stored'], $z['raw']) . ' saved · ' . $z['compressed'] . ' of ' . $z['entries'] . ' entries compressed') : 'no cached scripts yet', '</div>',
        kiln_status_svg_bar([['used', $z['stored'], 'stored'], ['free', max(0, $z['raw'] - $z['stored']), 'saved']], 'Stored versus raw size', 'thin'),
        '<dl class="kv"><dt>Raw</dt><dd>', kiln_status_fig('compression.raw', $z['raw'], kiln_status_bytes($z['raw'])), '</dd>',
        '<dt>Stored</dt><dd>', kiln_status_fig('compression.stored', $z['stored'], kiln_status_bytes($z['stored'])), '</dd>',
        "</dl></div>\n";

    // Tiers
    $seg = $s['segment'];
    $disk = $s['disk'] ?? [];
    echo '<div class="card" id="tiers"><h2>Tiers</h2><dl class="kv">',
        '<dt>Segment</dt><dd><code data-key="segment.name">', kiln_status_h($seg['name']), '</code></dd>',
        '<dt>State</dt><dd data-key="segment.state">', kiln_status_h($seg['state']), $seg['attached'] ? '' : ' (not attached)', '</dd>',
        '<dt>Disk tier</dt><dd data-key="disk.enabled">', !empty($disk['enabled']) ? 'on' : 'off', '</dd>',
        '<dt>', !empty($disk['enabled']) ? 'Directory' : 'Why', '</dt><dd><code data-key="disk.state">', kiln_status_h($disk['state'] ?? ''), '</code></dd>';
    if (!empty($disk['enabled'])) {
        echo '<dt>Disk entries</dt><dd>', kiln_status_fig('disk.entries', (int)($disk['entries'] ?? 0), kiln_status_int((int)($disk['entries'] ?? 0))), '</dd>',
            '<dt>Disk bytes</dt><dd>', kiln_status_fig('disk.bytes', (int)($disk['bytes'] ?? 0), kiln_status_bytes((int)($disk['bytes'] ?? 0))), '</dd>';
    }
    echo "</dl></div>\n";

    // Arena
    $a = $s['arena'] ?? [];
    $attached = ($a['mode'] ?? '') === 'arena';
    echo '<div class="card" id="arena"><h2>Arena</h2>',
        '<div class="big" data-key="arena.mode">', $attached ? 'shared' : 'private', '</div>',
        '<div class="sub">', kiln_status_h($attached ? 'this worker runs scripts in place from the pool\'s arena' : (string)($a['mode'] ?? 'private')), '</div>';
    if ($attached) {
        $half = (int)$a['size'] / 2;
        echo kiln_status_svg_bar([['used', (int)$a['used'], 'used'], ['free', (int)$a['free'], 'free']], 'Arena half of the current generation', 'thin'),
            '<dl class="kv"><dt>Size</dt><dd>', kiln_status_fig('arena.size', (int)$a['size'], kiln_status_bytes((int)$a['size'])), '</dd>',
            '<dt>Used</dt><dd>', kiln_status_fig('arena.used', (int)$a['used'], kiln_status_bytes((int)$a['used']) . ' of ' . kiln_status_bytes($half)), '</dd>',
            '<dt>Free</dt><dd>', kiln_status_fig('arena.free', (int)$a['free'], kiln_status_bytes((int)$a['free'])), '</dd>',
            '<dt>Images</dt><dd>', kiln_status_fig('arena.images', (int)$a['images'], kiln_status_int((int)$a['images'])), '</dd>',
            '<dt>Linked classes</dt><dd>', kiln_status_fig('arena.linked_classes', (int)$a['linked_classes'], kiln_status_int((int)$a['linked_classes'])), '</dd>',
            '<dt>Generation</dt><dd>', kiln_status_fig('arena.generation', (int)$a['generation'], kiln_status_int((int)$a['generation'])), '</dd>',
            '<dt>Oldest live generation</dt><dd>', kiln_status_fig('arena.oldest_live_generation', (int)$a['oldest_live_generation'], kiln_status_int((int)$a['oldest_live_generation'])), '</dd>',
            '<dt>Processes attached</dt><dd>', kiln_status_fig('arena.processes_attached', (int)$a['processes_attached'], kiln_status_int((int)$a['processes_attached'])), '</dd>',
            '<dt>Generations started</dt><dd>', kiln_status_fig('arena.generations_started', (int)$a['generations_started'], kiln_status_int((int)$a['generations_started'])), '</dd>',
            '<dt>Dead workers released</dt><dd>', kiln_status_fig('arena.dead_processes_released', (int)$a['dead_processes_released'], kiln_status_int((int)$a['dead_processes_released'])), '</dd>',
            '</dl>';
    }
    echo "</div>\n";

    // Times
    $start = (int)$st['start_time'];
    $reset = (int)$st['last_reset_time'];
    echo '<div class="card" id="times"><h2>Uptime</h2>',
        '<div class="big">', $start > 0 ? kiln_status_h(str_replace(' ago', '', kiln_status_ago($start, $now))) : '–', '</div>',
        '<div class="sub">since the segment was created</div><dl class="kv">',
        '<dt>Started</dt><dd data-key="statistics.start_time" data-value="', $start, '">', kiln_status_time($start, $now), '</dd>',
        '<dt>Last reset</dt><dd data-key="statistics.last_reset_time" data-value="', $reset, '">',
        (int)$st['resets'] > 0 ? kiln_status_time($reset, $now) : '<span class="muted">never</span>', '</dd>',
        '<dt>Resets</dt><dd>', kiln_status_fig('statistics.resets', (int)$st['resets'], kiln_status_int((int)$st['resets'])), '</dd>',
        '<dt>Now</dt><dd>', kiln_status_time($now, $now), '</dd>',
        "</dl></div>\n";

    echo "</section>\n";
}

function kiln_status_render_scripts(array $s, array $view, string $csrf, int $now): void
{
    $all = $s['scripts'] ?? [];
    $q = $view['q'] ?? '';
    $rows = $q === '' ? $all : array_values(array_filter($all, fn($r) => stripos((string)$r['path'], $q) !== false));
    $sort = $view['sort'] ?? 'hits';
    $dir = $view['dir'] ?? (KILN_STATUS_COLUMNS[$sort][1] ? 'desc' : 'asc');
    [$field, $numeric] = KILN_STATUS_COLUMNS[$sort];
    usort($rows, function ($a, $b) use ($field, $numeric, $dir) {
        $c = $numeric ? ((int)$a[$field] <=> (int)$b[$field]) : strcmp((string)$a[$field], (string)$b[$field]);
        if ($c === 0) {
            $c = strcmp((string)$a['path'], (string)$b['path']) * ($dir === 'desc' ? -1 : 1);
        }
        return $dir === 'desc' ? -$c : $c;
    });
    $limit = $view['limit'] ?? KILN_STATUS_DEFAULT_LIMIT;
    $shown = $limit > 0 ? array_slice($rows, 0, $limit) : $rows;

    echo '<section class="card wide" id="scripts" aria-labelledby="scripts-h"><h2 id="scripts-h">Cached scripts</h2>',
        '<form method="get" action="', kiln_status_h(kiln_status_self_path()), '" class="toolbar" id="filter-form" role="search">';
    foreach (['refresh', 'sort', 'dir', 'limit'] as $k) {
        if (isset($view[$k])) {
            echo '<input type="hidden" name="', $k, '" value="', kiln_status_h($view[$k]), '">';
        }
    }
    echo '<input type="search" name="q" id="filter" placeholder="Filter by path…" aria-label="Filter by path" value="', kiln_status_h($q), '">',
        '<button type="submit" id="filter-submit">Filter</button>',
        $q !== '' ? '<a class="btn" href="' . kiln_status_h(kiln_status_url($view, ['q' => null])) . '">Clear</a>' : '',
        '<span class="meta" id="count" data-total="', count($all), '">', count($shown) === count($all) ? kiln_status_int(count($all)) . ' scripts' : kiln_status_int(count($shown)) . ' of ' . kiln_status_int(count($all)) . ' scripts', '</span>',
        "</form>\n";
    if (count($shown) < count($rows)) {
        echo '<p class="flash warn">Showing the first ', kiln_status_int(count($shown)), ' of ', kiln_status_int(count($rows)),
            ' matching scripts. <a href="', kiln_status_h(kiln_status_url($view, ['limit' => 0])), "\">Show all</a></p>\n";
    }

    echo '<form method="post" action="', kiln_status_h(kiln_status_url($view)), '" class="toolbar" id="prefix-form">',
        '<input type="hidden" name="csrf" value="', kiln_status_h($csrf), '">',
        '<input type="hidden" name="action" value="invalidate_prefix">',
        '<input type="text" name="prefix" id="prefix" required pattern="/.*" placeholder="/srv/app/lib" aria-label="Directory to invalidate"',
        ' title="An absolute directory: every cached script under it is dropped from both tiers">',
        '<button type="submit" id="prefix-submit">Invalidate directory</button>',
        "</form>\n";

    echo '<form method="post" action="', kiln_status_h(kiln_status_url($view)), '" id="invalidate-form">',
        '<input type="hidden" name="csrf" value="', kiln_status_h($csrf), '">',
        '<input type="hidden" name="action" value="invalidate">',
        '<div class="scroll"><table id="scripts-table"><thead><tr>';
    $heads = ['path' => 'Path', 'tier' => 'Tier', 'raw' => 'Raw', 'stored' => 'Stored', 'hits' => 'Hits', 'used' => 'Last used', 'mtime' => 'Modified'];
    foreach ($heads as $key => $label) {
        $isNum = KILN_STATUS_COLUMNS[$key][1];
        $cur = $sort === $key;
        $next = $cur ? ($dir === 'asc' ? 'desc' : 'asc') : ($isNum ? 'desc' : 'asc');
        echo '<th', $isNum ? ' class="n"' : '', ' data-col="', $key, '"', $cur ? ' aria-sort="' . ($dir === 'asc' ? 'ascending' : 'descending') . '"' : '',
            '><a href="', kiln_status_h(kiln_status_url($view, ['sort' => $key, 'dir' => $next])), '">', $label, '</a></th>';
    }
    echo "<th><span class=\"sr\">Action</span></th></tr></thead>\n<tbody>\n";
    foreach ($shown as $r) {
        $path = (string)$r['path'];
        $slash = strrpos($path, '/');
        $dirPart = $slash === false ? '' : substr($path, 0, $slash + 1);
        $base = $slash === false ? $path : substr($path, $slash + 1);
        $raw = (int)$r['raw_size'];
        $stored = (int)$r['stored_size'];
        echo '<tr data-path="', kiln_status_h($path), '" data-tier="', kiln_status_h($r['tier']), '" data-raw="', $raw, '" data-stored="', $stored,
            '" data-hits="', (int)$r['hits'], '" data-used="', (int)$r['last_used'], '" data-mtime="', (int)$r['mtime'], '">',
            '<td class="path"><span class="dir">', kiln_status_h($dirPart), '</span>', kiln_status_h($base), '</td>',
            '<td><span class="tier">', kiln_status_h($r['tier']), '</span></td>',
            '<td class="n" title="', kiln_status_int($raw), ' bytes">', kiln_status_h(kiln_status_bytes($raw)), '</td>',
            '<td class="n" title="', kiln_status_int($stored), ' bytes', !empty($r['compressed']) ? ', LZ4' : '', '">', kiln_status_h(kiln_status_bytes($stored)), '</td>',
            '<td class="n">', kiln_status_int((int)$r['hits']), '</td>',
            '<td class="n">', kiln_status_time((int)$r['last_used'], $now), '</td>',
            '<td class="n">', kiln_status_time((int)$r['mtime'], $now), '</td>',
            '<td><button type="submit" class="small invalidate" name="path" value="', kiln_status_h($path), '" title="Drop this script from both tiers" aria-label="Invalidate ', kiln_status_h($path), '">Invalidate</button></td>',
            "</tr>\n";
    }
    echo "</tbody></table></div></form>\n";
    if (!$all) {
        echo '<p class="empty" id="no-scripts">No scripts are cached yet.', $s['enabled'] ? ' Scripts appear here once PHP has compiled them with Kiln.' : '', "</p>\n";
    } elseif (!$shown) {
        echo '<p class="empty" id="no-match">No cached script matches this filter.</p>', "\n";
    }
    echo '<p class="empty" id="no-match-js" hidden>No cached script matches this filter.</p>', "</section>\n";
}

function kiln_status_render_details(array $s, array|false $config): void
{
    $labels = [
        'scripts_cached' => 'Scripts in shared memory', 'scripts_removed' => 'Scripts removed', 'hits' => 'Hits', 'misses' => 'Misses',
        'hit_rate' => 'Hit rate', 'compiles' => 'Compiles (all processes)', 'process_compiles' => 'Compiles (this process)', 'revalidated_by_content' => 'Revalidated by content',
        'evictions' => 'Evictions', 'invalidations' => 'Invalidations', 'checksum_failures' => 'Checksum failures', 'resets' => 'Resets',
        'lock_recoveries' => 'Lock recoveries', 'start_time' => 'Segment created', 'last_reset_time' => 'Last reset',
    ];
    echo '<section class="grid two"><div class="card"><details id="statistics"><summary>All counters</summary><dl class="kv">';
    foreach ($s['statistics'] as $k => $v) {
        $shown = is_float($v) ? number_format($v, 2) . '%' : (str_ends_with((string)$k, '_time') ? kiln_status_date((int)$v) : kiln_status_int((int)$v));
        echo '<dt title="', kiln_status_h($k), '">', kiln_status_h($labels[$k] ?? $k), '</dt><dd data-key="statistics.', kiln_status_h($k), '" data-value="', kiln_status_h(is_float($v) ? json_encode($v) : $v), '">', kiln_status_h($shown), '</dd>';
    }
    echo "</dl></details></div>\n";
    if (is_array($config)) {
        echo '<div class="card"><details id="configuration"><summary>Configuration</summary><dl class="kv">';
        foreach ($config['directives'] ?? [] as $k => $v) {
            $v = is_bool($v) ? ($v ? '1' : '0') : (string)$v;
            echo '<dt><code>', kiln_status_h($k), '</code></dt><dd>', $v === '' ? '<span class="muted">(empty)</span>' : '<code>' . kiln_status_h($v) . '</code>', '</dd>';
        }
        foreach ($config['version'] ?? [] as $k => $v) {
            echo '<dt>', kiln_status_h($k), '</dt><dd><code>', kiln_status_h($v), '</code></dd>';
        }
        echo "</dl></details></div>\n";
    }
    echo "</section>\n";
}

function kiln_status_script(string $nonce): string
{
    // No data is embedded in the script: it reads the table's data-* attributes.
    return '<script nonce="' . $nonce . '">' . <<<'JS'
(function () {
  "use strict";
  var table = document.getElementById("scripts-table");
  var reset = document.getElementById("reset-form");
  if (reset) reset.addEventListener("submit", function (e) {
    if (!window.confirm("Reset the Kiln cache? Every cached script of this segment and its disk tier is dropped.")) e.preventDefault();
  });
  if (!table) return;
  var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
  var count = document.getElementById("count"), total = +count.getAttribute("data-total");
  var filter = document.getElementById("filter"), none = document.getElementById("no-match-js");
  var numeric = {raw: 1, stored: 1, hits: 1, used: 1, mtime: 1};
  function setParam(k, v) {
    var u = new URL(window.location.href);
    if (v) u.searchParams.set(k, v); else u.searchParams.delete(k);
    window.history.replaceState(null, "", u);
    // Actions come back (303) to the view as it is now.
    Array.prototype.forEach.call(document.querySelectorAll("form[method=post]"), function (f) {
      f.setAttribute("action", u.pathname + u.search);
    });
  }
  function apply() {
    var q = filter.value.toLowerCase(), n = 0;
    rows.forEach(function (r) {
      var show = r.getAttribute("data-path").toLowerCase().indexOf(q) !== -1;
      r.hidden = !show; if (show) n++;
    });
    count.textContent = n === total ? total + " scripts" : n + " of " + total + " scripts";
    none.hidden = n !== 0 || rows.length === 0;
  }
  filter.addEventListener("input", function () { apply(); setParam("q", filter.value); });
  document.getElementById("filter-form").addEventListener("submit", function (e) { e.preventDefault(); apply(); });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    var col = th.getAttribute("data-col"), a = th.querySelector("a");
    if (!col || !a) return;
    a.addEventListener("click", function (e) {
      e.preventDefault();
      var cur = th.getAttribute("aria-sort");
      var dir = cur ? (cur === "ascending" ? "desc" : "asc") : (numeric[col] ? "desc" : "asc");
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (o) { o.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir === "asc" ? "ascending" : "descending");
      var sign = dir === "asc" ? 1 : -1;
      rows.sort(function (x, y) {
        var a = x.getAttribute("data-" + col), b = y.getAttribute("data-" + col);
        var c = numeric[col] ? (+a) - (+b) : (a < b ? -1 : a > b ? 1 : 0);
        if (c === 0) c = x.getAttribute("data-path") < y.getAttribute("data-path") ? -1 : 1;
        return sign * c;
      });
      rows.forEach(function (r) { body.appendChild(r); });
      setParam("sort", col); setParam("dir", dir);
    });
  });
  if (filter.value) apply();
})();
JS . "</script>\n";
}

function kiln_status_render_html(array $c, array $view): void
{
    $nonce = base64_encode(random_bytes(16));
    $refresh = $view['refresh'] ?? 0;
    if (!headers_sent()) {
        header('Content-Type: text/html; charset=UTF-8');
        header('Cache-Control: no-store');
        header('X-Content-Type-Options: nosniff');
        header('Referrer-Policy: same-origin');
        header('X-Frame-Options: DENY');
        header("Content-Security-Policy: default-src 'none'; style-src 'nonce-$nonce'; script-src 'nonce-$nonce'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        if (!$c['loaded']) {
            http_response_code(503);
        } elseif ($c['restricted']) {
            http_response_code(403);
        }
    }
    $secret = kiln_status_csrf_secret(true);
    $csrf = kiln_status_csrf_token((string)$secret);
    $flash = kiln_status_take_flash();
    $s = $c['status'];
    $now = time();
    kiln_status_render_head(is_array($s) ? 'Kiln status · ' . ($s['enabled'] ? 'caching' : 'stood down') : 'Kiln status', $refresh, $nonce);
    echo "<body>\n<main class=\"wrap\">\n";
    kiln_status_render_top($c, $view, $csrf);
    kiln_status_render_flash($flash);
    kiln_status_render_state($c);
    if (is_array($s)) {
        // A process that stood down before attaching has no segment figures to show.
        if ($s['enabled'] || !empty($s['segment']['attached'])) {
            kiln_status_render_cards($s, $now);
            kiln_status_render_scripts($s, $view, $csrf, $now);
        }
        kiln_status_render_details($s, $c['config']);
    }
    echo '<footer>Generated ', kiln_status_h(date('Y-m-d H:i:s T', $now)),
        $refresh ? ' · reloads every ' . $refresh . ' s' : '',
        ' · <a href="', kiln_status_h(kiln_status_url([], ['format' => 'json'])), '">JSON</a>',
        ' · <a href="', kiln_status_h(kiln_status_url([], ['format' => 'prometheus'])), '">Prometheus</a>',
        "</footer>\n</main>\n";
    if (is_array($s)) {
        echo kiln_status_script($nonce);
    }
    echo "</body></html>\n";
}

// ---------------------------------------------------------------- entry point

function kiln_status_main(): void
{
    $view = kiln_status_view($_GET);
    if (($_SERVER['REQUEST_METHOD'] ?? 'GET') === 'POST') {
        kiln_status_handle_post($view);
        return;
    }
    $format = $_GET['format'] ?? 'html';
    if ($format === 'json') {
        $c = kiln_status_collect(($_GET['scripts'] ?? '1') !== '0');
        if (!headers_sent()) {
            header('Content-Type: application/json');
            header('Cache-Control: no-store');
            header('X-Content-Type-Options: nosniff');
            if (!$c['loaded']) {
                http_response_code(503);
            } elseif (!is_array($c['status'])) {
                http_response_code(403);
            }
        }
        $out = !$c['loaded'] ? ['loaded' => false, 'error' => 'Kiln is not loaded']
            : (is_array($c['status']) ? $c['status'] : ['loaded' => true, 'error' => implode('; ', $c['warnings']) ?: 'kiln_get_status() failed']);
        echo json_encode($out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION | JSON_INVALID_UTF8_SUBSTITUTE), "\n";
        return;
    }
    if ($format === 'prometheus') {
        $c = kiln_status_collect(true);
        if (!headers_sent()) {
            header('Content-Type: text/plain; version=0.0.4; charset=utf-8');
            header('Cache-Control: no-store');
            if ($c['loaded'] && !is_array($c['status'])) {
                http_response_code(403);
            }
        }
        echo kiln_status_prometheus($c);
        return;
    }
    kiln_status_render_html(kiln_status_collect(true), $view);
}

kiln_status_main();
