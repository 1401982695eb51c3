--TEST--
php-fpm with 4 workers: a script compiled by one worker is a hit in the others
--SKIPIF--
<?php
if (!is_executable('/usr/sbin/php-fpm' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION) && !getenv('TEST_PHP_FPM_EXECUTABLE')) die('skip php-fpm not installed');
if (!trim((string)shell_exec('command -v cgi-fcgi'))) die('skip cgi-fcgi (libfcgi-bin) not installed');
?>
--FILE--
<?php
require __DIR__ . '/../inc/fpm.inc';
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('fpm');
$page = $c['dir'] . '/page.php';
kt_write($page, '<?php class Page { function render() { usleep(300000); return "page ok\n"; } } echo getmypid(), " ", (new Page)->render();');
$fpm = new TestFpm(4, ['kiln.shm_name' => $c['name'], 'kiln.cache_dir' => $c['cache'], 'kiln.file_update_protection' => '0', 'kiln.shm_size' => '8M']);
echo preg_replace('/^\d+ /', '', $fpm->request($page));           // compiled by one worker
// Eight concurrent requests keep all four workers busy.
$procs = [];
for ($i = 0; $i < 8; $i++) {
    $env = ['SCRIPT_FILENAME' => $page, 'REQUEST_METHOD' => 'GET', 'SCRIPT_NAME' => '/page.php', 'PATH' => getenv('PATH')];
    $procs[] = proc_open(['cgi-fcgi', '-bind', '-connect', $fpm->sock], [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $p, null, $env);
    $pipes[] = $p;
}
$pids = [];
foreach ($procs as $i => $proc) {
    $out = stream_get_contents($pipes[$i][1]);
    stream_get_contents($pipes[$i][2]);
    proc_close($proc);
    $body = substr($out, strpos($out, "\r\n\r\n") + 4);
    if (preg_match('/^(\d+) page ok$/m', $body, $m)) $pids[$m[1]] = true;
}
$fpm->stop();
$s = kt_status($c);
echo count($pids) >= 2 ? "served by several workers\n" : "served by " . count($pids) . " worker(s)\n";
echo "page compiles: ", $s['statistics']['compiles'] - 0, "\n";
echo "hits >= 8: ", var_export($s['statistics']['hits'] >= 8, true), "\n";
kt_cleanup($c);
?>
--EXPECT--
page ok
served by several workers
page compiles: 1
hits >= 8: true
