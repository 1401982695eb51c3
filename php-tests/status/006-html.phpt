--TEST--
Status page HTML: a hostile script path renders as text everywhere, the table and figures equal the status, filter/sort/refresh work without JS, not loaded / stood down / restricted said plainly
--FILE--
<?php
require __DIR__ . '/status.inc';

$env = kst_env('html');
kst_install_page($env);
file_put_contents($env['docroot'] . '/dump.php', '<?php echo serialize(kiln_get_status());');
$d = $env['docroot'];
// "</script>" holds a slash: the hostile part spans a directory and the file name.
mkdir("$d/a<script>alert(1)<");
$hostile = "$d/a<script>alert(1)</script>\"'.php";
file_put_contents($hostile, "<?php return 1;\n");
$plain = ["$d/one.php", "$d/two.php"];
foreach ($plain as $f) {
    file_put_contents($f, "<?php return 2;\n");
}
$mode = kst_warm($env, array_merge([$hostile], $plain));
echo 'warm: ', str_starts_with($mode, 'skip') ? $mode : 'ok', "\n";
$hostileReal = realpath($hostile);

function attr_values(string $html, string $re): array
{
    preg_match_all($re, $html, $m);
    return array_map(fn($v) => html_entity_decode($v, ENT_QUOTES | ENT_HTML5, 'UTF-8'), $m[1]);
}

$srv = kst_server_start($env);
try {
    foreach ([1, 2] as $_) {
        kst_http($srv, 'GET', '/kiln-status.php');
        kst_http($srv, 'GET', '/dump.php');
    }
    $r = kst_http($srv, 'GET', '/kiln-status.php');
    $st = unserialize(kst_http($srv, 'GET', '/dump.php')['body']);
    $html = $r['body'];
    kst_check('200 text/html', $r['status'] === 200 && str_starts_with($r['headers']['content-type'][0] ?? '', 'text/html'));
    kst_check('a complete document', str_starts_with($html, '<!doctype html>') && str_ends_with(rtrim($html), '</html>'));
    $csp = $r['headers']['content-security-policy'][0] ?? '';
    kst_check('CSP with a script nonce', (bool)preg_match("/script-src 'nonce-([A-Za-z0-9+\/=]+)'/", $csp, $nm));
    kst_check('one script element, ours, with the nonce', substr_count(strtolower($html), '<script') === 1 && str_contains($html, '<script nonce="' . ($nm[1] ?? '-') . '">'));
    kst_check('no external resource', !preg_match('#(src|href)="(https?:)?//#i', $html));

    // Escaping of the hostile path.
    kst_check('raw <script>alert never in the page', !str_contains($html, '<script>alert') && !str_contains($html, 'alert(1)</script>'));
    if (!str_starts_with($mode, 'skip')) {
        $esc = 'a&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#039;.php';
        kst_check('escaped in the row attribute', str_contains($html, 'data-path="' . htmlspecialchars($hostileReal, ENT_QUOTES) . '"'));
        kst_check('escaped in the button value', str_contains($html, 'name="path" value="' . htmlspecialchars($hostileReal, ENT_QUOTES) . '"'));
        kst_check('escaped in the cell text', str_contains($html, 'script&gt;&quot;&#039;.php</td>') && str_contains($html, 'a&lt;script&gt;alert(1)&lt;/'));
    }

    // Table and figures equal the status.
    $rows = attr_values($html, '/<tr data-path="([^"]*)"/');
    $paths = array_column($st['scripts'], 'path');
    sort($rows);
    sort($paths);
    kst_check('table rows = status scripts (' . count($paths) . ')', $rows === $paths);
    kst_check('one Invalidate button per row', count(attr_values($html, '/name="path" value="([^"]*)"/')) === count($paths));
    kst_check('warmed scripts listed', str_starts_with($mode, 'skip') || in_array($hostileReal, $rows, true) && count($rows) >= 3);
    foreach (['size', 'used', 'free', 'wasted'] as $k) {
        $v = attr_values($html, '/data-key="memory\.' . $k . '" data-value="(\d+)"/');
        kst_check("memory.$k = {$st['memory'][$k]}", $v === [(string)$st['memory'][$k]]);
    }
    foreach (['resets', 'evictions', 'invalidations', 'scripts_cached', 'start_time'] as $k) {
        $v = array_unique(attr_values($html, '/data-key="statistics\.' . $k . '" data-value="(\d+)"/'));
        kst_check("statistics.$k = {$st['statistics'][$k]}", $v === [(string)$st['statistics'][$k]]);
    }
    $z = [array_sum(array_column($st['scripts'], 'raw_size')), array_sum(array_column($st['scripts'], 'stored_size'))];
    kst_check('compression raw/stored sums', attr_values($html, '/data-key="compression\.raw" data-value="(\d+)"/') === [(string)$z[0]]
        && attr_values($html, '/data-key="compression\.stored" data-value="(\d+)"/') === [(string)$z[1]]);
    kst_check('segment name and disk state shown', str_contains($html, htmlspecialchars($st['segment']['name'])) && str_contains($html, htmlspecialchars($st['disk']['state'])));
    kst_check('reset form with the CSRF token', (bool)preg_match('/<form method="post"[^>]*id="reset-form".*?name="csrf" value="[0-9a-f]{64}"/s', $html));

    // Filter, sort, refresh without JS; hostile parameters.
    $q = kst_http($srv, 'GET', '/kiln-status.php?q=two')['body'];
    kst_check('filter ?q=two', str_starts_with($mode, 'skip') || attr_values($q, '/<tr data-path="([^"]*)"/') === [realpath("$d/two.php")]);
    $s = kst_http($srv, 'GET', '/kiln-status.php?sort=path&dir=desc')['body'];
    $sorted = attr_values($s, '/<tr data-path="([^"]*)"/');
    $want = $sorted;
    rsort($want, SORT_STRING);
    kst_check('sort by path desc', $sorted === $want && str_contains($s, 'data-col="path" aria-sort="descending"'));
    $l = kst_http($srv, 'GET', '/kiln-status.php?limit=1')['body'];
    kst_check('limit=1: one row and a "Show all" link', str_starts_with($mode, 'skip') || count(attr_values($l, '/<tr data-path="([^"]*)"/')) === 1
        && str_contains($l, 'Showing the first 1 of ') && str_contains($l, 'limit=0'));
    kst_check('refresh=5', str_contains(kst_http($srv, 'GET', '/kiln-status.php?refresh=5')['body'], '<meta http-equiv="refresh" content="5">'));
    kst_check('refresh clamped', str_contains(kst_http($srv, 'GET', '/kiln-status.php?refresh=999999')['body'], 'content="3600"'));
    kst_check('refresh=abc ignored', !str_contains(kst_http($srv, 'GET', '/kiln-status.php?refresh=abc')['body'], 'http-equiv="refresh"'));
    $evil = kst_http($srv, 'GET', '/kiln-status.php?q=' . rawurlencode('"><script>alert(2)</script>') . '&sort=' . rawurlencode('"><b>') . '&refresh=' . rawurlencode('1"><script>'))['body'];
    kst_check('hostile query parameters escaped', substr_count(strtolower($evil), '<script') === 1 && !str_contains($evil, '<b>') && str_contains($evil, 'value="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"'));
    $r = kst_http($srv, 'GET', '/kiln-status.php/%3Cscript%3Ex');
    kst_check('path info with HTML not reflected raw', substr_count(strtolower($r['body']), '<script') <= 1);
} finally {
    kst_server_stop($srv);
}

