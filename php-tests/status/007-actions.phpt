--TEST--
Status page actions: POST with a cookie-bound CSRF token, 303 back (PRG) with a message; wrong/missing token, foreign Origin and kiln.restrict_api answer 403 and change nothing
--FILE--
<?php
require __DIR__ . '/status.inc';

$env = kst_env('actions');
kst_install_page($env);
$d = $env['docroot'];
mkdir("$d/x<script>alert(1)<");
$files = ["$d/keep.php", "$d/drop.php", "$d/x<script>alert(1)</script>\"'.php"];
foreach ($files as $f) {
    file_put_contents($f, "<?php return 1;\n");
}
$mode = kst_warm($env, $files);
echo 'warm: ', str_starts_with($mode, 'skip') ? $mode : 'ok', "\n";
$files = array_map('realpath', $files);
$resets = fn() => kst_status($env, false)['statistics']['resets'];
// The status reader's own helper scripts (cli-<hash>.php) are cached as they
// age past kiln.file_update_protection: leave them out of the comparisons.
$listed = fn() => array_values(preg_grep('#/cli-[0-9a-f]+\.php$#', array_column(kst_status($env)['scripts'], 'path'), PREG_GREP_INVERT));
$form = ['Content-Type' => 'application/x-www-form-urlencoded'];

