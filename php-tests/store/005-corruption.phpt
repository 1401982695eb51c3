--TEST--
Corrupted, truncated, zeroed and foreign-build disk entries and a corrupted shared-memory body are detected and recompiled, never executed
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('corrupt');
$f = $c['dir'] . '/victim.php';
kt_write($f, '<?php class Victim { function v() { return "victim ok " . str_repeat("x", 3); } } echo (new Victim)->v(), "\n";');
echo kt_run($c, $f);
$entries = glob($c['cache'] . '/*/*/*.kiln');
echo "disk entries: ", count($entries), "\n";
$entry = $entries[0];
$good = file_get_contents($entry);
$damage = [
    'flipped body byte' => function ($b) { $b[strlen($b) - 20] = chr(ord($b[strlen($b) - 20]) ^ 0x40); return $b; },
    'flipped header byte' => function ($b) { $b[90] = chr(ord($b[90]) ^ 1); return $b; },
    'truncated' => fn($b) => substr($b, 0, intdiv(strlen($b), 2)),
    'zeroed' => fn($b) => str_repeat("\0", strlen($b)),
    'foreign build' => function ($b) { $b[20] = $b[20] === 'f' ? 'e' : 'f'; return $b; },
];
$i = 0;
foreach ($damage as $what => $fn) {
    file_put_contents($entry, $fn($good));
    // A fresh segment each time, so the disk entry is what gets read.
    $ci = $c; $ci['name'] .= '-' . $i++;
    $out = kt_run($ci, $f);
    $s = kt_status($ci);
    echo str_pad($what, 20), ": ", trim($out), ", checksum failures ", $s['statistics']['checksum_failures'],
        ", compiles ", $s['statistics']['compiles'], ", rewritten ", var_export(file_exists($entry) && file_get_contents($entry) === $good, true), "\n";
    @unlink('/dev/shm/' . $ci['name']);
}

// A damaged body in shared memory: flip bytes inside the cached record.
$cs = kt_cache('corrupt-shm');
kt_run($cs, $f, ['kiln.shm_only' => '1']);
$seg = '/dev/shm/' . $cs['name'];
$raw = file_get_contents($seg);
$at = strpos($raw, realpath($f));
echo "record found: ", var_export($at !== false, true), "\n";
$h = fopen($seg, 'r+');
fseek($h, $at + strlen(realpath($f)) + 40);
fwrite($h, "\xde\xad\xbe\xef\xde\xad\xbe\xef");
fclose($h);
echo "shm damaged: ", trim(kt_run($cs, $f, ['kiln.shm_only' => '1'])), "\n";
$s = kt_status($cs, ['kiln.shm_only' => '1']);
echo "checksum failures ", $s['statistics']['checksum_failures'], ", compiles ", $s['statistics']['compiles'], ", consistent ", var_export($s['segment']['consistent'], true), "\n";
echo "then: ", trim(kt_run($cs, $f, ['kiln.shm_only' => '1'])), "\n";
kt_cleanup($cs);
kt_cleanup($c);
?>
--EXPECT--
victim ok xxx
disk entries: 1
flipped body byte   : victim ok xxx, checksum failures 1, compiles 1, rewritten true
flipped header byte : victim ok xxx, checksum failures 1, compiles 1, rewritten true
truncated           : victim ok xxx, checksum failures 1, compiles 1, rewritten true
zeroed              : victim ok xxx, checksum failures 1, compiles 1, rewritten true
foreign build       : victim ok xxx, checksum failures 1, compiles 1, rewritten true
record found: true
shm damaged: victim ok xxx
checksum failures 1, compiles 2, consistent true
then: victim ok xxx
