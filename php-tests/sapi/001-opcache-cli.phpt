--TEST--
OPcache enabled for the CLI: Kiln stands down with one warning naming the setting; disabled OPcache: Kiln caches
--SKIPIF--
<?php if (!file_exists(ini_get('extension_dir') . '/opcache.so')) die('skip opcache.so not installed'); ?>
--FILE--
<?php
foreach (['1', '0'] as $enable_cli) {
    $cmd = [PHP_BINARY, '-n', '-d', 'zend_extension=opcache', '-d', "opcache.enable_cli=$enable_cli",
        '-d', 'extension=' . getenv('KILN_SO'), '-d', 'kiln.shm_name=kiln-phpt-oc-' . getmypid(), '-r',
        '$s = kiln_get_status(); var_dump($s["enabled"], $s["reason"] !== null, function_exists("opcache_get_status"));'];
    $p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($p);
    echo "opcache.enable_cli=$enable_cli\n", trim(preg_replace('/\n+/', "\n", $out)), "\n";
}
@unlink('/dev/shm/kiln-phpt-oc-' . getmypid());
?>
--EXPECT--
opcache.enable_cli=1
Warning: Kiln: Zend OPcache is enabled for the cli SAPI, so Kiln stands down and caches nothing; set opcache.enable_cli=0 (e.g. in the SAPI's conf.d/10-opcache.ini) to use Kiln in Unknown on line 0
bool(false)
bool(true)
bool(true)
opcache.enable_cli=0
bool(true)
bool(false)
bool(true)
