--TEST--
Admin functions move the counters: reset bumps resets, unknown paths are not invalidated, is_script_cached; warmed entries (when any) are invalidated only when changed unless forced
--FILE--
<?php
require __DIR__ . '/status.inc';

$env = kst_env('admin');
$d = $env['docroot'];
$uncached = "$d/never-compiled.php";
file_put_contents($uncached, "<?php return 1;\n");
$args = var_export(['uncached' => $uncached], true);

// 1. What is observable without cached entries.
$r = kst_php($env, <<<PHP
\$a = $args;
\$before = kiln_get_status(false)['statistics'];
sleep(1); // last_reset_time has a one-second resolution
\$out['reset'] = kiln_reset();
\$after = kiln_get_status(false)['statistics'];
\$out['resets+1'] = \$after['resets'] === \$before['resets'] + 1;
\$out['last_reset_time moved'] = \$after['last_reset_time'] > \$before['last_reset_time'];
\$out['start_time kept'] = \$after['start_time'] === \$before['start_time'];
\$out['empty after reset'] = \$after['scripts_cached'] === 0 && kiln_get_status()['scripts'] === [];
\$out['invalidate unknown'] = kiln_invalidate('/nonexistent/kiln/x.php');
\$out['invalidate unknown, force'] = kiln_invalidate('/nonexistent/kiln/x.php', true);
\$out['invalidate uncached file, force'] = kiln_invalidate(\$a['uncached'], true);
\$out['invalidations unchanged'] = kiln_get_status(false)['statistics']['invalidations'] === \$after['invalidations'];
\$out['cached: uncached file'] = kiln_is_script_cached(\$a['uncached']);
\$out['cached: missing file'] = kiln_is_script_cached('/nonexistent/kiln/x.php');
\$out['cached: empty path'] = kiln_is_script_cached('');
echo serialize(\$out);
PHP);
var_export($r);
echo "\n";

// 2. With entries: compiled (kiln_compile_file) or planted in the disk tier.
$files = ["$d/w1.php", "$d/w2.php"];
foreach ($files as $i => $f) {
    file_put_contents($f, "<?php return $i;\n");
}
$mode = kst_warm($env, $files);
if (str_starts_with($mode, 'skip')) {
    echo "entries: $mode\n";
} else {
    $files = array_map('realpath', $files);
    $r = kst_php($env, '$f = ' . var_export($files, true) . ';' . <<<'PHP'
$st = fn() => kiln_get_status(false)['statistics'];
$listed = fn() => array_column(kiln_get_status()['scripts'], 'path');
$out['cached: warmed'] = kiln_is_script_cached($f[0]) && kiln_is_script_cached($f[1]);
$out['listed'] = !array_diff($f, $listed());
$inv0 = $st()['invalidations'];
$out['unchanged file not invalidated'] = kiln_invalidate($f[0]) === false && kiln_is_script_cached($f[0]);
touch($f[0], time() + 10);
clearstatcache();
kiln_invalidate($f[0]); // its return value: see 003-invalidate-changed.phpt
$out['changed file: no longer current'] = !kiln_is_script_cached($f[0]);
$out['gone from the listing'] = !in_array($f[0], $listed(), true);
$out['forced'] = kiln_invalidate($f[1], true);
$out['forced: not cached'] = !kiln_is_script_cached($f[1]) && !in_array($f[1], $listed(), true);
$out['again: nothing to remove'] = !kiln_invalidate($f[1], true);
$out['invalidations delta'] = $st()['invalidations'] - $inv0;
echo serialize($out);
PHP);
    // Only shared-memory removals are counted as invalidations by the store; planted entries live in the disk tier only.
    $delta = $r['invalidations delta'];
    unset($r['invalidations delta']);
    $r['invalidations counted'] = $mode === 'compiled' ? $delta === 2 : $delta === 0;
    echo "entries ($mode):\n";
    foreach ($r as $k => $v) {
        echo "  $k: ", var_export($v, true), "\n";
    }
}
kst_cleanup($env);
?>
--EXPECTF--
array (
  'reset' => true,
  'resets+1' => true,
  'last_reset_time moved' => true,
  'start_time kept' => true,
  'empty after reset' => true,
  'invalidate unknown' => false,
  'invalidate unknown, force' => false,
  'invalidate uncached file, force' => false,
  'invalidations unchanged' => true,
  'cached: uncached file' => false,
  'cached: missing file' => false,
  'cached: empty path' => false,
)
entries (%s):
  cached: warmed: true
  listed: true
  unchanged file not invalidated: true
  changed file: no longer current: true
  gone from the listing: true
  forced: true
  forced: not cached: true
  again: nothing to remove: true
  invalidations counted: true