$srv = kst_server_start($env);
try {
    $g = kst_http($srv, 'GET', '/kiln-status.php');
    $cookie = kst_cookie($g, 'kiln_status_csrf');
    $set = implode("\n", $g['headers']['set-cookie'] ?? []);
    $token = kst_csrf_field($g['body']);
    kst_check('CSRF cookie issued', (bool)preg_match('/^kiln_status_csrf=[0-9a-f]{64}$/', (string)$cookie));
    kst_check('cookie is HttpOnly, SameSite=Strict', str_contains($set, 'HttpOnly') && str_contains($set, 'SameSite=Strict') && str_contains($set, 'path=/'));
    kst_check('form token present and not the cookie itself', $token !== null && strlen($token) === 64 && !str_contains((string)$cookie, $token));
    $again = kst_http($srv, 'GET', '/kiln-status.php', ['Cookie' => (string)$cookie]);
    kst_check('same cookie: same token, no new cookie', kst_csrf_field($again['body']) === $token && kst_cookie($again, 'kiln_status_csrf') === null);

    $r0 = $resets();
    $post = fn(array $fields, array $h = [], string $target = '/kiln-status.php') => kst_http($srv, 'POST', $target, $h + $form, http_build_query($fields));
    $refused = [
        'no cookie, no token' => $post(['action' => 'reset']),
        'no cookie' => $post(['action' => 'reset', 'csrf' => $token]),
        'wrong token' => $post(['action' => 'reset', 'csrf' => str_repeat('0', 64)], ['Cookie' => $cookie]),
        'no token' => $post(['action' => 'reset'], ['Cookie' => $cookie]),
        'token of another cookie' => $post(['action' => 'reset', 'csrf' => $token], ['Cookie' => 'kiln_status_csrf=' . str_repeat('a', 64)]),
        'foreign Origin' => $post(['action' => 'reset', 'csrf' => $token], ['Cookie' => $cookie, 'Origin' => 'http://evil.example']),
        'array token' => $post(['action' => 'reset', 'csrf' => [$token]], ['Cookie' => $cookie]),
    ];
    foreach ($refused as $why => $r) {
        kst_check("$why: 403 with a visible message", $r['status'] === 403 && str_contains($r['body'], 'form token is missing or wrong'));
    }
    kst_check('refused posts changed nothing', $resets() === $r0);
    kst_check('GET ?action=reset changes nothing', kst_http($srv, 'GET', '/kiln-status.php?action=reset&csrf=' . $token, ['Cookie' => $cookie])['status'] === 200 && $resets() === $r0);
    $r = $post(['action' => 'drop-tables', 'csrf' => $token], ['Cookie' => $cookie]);
    kst_check('unknown action: 400', $r['status'] === 400);

    // "Origin: null" (strict referrer policies) leaves the decision to the token.
    $r = $post(['action' => 'reset', 'csrf' => str_repeat('0', 64)], ['Cookie' => $cookie, 'Origin' => 'null']);
    kst_check('Origin null, wrong token: 403', $r['status'] === 403 && $resets() === $r0);
    $r = $post(['action' => 'reset', 'csrf' => $token], ['Cookie' => $cookie, 'Origin' => 'null']);
    kst_check('Origin null, right token: 303', $r['status'] === 303 && $resets() === ++$r0);

    // Reset: 303 to the page, keeping only the view parameters.
    $r = $post(['action' => 'reset', 'csrf' => $token], ['Cookie' => $cookie, 'Origin' => "http://127.0.0.1:{$srv['port']}"],
        '/kiln-status.php?refresh=5&q=x&sort=hits&format=json&evil=%0d%0aX:1');
    kst_check('reset: 303', $r['status'] === 303);
    kst_check('reset: Location back to the page with the view kept', ($r['headers']['location'][0] ?? '') === '/kiln-status.php?refresh=5&q=x&sort=hits');
    kst_check('reset: resets + 1', $resets() === $r0 + 1);
    $flash = kst_cookie($r, 'kiln_status_flash');
    kst_check('reset: flash message set', $flash !== null);
    $p = kst_http($srv, 'GET', '/kiln-status.php', ['Cookie' => "$cookie; $flash"]);
    kst_check('reset: message shown once', str_contains($p['body'], 'id="flash"') && str_contains($p['body'], 'The cache was reset'));
    kst_check('reset: message cookie cleared', str_contains(implode("\n", $p['headers']['set-cookie'] ?? []), 'kiln_status_flash=deleted'));

    // A page in a directory whose name needs encoding: same cookie, redirect to the encoded path.
    mkdir("$d/admin tools!");
    file_put_contents("$d/admin tools!/status.php", file_get_contents("$d/kiln-status.php"));
    $sub = '/admin%20tools%21/status.php';
    $g2 = kst_http($srv, 'GET', $sub, ['Cookie' => $cookie]);
    $before = $resets();
    $r = kst_http($srv, 'POST', $sub, ['Cookie' => $cookie] + $form, http_build_query(['action' => 'reset', 'csrf' => kst_csrf_field($g2['body'])]));
    kst_check('page in an encoded directory: 303 to its encoded path', $r['status'] === 303 && ($r['headers']['location'][0] ?? '') === $sub && $resets() === $before + 1);

    if (!str_starts_with($mode, 'skip')) {
        kst_warm($env, $files);
        // Invalidate one script, as its button does (name=path value=<path>).
        $r = $post(['action' => 'invalidate', 'csrf' => $token, 'path' => $files[1]], ['Cookie' => $cookie]);
        kst_check('invalidate: 303', $r['status'] === 303 && ($r['headers']['location'][0] ?? '') === '/kiln-status.php');
        $now = $listed();
        kst_check('invalidate: gone, others kept', !in_array($files[1], $now, true) && in_array($files[0], $now, true) && in_array($files[2], $now, true));
        // The hostile one: its message is escaped.
        $r = $post(['action' => 'invalidate', 'csrf' => $token, 'path' => $files[2]], ['Cookie' => $cookie]);
        kst_check('invalidate hostile: 303 and gone', $r['status'] === 303 && !in_array($files[2], $listed(), true));
        $p = kst_http($srv, 'GET', '/kiln-status.php', ['Cookie' => $cookie . '; ' . kst_cookie($r, 'kiln_status_flash')]);
        kst_check('invalidate hostile: message escaped', str_contains($p['body'], 'Invalidated ') && str_contains($p['body'], 'x&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#039;.php')
            && substr_count(strtolower($p['body']), '<script') === 1);
        // Again: nothing to remove, said so.
        $r = $post(['action' => 'invalidate', 'csrf' => $token, 'path' => $files[1]], ['Cookie' => $cookie]);
        $p = kst_http($srv, 'GET', '/kiln-status.php', ['Cookie' => $cookie . '; ' . kst_cookie($r, 'kiln_status_flash')]);
        kst_check('invalidate uncached: 303 and "nothing changed"', $r['status'] === 303 && str_contains($p['body'], 'Nothing changed'));

        // Invalidate a directory, as the prefix form does.
        kst_check('prefix form on the page', str_contains($p['body'], 'id="prefix-form"') && str_contains($p['body'], 'name="action" value="invalidate_prefix"'));
        kst_warm($env, $files);
        $r = $post(['action' => 'invalidate_prefix', 'csrf' => $token, 'prefix' => dirname($files[2])], ['Cookie' => $cookie]);
        $p = kst_http($srv, 'GET', '/kiln-status.php', ['Cookie' => $cookie . '; ' . kst_cookie($r, 'kiln_status_flash')]);
        $now = $listed();
        kst_check('prefix: 303, only that directory gone', $r['status'] === 303 && !in_array($files[2], $now, true) && in_array($files[0], $now, true)
            && in_array($files[1], $now, true) && str_contains($p['body'], 'Invalidated 1 script under'));
        $r = $post(['action' => 'invalidate_prefix', 'csrf' => $token, 'prefix' => "$d/no/such/dir"], ['Cookie' => $cookie]);
        $p = kst_http($srv, 'GET', '/kiln-status.php', ['Cookie' => $cookie . '; ' . kst_cookie($r, 'kiln_status_flash')]);
        kst_check('prefix matching nothing: 303, "no cached script"', $r['status'] === 303 && str_contains($p['body'], 'no cached script is under that directory') && $listed() === $now);
        $r = $post(['action' => 'invalidate_prefix', 'csrf' => $token, 'prefix' => 'relative/dir'], ['Cookie' => $cookie]);
        kst_check('prefix relative: 400, nothing changed', $r['status'] === 400 && $listed() === $now);
        $r = $post(['action' => 'invalidate_prefix', 'csrf' => str_repeat('0', 64), 'prefix' => $d], ['Cookie' => $cookie]);
        kst_check('prefix, wrong token: 403, nothing changed', $r['status'] === 403 && $listed() === $now);
    }
} finally {
    kst_server_stop($srv);
}

