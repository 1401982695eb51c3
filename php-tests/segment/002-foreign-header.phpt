--TEST--
A segment with a wrong header (magic/version/build/size) is never used: Kiln warns and makes a fresh one
--FILE--
<?php
$name = 'kiln-phpt-foreign-' . getmypid();
$run = function (string $size) use ($name) {
    $cmd = [PHP_BINARY, '-n', '-d', 'extension=' . getenv('KILN_SO'), '-d', "kiln.shm_name=$name", '-d', "kiln.shm_size=$size",
        '-r', '$s = kiln_get_status(); echo $s["segment"]["state"] === "created" || $s["segment"]["state"] === "attached" ? $s["segment"]["state"] : "recreated", " attached=", var_export($s["segment"]["attached"], true), "\n";'];
    $p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($p);
    echo trim(preg_replace(['/\n+/', '/\(.*\)/'], ["\n", '(...)'], $out)), "\n";
};
$run('4M');
$run('4M');
// Garbage over the header.
$f = fopen("/dev/shm/$name", 'r+'); fwrite($f, str_repeat("\xAB", 4096)); fclose($f);
$run('4M');
// Another size.
$run('8M');
printf("size now %d\n", filesize("/dev/shm/$name"));
unlink("/dev/shm/$name");
?>
--EXPECTF--
created attached=true
attached attached=true
Warning: Kiln: shared memory segment /kiln-phpt-foreign-%d was not usable (...); made a fresh one in Unknown on line 0
recreated attached=true
Warning: Kiln: shared memory segment /kiln-phpt-foreign-%d was not usable (...); made a fresh one in Unknown on line 0
recreated attached=true
size now 8388608
