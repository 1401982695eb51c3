--TEST--
After a restart (a new segment, the disk tier kept) a re-extracted tree is served from disk after a content check, its new stat written to shared memory (to the disk entry when shared memory does not take it); within kiln.file_update_protection of the re-extraction it is checked every time but never re-stamped; a changed byte recompiles
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('bycontent-disk');
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
$sh('tar cf ' . escapeshellarg("$d/app.tar") . ' -C ' . escapeshellarg($d) . ' app');
$n = 0;
$reextract = function () use ($sh, $d, $app, &$n) {
    $n++;
    $sh('mv ' . escapeshellarg($app) . ' ' . escapeshellarg("$d/old$n"));
    $sh('tar xf ' . escapeshellarg("$d/app.tar") . ' -C ' . escapeshellarg($d));
    clearstatcache();
};
$segs = [];
// One run on a segment of its own (shared memory empty: a restart), and
// what that segment counted.
$run = function (string $seg, array $ini = []) use ($c, $main, &$segs) {
    $ini += ['kiln.shm_name' => $c['name'] . "-$seg"];
    $segs[$ini['kiln.shm_name']] = true;
    $out = kt_run($c, $main, $ini);
    $s = kt_status($c, $ini);
    $st = $s['statistics'];
    $tiers = array_unique(array_column($s['scripts'], 'tier'));
    return [$out, sprintf("hits=%d misses=%d compiles=%d revalidated_by_content=%d tiers=%s",
        $st['hits'], $st['misses'], $st['compiles'], $st['revalidated_by_content'], implode(',', $tiers))];
};
[$base] = kt_php([$main]);
$outs = [];
[$outs[], $r] = $run('a'); echo "cold:                  $r\n";
$reextract();
[$outs[], $r] = $run('b'); echo "restart, re-extracted: $r\n";
[$outs[], $r] = $run('b'); echo "same segment again:    $r\n";
// The disk entries kept the stat they were compiled under (shared memory
// took the new one): checked by content again, still no compile.
[$outs[], $r] = $run('c'); echo "restart:               $r\n";

// Within the update protection of the re-extraction (its ctime is now).
$reextract();
$p = ['kiln.file_update_protection' => '60'];
[$outs[], $r] = $run('d', $p); echo "protected, restart:    $r\n";
[$outs[], $r] = $run('d', $p); echo "protected, again:      $r\n";
[$outs[], $r] = $run('e', $p); echo "protected, restart:    $r\n";
[$outs[], $r] = $run('f'); echo "unprotected, restart:  $r\n";
[$outs[], $r] = $run('f'); echo "same segment again:    $r\n";

// Shared memory takes nothing (kiln.shm_max=1): the disk entries are
// re-stamped, the next restart is a plain hit.
$reextract();
$x = ['kiln.shm_max' => '1'];
[$outs[], $r] = $run('g', $x); echo "disk only, restart:    $r\n";
[$outs[], $r] = $run('i', $x); echo "disk only, restart:    $r\n";
[$outs[], $r] = $run('j'); echo "restart:               $r\n";
echo "outputs: ", var_export(array_unique($outs) === [$base], true), "\n";

// One byte changed (size and mtime kept), then a restart.
$f = "$app/lib/c.php";
$m = filemtime($f);
file_put_contents($f, '<?php return "C2";');
$sh('touch -d @' . $m . ' ' . escapeshellarg($f));
[$out, $r] = $run('h'); echo "one byte, restart:     $r\n", $out;
kt_cleanup($c, array_keys($segs));
?>
--EXPECT--
cold:                  hits=0 misses=4 compiles=4 revalidated_by_content=0 tiers=shm+disk
restart, re-extracted: hits=4 misses=0 compiles=0 revalidated_by_content=4 tiers=shm+disk
same segment again:    hits=8 misses=0 compiles=0 revalidated_by_content=4 tiers=shm+disk
restart:               hits=4 misses=0 compiles=0 revalidated_by_content=4 tiers=shm+disk
protected, restart:    hits=4 misses=0 compiles=0 revalidated_by_content=4 tiers=shm+disk
protected, again:      hits=8 misses=0 compiles=0 revalidated_by_content=8 tiers=shm+disk
protected, restart:    hits=4 misses=0 compiles=0 revalidated_by_content=4 tiers=shm+disk
unprotected, restart:  hits=4 misses=0 compiles=0 revalidated_by_content=4 tiers=shm+disk
same segment again:    hits=8 misses=0 compiles=0 revalidated_by_content=4 tiers=shm+disk
disk only, restart:    hits=4 misses=0 compiles=0 revalidated_by_content=4 tiers=disk
disk only, restart:    hits=4 misses=0 compiles=0 revalidated_by_content=0 tiers=disk
restart:               hits=4 misses=0 compiles=0 revalidated_by_content=0 tiers=shm+disk
outputs: true
one byte, restart:     hits=3 misses=1 compiles=1 revalidated_by_content=0 tiers=shm+disk
A1 B1 C2
