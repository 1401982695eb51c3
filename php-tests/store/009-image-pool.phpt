--TEST--
php-cgi -T: when the per-process map_ptr slot pool is used up, further scripts run from per-request copies (same output); after 1,000 requests a nearly full pool is started over and the images rebuilt
--SKIPIF--
<?php
$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
exec('command -v ' . escapeshellarg($cgi), $o, $rc);
if ($rc !== 0) die('skip php-cgi not found');
?>
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('pool');
$d = $c['dir'];
// kiln.shm_size=8M reserves the smallest pool (4096 slots); each file
// declares 900 functions with static variables (two slots each: run-time
// cache and statics): two files fit, the other three run from copies.
$main = "<?php\n\$t = 0;\n";
for ($f = 0; $f < 5; $f++) {
    $code = "<?php\n";
    for ($i = 0; $i < 900; $i++) {
        $code .= "function f{$f}_{$i}(int \$x): int { static \$calls = 0; return \$x + $i + ++\$calls; }\n";
    }
    kt_write("$d/f$f.php", $code);
    $main .= "require '$d/f$f.php';\n\$t += f{$f}_7(1) + f{$f}_7(1) + f{$f}_899(2);\n";
}
$main .= "echo \$t, \"\\n\";\n";
$main .= "if (function_exists('kiln_get_status')) file_put_contents('$d/status.json', json_encode(kiln_get_status()['codec']));\n";
kt_write("$d/main.php", $main);

$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
function cgi(string $cgi, array $args, string $script, int $n): string {
    $p = proc_open(array_merge([$cgi, '-n', '-q', '-d', 'display_errors=1', '-d', 'error_reporting=-1'], $args, ['-T', (string) $n, $script]),
        [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
    $o = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($p);
    return preg_replace('/^Elapsed time: .*$/m', 'Elapsed time: X', $o);
}
$plain = cgi($cgi, [], "$d/main.php", 3);
echo $plain;
$kiln = cgi($cgi, kt_args($c, ['kiln.shm_size' => '8M']), "$d/main.php", 3);
$s = json_decode(file_get_contents("$d/status.json"), true);
echo "3 requests: same=", var_export($kiln === $plain, true), " images=", $s['process_images'],
    " slots=", $s['map_ptr_slots_used'], "/", $s['map_ptr_slots'], " resets=", $s['pool_resets'], "\n";

$plain = cgi($cgi, [], "$d/main.php", 1002);
$kiln = cgi($cgi, kt_args($c, ['kiln.shm_size' => '8M']), "$d/main.php", 1002);
$s = json_decode(file_get_contents("$d/status.json"), true);
echo "1002 requests: same=", var_export($kiln === $plain, true), " lines=", substr_count($kiln, "\n"),
    " images=", $s['process_images'], " resets=", $s['pool_resets'], "\n";
kt_cleanup($c);
?>
--EXPECT--
4605
4605
4605

Elapsed time: X
3 requests: same=true images=3 slots=3600/4096 resets=0
1002 requests: same=true lines=1004 images=3 resets=1
