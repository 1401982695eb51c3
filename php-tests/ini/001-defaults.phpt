--TEST--
Every kiln.* directive is registered with its documented default
--FILE--
<?php
$cmd = [PHP_BINARY, '-n', '-d', 'extension=' . getenv('KILN_SO'), '-r',
    'foreach (ini_get_all("kiln") as $k => $v) echo $k, "=", var_export($v["global_value"], true), "\n";'
    . ' echo "@@segment=", kiln_get_status()["segment"]["name"], "\n";'];
$p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
$out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
proc_close($p);
// The default settings create the default-named (64M, RAM-backed) segment: remove it.
if (preg_match('/^@@segment=\/?(kiln\.[\w.]+)$/m', $out, $m)) @unlink('/dev/shm/' . $m[1]);
echo preg_replace('/^@@segment=.*\n/m', '', $out);
?>
--EXPECTF--
kiln.arena='auto'
kiln.arena_min_generation='60'
kiln.arena_size='256M'
kiln.attach_only='0'
kiln.cache_dir=''
kiln.check_mtime='1'
kiln.compress='1'
kiln.enable='1'
kiln.enable_cli='1'
kiln.file_update_protection='2'
kiln.filter=''
kiln.inheritance_cache='1'
kiln.max_file_size='0'
kiln.opcache_api='0'
kiln.restrict_api=''
kiln.revalidate_freq='2'
kiln.shm_max='2M'
kiln.shm_name=''
kiln.shm_only='0'
kiln.shm_size='64M'
kiln.verify_roundtrip='0'
