--TEST--
Separate CLI processes share one segment (the second sees the first's statistics); mode 0600, owned by the user
--FILE--
<?php
$name = 'kiln-phpt-seg-' . getmypid();
$script = sys_get_temp_dir() . "/$name.php";
file_put_contents($script, '<?php $s = kiln_get_status(); echo $s["segment"]["state"], " compiles=", $s["statistics"]["compiles"], " start=", $s["statistics"]["start_time"], "\n";');
$starts = [];
foreach ([1, 2, 3] as $run) {
    $cmd = [PHP_BINARY, '-n', '-d', 'extension=' . getenv('KILN_SO'), '-d', "kiln.shm_name=$name", '-d', 'kiln.shm_size=8M', $script];
    $p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($p);
    preg_match('/start=(\d+)/', $out, $m);
    $starts[] = $m[1] ?? null;
    echo preg_replace('/ start=\d+/', '', $out);
}
var_dump(count(array_unique($starts)) === 1 && $starts[0] > 0);
$st = stat("/dev/shm/$name");
printf("mode %o, owner is us: %s, size %d\n", $st['mode'] & 0777, var_export($st['uid'] === (int)trim(shell_exec('id -u')), true), $st['size']);
unlink($script);
unlink("/dev/shm/$name");
?>
--EXPECT--
created compiles=1
attached compiles=2
attached compiles=3
bool(true)
mode 600, owner is us: true, size 8388608
