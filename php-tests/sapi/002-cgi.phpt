--TEST--
Kiln loads in php-cgi, and stands down there when OPcache is enabled (Debian's CGI default)
--FILE--
<?php
$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
$script = sys_get_temp_dir() . '/kiln-phpt-cgi-' . getmypid() . '.php';
file_put_contents($script, '<?php $s = kiln_get_status(); echo $s["sapi"], " enabled=", var_export($s["enabled"], true), "\n";');
foreach ([[], ['-d', 'zend_extension=opcache', '-d', 'opcache.enable=1']] as $extra) {
    $cmd = array_merge([$cgi, '-n', '-q'], $extra, ['-d', 'extension=' . getenv('KILN_SO'),
        '-d', 'kiln.shm_name=kiln-phpt-cgi-' . getmypid(), '-d', 'display_startup_errors=0', $script]);
    $p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
    echo stream_get_contents($pipes[1]);
    stream_get_contents($pipes[2]);
    proc_close($p);
}
unlink($script);
@unlink('/dev/shm/kiln-phpt-cgi-' . getmypid());
?>
--EXPECT--
cgi-fcgi enabled=true
cgi-fcgi enabled=false
