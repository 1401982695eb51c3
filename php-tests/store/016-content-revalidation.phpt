--TEST--
A tree re-extracted with tar x, cp -p or chmod (new inodes/ctimes, same mtimes and bytes) is served without compiling (revalidated by content); one byte changed under the same mtime and size recompiles that file only
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('bycontent');
$d = $c['dir'];
$app = "$d/app";
$files = [
    "$app/main.php" => '<?php require __DIR__ . "/lib/a.php"; require __DIR__ . "/lib/b.php"; $c = require __DIR__ . "/lib/c.php"; echo fa(), " ", B::v(), " ", $c, "\n";',
    "$app/lib/a.php" => '<?php function fa() { return "A1"; }',
    "$app/lib/b.php" => '<?php class B { static function v() { return "B1"; } }',
    "$app/lib/c.php" => '<?php return "C1";',
];
foreach ($files as $f => $code) kt_write($f, $code, 300);
$main = "$app/main.php";
$sh = fn(string $cmd) => exec($cmd . ' 2>&1', $o, $rc) === false || $rc !== 0 ? print("FAILED: $cmd\n") : null;
$st = fn() => kt_status($c)['statistics'];
$delta = function (array $a, array $b): string {
    $k = ['hits', 'misses', 'compiles', 'revalidated_by_content'];
    return implode(' ', array_map(fn($x) => "$x=" . ($b[$x] - $a[$x]), $k));
};
$inodes = function () use ($files) {
    clearstatcache();
    return array_map('fileinode', array_keys($files));
};

[$base] = kt_php([$main]);
$s0 = $st();
$out1 = kt_run($c, $main);
$s1 = $st();
echo "cold:        ", $delta($s0, $s1), "\n";

// tar x of the same tree to the same path: new inodes and ctimes, same mtimes.
$sh('tar cf ' . escapeshellarg("$d/app.tar") . ' -C ' . escapeshellarg($d) . ' app');
$mtimes = array_map('filemtime', array_keys($files));
$ino = $inodes();
// Keep the old inodes busy so that the extraction cannot reuse them.
$sh('mv ' . escapeshellarg($app) . ' ' . escapeshellarg("$d/old"));
$sh('tar xf ' . escapeshellarg("$d/app.tar") . ' -C ' . escapeshellarg($d));
clearstatcache();
echo "same mtimes: ", var_export(array_map('filemtime', array_keys($files)) === $mtimes, true),
    ", new inodes: ", var_export(count(array_intersect($inodes(), $ino)) === 0, true), "\n";
$out2 = kt_run($c, $main);
$s2 = $st();
echo "re-extracted: ", $delta($s1, $s2), "\n";
$out3 = kt_run($c, $main);
$s3 = $st();
echo "again:       ", $delta($s2, $s3), "\n";

// chmod (ctime only) and cp -p over the file (same inode, same bytes rewritten).
$sh('chmod 0600 ' . escapeshellarg("$app/lib/a.php"));
$sh('cp -p ' . escapeshellarg("$app/lib/b.php") . ' ' . escapeshellarg("$d/b.copy"));
$sh('cp -p ' . escapeshellarg("$d/b.copy") . ' ' . escapeshellarg("$app/lib/b.php"));
$out4 = kt_run($c, $main);
$s4 = $st();
echo "chmod+cp -p: ", $delta($s3, $s4), "\n";

// One byte changed, size and mtime kept: that file is compiled again.
$b = "$app/lib/b.php";
$m = filemtime($b);
file_put_contents($b, str_replace('"B1"', '"B2"', file_get_contents($b)));
$sh('touch -d @' . $m . ' ' . escapeshellarg($b));
clearstatcache();
echo "b.php: same size ", var_export(filesize($b) === strlen($files[$b]), true), ", same mtime ", var_export(filemtime($b) === $m, true), "\n";
$out5 = kt_run($c, $main);
$s5 = $st();
echo "one byte:    ", $delta($s4, $s5), "\n";
echo $out5;
$out6 = kt_run($c, $main);
$s6 = $st();
echo "again:       ", $delta($s5, $s6), "\n";

echo "outputs: ", var_export($out1 === $base && $out2 === $base && $out3 === $base && $out4 === $base, true), "\n";
echo "after change: ", var_export($out6 === $out5 && $out5 === str_replace('B1', 'B2', $base), true), "\n";

// Within one process (the per-process table): chmod between two includes
// is a content check, not a compile; a one-byte change is a compile.
$f = "$d/v.php";
kt_write($f, '<?php return "v1";', 300);
$loop = "$d/loop.php";
kt_write($loop, '<?php
$f = $argv[1];
$n = fn() => kiln_get_status(false)["statistics"];
$s = $n();
echo include $f;
chmod($f, 0600); clearstatcache();
echo " ", include $f;
$t = $n();
echo " [reval=", $t["revalidated_by_content"] - $s["revalidated_by_content"], " compiles=", $t["compiles"] - $s["compiles"], "]";
$m = filemtime($f);
file_put_contents($f, "<?php return \"v2\";"); touch($f, $m); clearstatcache();
echo " ", include $f;
$u = $n();
echo " [reval=", $u["revalidated_by_content"] - $t["revalidated_by_content"], " compiles=", $u["compiles"] - $t["compiles"], "]\n";
', 300);
kt_run($c, $f);
[$o, $e] = kt_php(array_merge(kt_args($c), [$loop, $f]));
echo $o, $e;
kt_cleanup($c);
?>
--EXPECT--
cold:        hits=0 misses=4 compiles=4 revalidated_by_content=0
same mtimes: true, new inodes: true
re-extracted: hits=4 misses=0 compiles=0 revalidated_by_content=4
again:       hits=4 misses=0 compiles=0 revalidated_by_content=0
chmod+cp -p: hits=4 misses=0 compiles=0 revalidated_by_content=2
b.php: same size true, same mtime true
one byte:    hits=3 misses=1 compiles=1 revalidated_by_content=0
A1 B2 C1
again:       hits=4 misses=0 compiles=0 revalidated_by_content=0
outputs: true
after change: true
v1 v1 [reval=1 compiles=0] v2 [reval=0 compiles=1]
