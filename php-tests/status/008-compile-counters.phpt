--TEST--
Counters with real entries: hits, misses, invalidations and (in a small segment) evictions move as scripts are compiled, included and invalidated
--SKIPIF--
<?php
if (!function_exists('kiln_compile_file')) {
    die('skip kiln_compile_file() does not exist yet: hits/misses/invalidations/evictions need entries the codec stores');
}
?>
--FILE--
<?php
require __DIR__ . '/status.inc';

$env = kst_env('counters');
$d = $env['docroot'];
file_put_contents("$d/a.php", "<?php function counted_a() { return 'a'; }\n");
file_put_contents("$d/b.php", "<?php function counted_b() { return 'b'; }\n");
$files = var_export(['a' => realpath("$d/a.php"), 'b' => realpath("$d/b.php")], true);

$r = kst_php($env, "\$f = $files;" . <<<'PHP'
$st = fn() => kiln_get_status(false)['statistics'];
$out['compile a'] = kiln_compile_file($f['a']);
$out['a cached'] = kiln_is_script_cached($f['a']);
$row = array_values(array_filter(kiln_get_status()['scripts'], fn($r) => $r['path'] === $f['a']))[0] ?? null;
$out['a listed in shm'] = $row !== null && str_contains($row['tier'], 'shm') && $row['raw_size'] > 0 && $row['stored_size'] > 0;
echo serialize($out);
PHP);
var_export($r);
echo "\n";

// Another process: including a is a hit, b a miss.
$r = kst_php($env, "\$f = $files;" . <<<'PHP'
$st = fn() => kiln_get_status(false)['statistics'];
$s0 = $st();
include $f['a'];
$s1 = $st();
include $f['b'];
$s2 = $st();
$out['include a: hits +1'] = $s1['hits'] - $s0['hits'] === 1;
$out['include a: misses +0'] = $s1['misses'] === $s0['misses'];
$out['include b: misses +1'] = $s2['misses'] - $s1['misses'] === 1;
$out['hit_rate = hits / lookups'] = abs($s2['hit_rate'] - 100 * $s2['hits'] / max(1, $s2['hits'] + $s2['misses'])) < 1e-9;
$out['invalidate a'] = kiln_invalidate($f['a'], true);
$s3 = $st();
$out['invalidations +1'] = $s3['invalidations'] - $s2['invalidations'] === 1;
$out['a no longer cached'] = !kiln_is_script_cached($f['a']);
$out['scripts_removed moved'] = $s3['scripts_removed'] > $s2['scripts_removed'];
echo serialize($out);
PHP);
var_export($r);
echo "\n";
kst_cleanup($env);

// A 1M segment without the disk tier: compiling more than fits evicts.
$env = kst_env('evict', ['kiln.shm_size' => '1M', 'kiln.shm_only' => '1']);
$list = [];
for ($i = 0; $i < 80; $i++) {
    $list[] = $f = $env['docroot'] . "/big$i.php";
    file_put_contents($f, "<?php return '" . bin2hex(random_bytes(16 * 1024)) . "';\n");
}
$r = kst_php($env, '$list = ' . var_export($list, true) . ';' . <<<'PHP'
$before = kiln_get_status(false);
$ok = 0;
foreach ($list as $f) {
    $ok += kiln_compile_file($f) ? 1 : 0;
}
$after = kiln_get_status(false);
$out['some compiled'] = $ok > 0;
$out['evictions moved'] = $after['statistics']['evictions'] > $before['statistics']['evictions'];
$out['not all kept'] = $after['statistics']['scripts_cached'] < count($list);
$out['memory within the segment'] = $after['memory']['used'] + $after['memory']['free'] + $after['memory']['wasted'] <= $after['memory']['size'];
echo serialize($out);
PHP);
var_export($r);
echo "\n";
kst_cleanup($env);
?>
--EXPECT--
array (
  'compile a' => true,
  'a cached' => true,
  'a listed in shm' => true,
)
array (
  'include a: hits +1' => true,
  'include a: misses +0' => true,
  'include b: misses +1' => true,
  'hit_rate = hits / lookups' => true,
  'invalidate a' => true,
  'invalidations +1' => true,
  'a no longer cached' => true,
  'scripts_removed moved' => true,
)
array (
  'some compiled' => true,
  'evictions moved' => true,
  'not all kept' => true,
  'memory within the segment' => true,
)
