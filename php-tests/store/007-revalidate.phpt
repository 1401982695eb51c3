--TEST--
kiln.revalidate_freq limits stats per path within a process; kiln.check_mtime=0 never re-stats; kiln_invalidate() forces the new version
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('reval');
$f = $c['dir'] . '/v.php';
$loop = $c['dir'] . '/loop.php';
kt_write($loop, '<?php
$f = $argv[1];
file_put_contents($f, "<?php return 1;"); touch($f, time() - 60); clearstatcache();
echo include $f;
file_put_contents($f, "<?php return 22;"); touch($f, time() - 30); clearstatcache();
echo " ", include $f;
kiln_invalidate($f, true);
echo " ", include $f, "\n";
');
foreach ([['kiln.revalidate_freq' => '0'], ['kiln.revalidate_freq' => '60'], ['kiln.check_mtime' => '0', 'kiln.revalidate_freq' => '0']] as $ini) {
    [$o, $e] = kt_php(array_merge(kt_args($c, $ini), [$loop, $f]));
    echo str_pad(implode(" ", array_map(fn($k, $v) => "$k=$v", array_keys($ini), $ini)), 44), ": ", $o, $e;
}
kt_cleanup($c);
?>
--EXPECT--
kiln.revalidate_freq=0                      : 1 22 22
kiln.revalidate_freq=60                     : 1 1 22
kiln.check_mtime=0 kiln.revalidate_freq=0   : 1 1 22
