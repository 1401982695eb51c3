--TEST--
A working set larger than the arena does not start a new generation on every request: within kiln.arena_min_generation a full half leaves new images private (flips deferred, counted), the generation stays, every response stays right; with 0 the half flips
--SKIPIF--
<?php
if (!is_executable('/usr/sbin/php-fpm' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION) && !getenv('TEST_PHP_FPM_EXECUTABLE')) die('skip php-fpm not installed');
if (!trim((string)shell_exec('command -v cgi-fcgi'))) die('skip cgi-fcgi (libfcgi-bin) not installed');
?>
--FILE--
<?php
require __DIR__ . '/../inc/fpm.inc';
require __DIR__ . '/../inc/arena.inc';
$dir = arena_app_dir('storm');
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
file_put_contents("$dir/status.php", '<?php $a = kiln_get_status()["arena"]; echo json_encode($a), "\n";');
arena_backdate($dir);
$expected = shell_exec(PHP_BINARY . ' -n ' . escapeshellarg("$dir/fill.php"));
foreach (['default' => [], 'zero' => ['kiln.arena_min_generation' => '0']] as $name => $ini) {
    $fpm = new TestFpm(1, arena_ini("storm$name", $dir, $ini + ['kiln.arena_size' => '8M']));
    $wrong = 0;
    for ($i = 0; $i < 8; $i++) {
        $out = $fpm->request("$dir/fill.php");
        if ($out !== $expected) { $wrong++; echo "WRONG: $out\n"; }
    }
    $s = json_decode(trim($fpm->request("$dir/status.php")), true);
    $log = $fpm->log();
    $fpm->stop();
    if ($name === 'default') {
        echo "$name: generations started: {$s['generations_started']}, images in the arena: ", $s['images'] > 0 ? 'yes' : 'no',
            ", flips deferred by a worker: ", $s['process_flips_deferred'] > 0 ? 'yes' : 'no', "\n";
    } else {
        echo "$name: generations started: ", $s['generations_started'] >= 1 ? '>= 1' : $s['generations_started'], "\n";
    }
    echo "$name: responses wrong: $wrong; ", preg_match('/signal (11|7|6)|SIGSEGV|SIGBUS|zend_mm_heap/', $log) ? "CRASH:\n$log" : "no crash\n";
    @unlink("/dev/shm/kiln-phpt-arena-storm$name-" . getmypid());
}
arena_cleanup('storm', $dir);
?>
--EXPECT--
default: generations started: 0, images in the arena: yes, flips deferred by a worker: yes
default: responses wrong: 0; no crash
zero: generations started: >= 1
zero: responses wrong: 0; no crash