// kiln.restrict_api: valid token, still refused with 403, nothing changed.
$srv = kst_server_start($env, true, ['kiln.restrict_api' => '/nonexistent-kiln-admin/']);
try {
    // Warm the page first: its own first compile inserts it into the cache.
    kst_http($srv, 'GET', '/kiln-status.php');
    $r0 = $resets();
    $listed(); // warm the status reader's own script too
    $before = $listed();
    $r = kst_http($srv, 'POST', '/kiln-status.php', ['Cookie' => $cookie] + $form, http_build_query(['action' => 'reset', 'csrf' => $token]));
    kst_check('restricted reset: 403 naming kiln.restrict_api', $r['status'] === 403 && str_contains($r['body'], 'Refused by kiln.restrict_api') && str_contains($r['body'], '/nonexistent-kiln-admin/'));
    kst_check('restricted reset: nothing changed', $resets() === $r0);
    $r = kst_http($srv, 'POST', '/kiln-status.php', ['Cookie' => $cookie] + $form, http_build_query(['action' => 'invalidate', 'csrf' => $token, 'path' => $files[0]]));
    kst_check('restricted invalidate: 403', $r['status'] === 403 && str_contains($r['body'], 'kiln.restrict_api'));
    kst_check('restricted invalidate: nothing changed', $listed() === $before);
} finally {
    kst_server_stop($srv);
}
kst_cleanup($env);
kst_report();
?>
--EXPECT--
warm: ok
checks: all passed
