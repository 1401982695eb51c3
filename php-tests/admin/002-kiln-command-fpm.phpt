--TEST--
The kiln command on a php-fpm pool's cache: status lists what the workers cached, invalidate --prefix drops a directory the workers then compile again, reset empties it while the pool keeps serving; the command never creates or resizes the pool's segment
--SKIPIF--
<?php
if (!is_executable('/usr/sbin/php-fpm' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION) && !getenv('TEST_PHP_FPM_EXECUTABLE')) die('skip php-fpm not installed');
if (!trim((string)shell_exec('command -v cgi-fcgi'))) die('skip cgi-fcgi (libfcgi-bin) not installed');
?>
--FILE--
<?php
require __DIR__ . '/../inc/fpm.inc';
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('cmdfpm');
$d = $c['dir'];
kt_write("$d/page.php", '<?php require __DIR__ . "/lib/Price.php"; require __DIR__ . "/lib/Tax.php"; require __DIR__ . "/view.php"; echo render(price(10)), "\n";');
kt_write("$d/lib/Price.php", '<?php function price(int $n): float { return tax($n * 1.5); }');
kt_write("$d/lib/Tax.php", '<?php function tax(float $v): float { return $v * 1.2; }');
kt_write("$d/view.php", '<?php function render(float $v): string { return sprintf("total %.2f", $v); }');
$fpm = new TestFpm(2, ['kiln.shm_name' => $c['name'], 'kiln.cache_dir' => $c['cache'], 'kiln.file_update_protection' => '0', 'kiln.shm_size' => '8M']);
$kiln = function (string ...$args) use ($c, $d): array {
    // kiln.shm_size is left at its default (64M): the command attaches the pool's 8M segment as it is.
    $cmd = [getenv('KILN_CLI'), '-n', '-d', 'kiln.shm_name=' . $c['name'], '-d', 'kiln.cache_dir=' . $c['cache'], ...$args];
    $p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null,
        ['PATH' => getenv('PATH'), 'KILN_PHP' => PHP_BINARY, 'KILN_SO' => getenv('KILN_SO')]);
    $o = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    return [str_replace($d, 'D', $o), proc_close($p)];
};
$cached = function () use ($kiln, $d): string {
    [$o] = $kiln('status', '--json');
    $s = json_decode(str_replace('"D/', '"' . $d . '/', $o), true);
    $paths = array_map(fn ($r) => str_replace($d, 'D', $r['path']), $s['scripts']);
    sort($paths);
    return "size={$s['memory']['size']} cached=" . implode(',', $paths) . " compiles={$s['statistics']['compiles']}";
};
foreach ([1, 2, 3] as $i) echo $fpm->request("$d/page.php");
echo $cached(), "\n";
[$o, $rc] = $kiln('invalidate', '--prefix', "$d/lib");
echo "rc=$rc $o";
echo $cached(), "\n";
foreach ([1, 2, 3, 4] as $i) echo $fpm->request("$d/page.php");
echo $cached(), "\n";
[$o, $rc] = $kiln('reset');
echo "rc=$rc ", preg_replace('/of \S+/', 'of SEG', $o);
echo $fpm->request("$d/page.php");
echo $cached(), "\n";
[$o, $rc] = $kiln('status');
echo 'status names the segment: ', var_export(str_contains($o, $c['name']), true), "\n";
$fpm->stop();
echo 'segment size kept: ', filesize('/dev/shm/' . $c['name']), "\n";
kt_cleanup($c);
?>
--EXPECT--
total 18.00
total 18.00
total 18.00
size=8388608 cached=D/lib/Price.php,D/lib/Tax.php,D/page.php,D/view.php compiles=4
rc=0 invalidated 2 scripts under D/lib/
size=8388608 cached=D/page.php,D/view.php compiles=4
total 18.00
total 18.00
total 18.00
total 18.00
size=8388608 cached=D/lib/Price.php,D/lib/Tax.php,D/page.php,D/view.php compiles=6
rc=0 reset: dropped 4 scripts of SEG and its disk tier
total 18.00
size=8388608 cached=D/lib/Price.php,D/lib/Tax.php,D/page.php,D/view.php compiles=10
status names the segment: true
segment size kept: 8388608
