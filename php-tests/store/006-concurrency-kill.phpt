--TEST--
Concurrency: processes compiling, invalidating, resetting and touching the same files for a bounded time, one SIGKILLed; no hang, every output correct, the index consistent
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('chaos');
$n = 12;
for ($i = 0; $i < $n; $i++) {
    kt_write($c['dir'] . "/f$i.php", "<?php\nclass C$i { const K = $i; static function v() { return self::K * 1000 + strlen('" . str_repeat(chr(97 + $i % 26), 200 + $i) . "'); } }\nreturn C$i::v();\n");
}
$worker = $c['dir'] . '/worker.php';
kt_write($worker, '<?php
$n = (int)$argv[1]; $seconds = (float)$argv[2]; $id = (int)$argv[3];
mt_srand($id);
$end = microtime(true) + $seconds; $runs = 0; $bad = 0;
while (microtime(true) < $end) {
    $i = mt_rand(0, $n - 1);
    $f = __DIR__ . "/f$i.php";
    // Each include runs in a child process: classes cannot be redeclared here.
    $out = shell_exec(escapeshellarg(PHP_BINARY) . " -n " . $GLOBALS["argv"][4] . " -r " . escapeshellarg("echo include \$argv[1];") . " " . escapeshellarg($f));
    $want = $i * 1000 + 200 + $i;
    if ((int)$out !== $want) { $bad++; fwrite(STDERR, "bad output for f$i: " . var_export($out, true) . "\n"); }
    $r = mt_rand(0, 99);
    if ($r < 10) kiln_invalidate($f, true);
    elseif ($r < 12) kiln_reset();
    elseif ($r < 20) { touch($f, time() - mt_rand(30, 90)); clearstatcache(); }
    $runs++;
}
echo "worker $id: runs ", $runs > 0 ? "many" : "none", ", bad $bad\n";
');
$args = kt_args($c, ['kiln.shm_size' => '1M']);
$inner = implode(' ', array_map('escapeshellarg', $args));
$procs = [];
for ($w = 0; $w < 5; $w++) {
    $procs[$w] = proc_open(array_merge([PHP_BINARY, '-n'], $args, [$worker, (string)$n, $w === 4 ? '30' : '3', (string)$w, $inner]),
        [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes[$w], null, ['PATH' => getenv('PATH')]);
}
sleep(1);
// Kill the long-running worker and its current child with SIGKILL.
$victim = proc_get_status($procs[4])['pid'];
exec("pkill -KILL -P $victim; kill -KILL $victim");
$deadline = microtime(true) + 30;
foreach ($procs as $w => $p) {
    while (proc_get_status($p)['running'] && microtime(true) < $deadline) usleep(50000);
    $hung = proc_get_status($p)['running'];
    if ($hung) proc_terminate($p, 9);
    $out = stream_get_contents($pipes[$w][1]);
    $err = stream_get_contents($pipes[$w][2]);
    proc_close($p);
    if ($w === 4) { echo "victim killed\n"; continue; }
    echo $hung ? "worker $w HUNG\n" : trim($out) . ($err !== '' ? " STDERR: $err" : '') . "\n";
}
$s = kt_status($c, ['kiln.shm_size' => '1M']);
echo "consistent: ", var_export($s['segment']['consistent'] ?? null, true), "\n";
$ok = true;
for ($i = 0; $i < $n; $i++) {
    [$o] = kt_php(array_merge($args, ['-r', 'echo include $argv[1];', $c['dir'] . "/f$i.php"]));
    $ok = $ok && (int)$o === $i * 1000 + 200 + $i;
}
echo "final outputs correct: ", var_export($ok, true), "\n";
kt_cleanup($c);
?>
--EXPECT--
worker 0: runs many, bad 0
worker 1: runs many, bad 0
worker 2: runs many, bad 0
worker 3: runs many, bad 0
victim killed
consistent: true
final outputs correct: true
