--TEST--
An unusable kiln.cache_dir gives one warning naming it, and Kiln runs without the disk tier
--FILE--
<?php
$base = sys_get_temp_dir() . '/kiln-phpt-cd-' . getmypid();
mkdir($base, 0700);
mkdir("$base/open", 0777); chmod("$base/open", 0777);
file_put_contents("$base/file", 'x');
symlink("$base/open", "$base/link");
$cases = ["$base/open" => 'world-writable', "$base/file" => 'a file', "$base/link" => 'a symlink', "$base/new/sub" => 'created'];
foreach ($cases as $dir => $what) {
    $cmd = [PHP_BINARY, '-n', '-d', 'extension=' . getenv('KILN_SO'), '-d', 'kiln.shm_name=kiln-phpt-cd-' . getmypid(),
        '-d', "kiln.cache_dir=$dir", '-r', '$d = kiln_get_status()["disk"]; echo "disk enabled=", var_export($d["enabled"], true), "\n";'];
    $p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($p);
    $out = str_replace($base, 'BASE', $out);
    echo "$what: ", substr_count($out, 'Warning'), " warning(s)\n", trim(preg_replace('/\n+/', "\n", $out)), "\n";
}
printf("created mode %o\n", fileperms("$base/new/sub") & 0777);
exec('rm -rf ' . escapeshellarg($base));
@unlink('/dev/shm/kiln-phpt-cd-' . getmypid());
?>
--EXPECTF--
world-writable: 1 warning(s)
Warning: Kiln: kiln.cache_dir 'BASE/open' is not usable (%s); the disk tier is off in Unknown on line 0
disk enabled=false
a file: 1 warning(s)
Warning: Kiln: kiln.cache_dir 'BASE/file' is not usable (%s); the disk tier is off in Unknown on line 0
disk enabled=false
a symlink: 1 warning(s)
Warning: Kiln: kiln.cache_dir 'BASE/link' is not usable (%s); the disk tier is off in Unknown on line 0
disk enabled=false
created: 0 warning(s)
disk enabled=true
created mode 700
