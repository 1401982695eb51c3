--TEST--
Kiln loads in php-fpm (4 static workers on a Unix socket) and stands down when OPcache is on
--SKIPIF--
<?php
if (!is_executable('/usr/sbin/php-fpm' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION) && !getenv('TEST_PHP_FPM_EXECUTABLE')) die('skip php-fpm not installed');
if (!trim((string)shell_exec('command -v cgi-fcgi'))) die('skip cgi-fcgi (libfcgi-bin) not installed');
?>
--FILE--
<?php
require __DIR__ . '/../inc/fpm.inc';
$script = sys_get_temp_dir() . '/kiln-phpt-fpm-' . getmypid() . '.php';
file_put_contents($script, '<?php $s = kiln_get_status(); echo PHP_SAPI, " enabled=", var_export($s["enabled"], true), " reason=", var_export($s["reason"] !== null, true), " name=", $s["segment"]["name"] === ini_get("kiln.shm_name") ? "ok" : "?", "\n";');
$name = '/kiln-phpt-fpm-' . getmypid();
$fpm = new TestFpm(4, ['kiln.shm_name' => $name]);
echo $fpm->request($script);
echo $fpm->request($script);
$fpm->stop();

$fpm = new TestFpm(2, ['kiln.shm_name' => $name, 'zend_extension' => 'opcache', 'opcache.enable' => '1']);
echo $fpm->request($script);
// The worker's line reaches the FPM log through the master, asynchronously:
// wait for it (at most 5 s) before judging.
for ($i = 0; $i < 50 && !str_contains($fpm->log(), 'set opcache.enable=0'); $i++) usleep(100000);
echo str_contains($fpm->log(), 'set opcache.enable=0') ? "warning names opcache.enable=0\n" : "no warning: " . $fpm->log() . "\n";
$fpm->stop();
unlink($script);
@unlink('/dev/shm' . $name);
?>
--EXPECT--
fpm-fcgi enabled=true reason=false name=ok
fpm-fcgi enabled=true reason=false name=ok
fpm-fcgi enabled=false reason=true name=ok
warning names opcache.enable=0
