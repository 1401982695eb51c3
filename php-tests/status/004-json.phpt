--TEST--
Status page ?format=json: application/json, parses, equals kiln_get_status() of the same server (volatile fields aside); scripts=0; not loaded; restricted
--FILE--
<?php
require __DIR__ . '/status.inc';

$env = kst_env('json');
kst_install_page($env);
file_put_contents($env['docroot'] . '/dump.php', '<?php echo serialize(kiln_get_status());');
$files = [];
foreach (['x', 'y', 'z'] as $n) {
    $files[] = $f = $env['docroot'] . "/$n.php";
    file_put_contents($f, "<?php return '$n';\n");
}
$mode = kst_warm($env, $files);
echo 'warm: ', str_starts_with($mode, 'skip') ? $mode : 'ok', "\n";

/** Drops what legitimately differs between two requests. */
function stable(array $s): array
{
    unset($s['segment']['state'], $s['codec']);
    foreach (['hits', 'misses', 'hit_rate', 'compiles', 'process_compiles'] as $k) {
        unset($s['statistics'][$k]);
    }
    foreach ($s['scripts'] ?? [] as $i => $r) {
        unset($s['scripts'][$i]['hits'], $s['scripts'][$i]['last_used']);
    }
    return $s;
}

$srv = kst_server_start($env);
try {
    // Warm both endpoints first: once the hook caches, their first run inserts them.
    foreach ([1, 2] as $_) {
        kst_http($srv, 'GET', '/kiln-status.php?format=json');
        kst_http($srv, 'GET', '/dump.php');
    }
    $r = kst_http($srv, 'GET', '/kiln-status.php?format=json');
    $want = unserialize(kst_http($srv, 'GET', '/dump.php')['body']);
    kst_check('status 200', $r['status'] === 200);
    kst_check('Content-Type application/json', ($r['headers']['content-type'][0] ?? '') === 'application/json');
    $j = json_decode($r['body'], true, 512, JSON_THROW_ON_ERROR);
    kst_check('decoded to an array', is_array($j));
    kst_check('equals kiln_get_status() modulo volatile fields', stable($j) === stable($want));
    kst_check('hit_rate stays a float', is_float($j['statistics']['hit_rate']));
    kst_check('sapi is the server\'s', $j['sapi'] === 'cli-server');
    kst_check('scripts listed as in the status', array_column($j['scripts'], 'path') === array_column($want['scripts'], 'path'));
    kst_check('warmed scripts in the JSON', str_starts_with($mode, 'skip') || !array_diff(array_map('realpath', $files), array_column($j['scripts'], 'path')));

    $r = kst_http($srv, 'GET', '/kiln-status.php?format=json&scripts=0');
    $j = json_decode($r['body'], true);
    kst_check('scripts=0: no scripts key', is_array($j) && !array_key_exists('scripts', $j) && isset($j['memory']));
} finally {
    kst_server_stop($srv);
}

// Without the extension: a clear JSON error, 503.
$srv = kst_server_start($env, false);
try {
    $r = kst_http($srv, 'GET', '/kiln-status.php?format=json');
    kst_check('not loaded: 503', $r['status'] === 503);
    kst_check('not loaded: body', json_decode($r['body'], true) === ['loaded' => false, 'error' => 'Kiln is not loaded']);
} finally {
    kst_server_stop($srv);
}

// Restricted API: 403 and the warning text, no status.
$srv = kst_server_start($env, true, ['kiln.restrict_api' => '/nonexistent-kiln-admin/']);
try {
    $r = kst_http($srv, 'GET', '/kiln-status.php?format=json');
    $j = json_decode($r['body'], true);
    kst_check('restricted: 403', $r['status'] === 403);
    kst_check('restricted: error names kiln.restrict_api', is_array($j) && str_contains($j['error'] ?? '', 'kiln.restrict_api') && !isset($j['memory']));
} finally {
    kst_server_stop($srv);
}
kst_cleanup($env);
kst_report();
?>
--EXPECT--
warm: ok
checks: all passed
