--TEST--
A full arena half starts a new generation; a worker inside an old generation holds the flip back until it is SIGKILLed, then its slot is released; every response stays right
--SKIPIF--
<?php
if (!is_executable('/usr/sbin/php-fpm' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION) && !getenv('TEST_PHP_FPM_EXECUTABLE')) die('skip php-fpm not installed');
if (!trim((string)shell_exec('command -v cgi-fcgi'))) die('skip cgi-fcgi (libfcgi-bin) not installed');
?>
--FILE--
<?php
require __DIR__ . '/../inc/fpm.inc';
require __DIR__ . '/../inc/arena.inc';
$dir = arena_app_dir('gen');
// About 6 MB of images: more than one 4 MB half of an 8 MB arena.
$files = 120;
for ($i = 0; $i < $files; $i++) {
    $m = '';
    for ($j = 0; $j < 30; $j++) {
        $m .= "    public function m$j(int \$x): string { \$a = [\$x, $j, 'k$i-$j' => str_repeat('v', $j % 7)]; "
            . "return sprintf('%s:%d:%s', __METHOD__, \$x + $j, implode(',', array_keys(\$a))) . strtoupper('m$j'); }\n";
    }
    file_put_contents("$dir/c$i.php", "<?php\nclass C$i {\n$m}\n");
}
file_put_contents("$dir/fill.php", '<?php
$h = 0;
for ($i = 0; $i < ' . $files . '; $i++) { require_once __DIR__ . "/c$i.php"; $c = "C$i"; $o = new $c; $h = crc32($h . $o->m3($i) . $o->m29($i)); }
echo "fill:", $h, "\n";');
file_put_contents("$dir/hang.php", '<?php file_put_contents(__DIR__ . "/hang.pid", getmypid()); sleep(30); echo "woke\n";');
file_put_contents("$dir/status.php", '<?php $a = kiln_get_status()["arena"]; echo json_encode($a), "\n";');
arena_backdate($dir);
$expected = shell_exec(PHP_BINARY . ' -n ' . escapeshellarg("$dir/fill.php"));
$fpm = new TestFpm(3, arena_ini('gen', $dir, ['kiln.arena_size' => '8M', 'kiln.arena_min_generation' => '0']));
$status = fn() => json_decode(trim($fpm->request("$dir/status.php")), true);

// A worker inside generation 1 (a long request).
$hang = fpm_start($fpm, "$dir/hang.php");
for ($i = 0; $i < 100 && !file_exists("$dir/hang.pid"); $i++) usleep(50000);
$hung = (int)file_get_contents("$dir/hang.pid");

$wrong = 0;
$fill = function (int $n) use ($fpm, $dir, $expected, &$wrong) {
    for ($i = 0; $i < $n; $i++) {
        $out = $fpm->request("$dir/fill.php");
        if ($out !== $expected) { $wrong++; echo "WRONG: $out\n"; }
    }
};
$fill(4);
$s = $status();
echo "generation moved past 1: ", $s['generation'] >= 2 ? 'yes' : json_encode($s), "\n";
echo "flip refused while the old generation is in use: ", $s['flips_refused'] >= 1 ? 'yes' : json_encode($s), "\n";
echo "oldest live generation is the hung worker's: ", $s['oldest_live_generation'], "\n";

exec("kill -9 " . (int)$hung);
proc_close($hang[0]);
$fill(4);
$s = $status();
echo "dead worker released: ", $s['dead_processes_released'] >= 1 ? 'yes' : json_encode($s), "\n";
echo "generation moved on: ", $s['generation'] >= 3 ? 'yes' : json_encode($s), "\n";
echo "used within the half: ", $s['used'] <= $s['size'] / 2 ? 'yes' : json_encode($s), "\n";
echo "responses wrong: $wrong\n";
$log = $fpm->log();
$fpm->stop();
echo preg_match('/signal (11|7|6)|SIGSEGV|SIGBUS|zend_mm_heap/', $log) ? "CRASH:\n$log" : "no crash\n";
echo str_contains($log, "exited on signal 9") ? "the kill was seen\n" : "no kill in the log\n";
arena_cleanup('gen', $dir);
?>
--EXPECT--
generation moved past 1: yes
flip refused while the old generation is in use: yes
oldest live generation is the hung worker's: 1
dead worker released: yes
generation moved on: yes
used within the half: yes
responses wrong: 0
no crash
the kill was seen