// Not loaded.
$srv = kst_server_start($env, false);
try {
    $r = kst_http($srv, 'GET', '/kiln-status.php');
    kst_check('not loaded: 503 and said plainly', $r['status'] === 503 && str_contains($r['body'], 'Kiln is not loaded') && str_contains($r['body'], 'extension=kiln.so'));
} finally {
    kst_server_stop($srv);
}
// Stood down: OPcache caches in this SAPI.
$srv = kst_server_start($env, true, ['display_startup_errors' => '0'], ['-d', 'zend_extension=opcache', '-d', 'opcache.enable=1']);
try {
    $r = kst_http($srv, 'GET', '/kiln-status.php');
    kst_check('stood down: said plainly with the reason', $r['status'] === 200 && str_contains($r['body'], 'Kiln is loaded but not caching')
        && str_contains($r['body'], 'opcache.enable=0') && str_contains($r['body'], 'Stood down'));
} finally {
    kst_server_stop($srv);
}
// Restricted API.
$srv = kst_server_start($env, true, ['kiln.restrict_api' => '/nonexistent-kiln-admin/']);
try {
    $r = kst_http($srv, 'GET', '/kiln-status.php');
    kst_check('restricted: 403 and said plainly', $r['status'] === 403 && str_contains($r['body'], 'The Kiln API is restricted')
        && str_contains($r['body'], '/nonexistent-kiln-admin/') && !str_contains($r['body'], 'data-key="memory.'));
} finally {
    kst_server_stop($srv);
}
kst_cleanup($env);
kst_report();
?>
--EXPECT--
warm: ok
checks: all passed
