--TEST--
kiln.opcache_api=1: opcache_get_status(), opcache_get_configuration(), opcache_reset(), opcache_invalidate(), opcache_compile_file() and opcache_is_script_cached() have the shapes and types real Zend OPcache returns on this PHP, filled from Kiln's figures; off by default, and refused with a warning when OPcache is loaded
--SKIPIF--
<?php
exec(PHP_BINARY . ' -n -d zend_extension=opcache.so -m 2>/dev/null', $m);
if (!in_array('Zend OPcache', $m, true)) die('skip Zend OPcache (php-opcache) not installed');
exec(PHP_BINARY . ' -n -m 2>/dev/null', $m2);
if (in_array('Zend OPcache', $m2, true)) die('skip OPcache is built into this PHP: the API is never registered');
?>
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('ocapi');
$d = $c['dir'];
kt_write("$d/a.php", "<?php function a() { return 'a'; }\n");
kt_write("$d/b.php", "<?php function b() { return 'b'; }\n");
kt_write("$d/probe.php", <<<'PHP'
<?php
// The shape of a value: key => type, recursively; a map of scripts by the shape of one entry.
function shape(mixed $v, string $at = ''): mixed {
    if (!is_array($v)) return get_debug_type($v);
    if ($at === 'scripts') return $v ? ['<path>' => shape(reset($v))] : [];
    $out = [];
    foreach ($v as $k => $x) $out[$k] = shape($x, (string)$k);
    ksort($out);
    return $out;
}
require __DIR__ . '/a.php';
$r = [];
$r['functions'] = array_map('function_exists', ['opcache_get_status', 'opcache_get_configuration', 'opcache_reset', 'opcache_invalidate', 'opcache_compile_file', 'opcache_is_script_cached']);
$s = opcache_get_status(true);
$r['status'] = shape($s);
$r['status_no_scripts_has_scripts'] = array_key_exists('scripts', opcache_get_status(false));
$r['config'] = shape(opcache_get_configuration());
$r['a_cached'] = opcache_is_script_cached(__DIR__ . '/a.php');
$r['compile_b'] = opcache_compile_file(__DIR__ . '/b.php');
$r['b_cached'] = opcache_is_script_cached(__DIR__ . '/b.php');
$r['invalidate_a'] = opcache_invalidate(__DIR__ . '/a.php', true);
$r['a_cached_after'] = opcache_is_script_cached(__DIR__ . '/a.php');
$r['reset'] = opcache_reset();
echo json_encode($r);
PHP);
$run = function (array $args) use ($d): array {
    $p = proc_open(array_merge([PHP_BINARY, '-n', '-d', 'display_errors=stderr'], $args, ["$d/probe.php"]),
        [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
    $o = stream_get_contents($pipes[1]);
    $e = stream_get_contents($pipes[2]);
    proc_close($p);
    $j = json_decode($o, true);
    if (!is_array($j)) { echo "no result: $o $e\n"; return []; }
    return $j;
};
$real = $run(['-d', 'zend_extension=opcache.so', '-d', 'opcache.enable_cli=1', '-d', 'opcache.file_update_protection=0']);
$kiln = $run(array_merge(kt_args($c), ['-d', 'kiln.opcache_api=1']));
// Every key OPcache has, with its type, Kiln has too.
$missing = function (array $want, array $got, string $at = '') use (&$missing): array {
    $bad = [];
    foreach ($want as $k => $t) {
        $p = "$at/$k";
        if (!array_key_exists($k, $got)) { $bad[] = "$p missing"; continue; }
        if (is_array($t)) {
            $bad = array_merge($bad, is_array($got[$k]) ? $missing($t, $got[$k], $p) : ["$p: array expected"]);
        } elseif ($t !== $got[$k]) {
            $bad[] = "$p: $t expected, {$got[$k]} given";
        }
    }
    return $bad;
};
foreach (['status', 'config'] as $k) {
    $bad = $missing($real[$k] ?? [], $kiln[$k] ?? []);
    echo "$k: ", $bad ? implode('; ', $bad) : 'same shape as OPcache', "\n";
}
echo 'scripts listed by OPcache and Kiln: ', isset($real['status']['scripts']['<path>'], $kiln['status']['scripts']['<path>']) ? 'yes' : 'no', "\n";
foreach (['functions', 'status_no_scripts_has_scripts', 'a_cached', 'compile_b', 'b_cached', 'invalidate_a', 'a_cached_after', 'reset'] as $k) {
    echo "$k: opcache ", json_encode($real[$k] ?? null), ' kiln ', json_encode($kiln[$k] ?? null), "\n";
}
// Off by default; with OPcache loaded, refused with a warning.
[$o] = kt_php(array_merge(kt_args($c), ['-r', 'var_dump(function_exists("opcache_get_status"));']));
echo 'default: ', trim($o), "\n";
[$o, $e] = kt_php(array_merge(kt_args($c), ['-d', 'kiln.opcache_api=1', '-d', 'zend_extension=opcache.so', '-r', 'echo json_encode(opcache_get_configuration()["version"]["opcache_product_name"]);']));
echo 'with OPcache loaded: ', trim($o . $e), "\n";
kt_cleanup($c);
?>
--EXPECTF--
status: same shape as OPcache
config: same shape as OPcache
scripts listed by OPcache and Kiln: yes
functions: opcache [true,true,true,true,true,true] kiln [true,true,true,true,true,true]
status_no_scripts_has_scripts: opcache false kiln false
a_cached: opcache true kiln true
compile_b: opcache true kiln true
b_cached: opcache true kiln true
invalidate_a: opcache true kiln true
a_cached_after: opcache false kiln false
reset: opcache true kiln true
default: bool(false)
with OPcache loaded: %AKiln: kiln.opcache_api=1 is ignored: Zend OPcache is loaded and provides the opcache_* functions%A"Zend OPcache"
