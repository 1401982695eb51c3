--TEST--
kiln_invalidate($path) without $force returns true when it drops the entry of a changed file
--FILE--
<?php
require __DIR__ . '/status.inc';
$env = kst_env('invchg');
$f = $env['docroot'] . '/changed.php';
file_put_contents($f, "<?php return 1;\n");
$mode = kst_warm($env, [$f]);
if (str_starts_with($mode, 'skip')) {
    echo "$mode\n";
} else {
    touch($f, time() + 10);
    echo kst_php($env, 'clearstatcache(); ob_start(); var_dump(kiln_invalidate(' . var_export(realpath($f), true) . ')); echo serialize(ob_get_clean());');
}
kst_cleanup($env);
?>
--EXPECT--
bool(true)
