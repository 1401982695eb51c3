--TEST--
A bad INI value gives one startup warning naming directive and value; PHP starts with a safe default
--FILE--
<?php
$cases = [
    ['kiln.shm_size=lots'],
    ['kiln.shm_size=-64M'],
    ['kiln.shm_size=12'],
    ['kiln.enable=perhaps'],
    ['kiln.revalidate_freq=-1'],
    ['kiln.file_update_protection=soon'],
    ['kiln.max_file_size=big'],
    ['kiln.shm_max=1.5M'],
    ['kiln.cache_dir=relative/path'],
    ['kiln.shm_name=bad/name'],
];
foreach ($cases as $ds) {
    $cmd = [PHP_BINARY, '-n', '-d', 'display_startup_errors=1', '-d', 'extension=' . getenv('KILN_SO'),
        '-d', 'kiln.shm_name=kiln-phpt-bad-' . getmypid()];
    foreach ($ds as $d) { $cmd[] = '-d'; $cmd[] = $d; }
    $cmd[] = '-r';
    $cmd[] = '$c = kiln_get_configuration()["directives"]; echo "running shm_size=", $c["kiln.shm_size"], " enable=", var_export($c["kiln.enable"], true), "\n";'
        . ' echo "@@segment=", kiln_get_status()["segment"]["name"] ?? "", "\n";';
    $p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    $rc = proc_close($p);
    // A bad kiln.shm_name falls back to the derived (64M, RAM-backed) segment: remove it.
    if (preg_match('/^@@segment=\/?(kiln\.[\w.]+)$/m', $out, $m)) @unlink('/dev/shm/' . $m[1]);
    $out = preg_replace('/^@@segment=.*\n/m', '', $out);
    echo $ds[0], " -> rc=$rc\n", trim(preg_replace('/\n+/', "\n", $out)), "\n";
}
@unlink('/dev/shm/kiln-phpt-bad-' . getmypid());
?>
--EXPECT--
kiln.shm_size=lots -> rc=0
Warning: Kiln: invalid value 'lots' for kiln.shm_size (expected a number with an optional K, M or G suffix); using 64M in Unknown on line 0
running shm_size=67108864 enable=true
kiln.shm_size=-64M -> rc=0
Warning: Kiln: invalid value '-64M' for kiln.shm_size (a size cannot be negative); using 64M in Unknown on line 0
running shm_size=67108864 enable=true
kiln.shm_size=12 -> rc=0
Warning: Kiln: invalid value '12' for kiln.shm_size (smaller than the minimum 1M); using 64M in Unknown on line 0
running shm_size=67108864 enable=true
kiln.enable=perhaps -> rc=0
Warning: Kiln: invalid value 'perhaps' for kiln.enable (expected 0/1, on/off, yes/no or true/false); using 1 in Unknown on line 0
running shm_size=67108864 enable=true
kiln.revalidate_freq=-1 -> rc=0
Warning: Kiln: invalid value '-1' for kiln.revalidate_freq (cannot be negative); using 2 in Unknown on line 0
running shm_size=67108864 enable=true
kiln.file_update_protection=soon -> rc=0
Warning: Kiln: invalid value 'soon' for kiln.file_update_protection (expected a whole number of seconds); using 2 in Unknown on line 0
running shm_size=67108864 enable=true
kiln.max_file_size=big -> rc=0
Warning: Kiln: invalid value 'big' for kiln.max_file_size (expected a number with an optional K, M or G suffix); using 0 in Unknown on line 0
running shm_size=67108864 enable=true
kiln.shm_max=1.5M -> rc=0
Warning: Kiln: invalid value '1.5M' for kiln.shm_max (expected a number with an optional K, M or G suffix); using 2M in Unknown on line 0
running shm_size=67108864 enable=true
kiln.cache_dir=relative/path -> rc=0
Warning: Kiln: invalid value 'relative/path' for kiln.cache_dir (must be an absolute path); using the default directory in Unknown on line 0
running shm_size=67108864 enable=true
kiln.shm_name=bad/name -> rc=0
Warning: Kiln: invalid value 'bad/name' for kiln.shm_name (use up to 200 letters, digits, '.', '_' or '-'); using the derived name in Unknown on line 0
running shm_size=67108864 enable=true
