--TEST--
The kiln command and kiln_invalidate_prefix(): status (text and JSON) of the cache php-cgi filled, invalidate one script, a directory prefix (not its sibling app2, trailing slash, relative name, a prefix matching nothing), reset, usage errors; another user is refused and sees nothing
--SKIPIF--
<?php
$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
exec('command -v ' . escapeshellarg($cgi), $o, $rc);
if ($rc !== 0) die('skip php-cgi not found');
?>
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('cmd');
$d = $c['dir'];
chmod($d, 0711);
kt_write("$d/app/a.php", "<?php function a() { return 'a'; }\n");
kt_write("$d/app/lib/b.php", "<?php function b() { return 'b'; }\n");
kt_write("$d/app2/c.php", "<?php function c() { return 'c'; }\n");
kt_write("$d/main.php", <<<'PHP'
<?php
foreach (['app/a.php', 'app/lib/b.php', 'app2/c.php'] as $f) require __DIR__ . "/$f";
echo a(), b(), c(), "\n";
if (($argv[1] ?? '') === 'check') {
    foreach (['app/a.php', 'app/lib/b.php', 'app2/c.php'] as $f) echo $f, '=', kiln_is_script_cached(__DIR__ . "/$f") ? 'cached' : 'no', ' ';
    echo "\n";
}
PHP);
$ini = ['kiln.shm_size' => '8M', 'kiln.shm_name' => $c['name'], 'kiln.cache_dir' => $c['cache'],
        'kiln.file_update_protection' => '0', 'kiln.revalidate_freq' => '0'];
$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
$fill = function () use ($cgi, $c, $d) {
    $p = proc_open(array_merge([$cgi, '-n', '-q'], kt_args($c), ["$d/main.php"]), [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
    $o = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($p);
    return trim($o);
};
$kiln = function (array $args, ?string $cwd = null, array $prefix = []) use ($ini, $d): array {
    $cmd = $prefix;
    $cmd[] = getenv('KILN_CLI');
    $cmd[] = '-n';
    foreach ($ini as $k => $v) { $cmd[] = '-d'; $cmd[] = "$k=$v"; }
    $p = proc_open(array_merge($cmd, $args), [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, $cwd,
        ['PATH' => getenv('PATH'), 'KILN_PHP' => PHP_BINARY, 'KILN_SO' => getenv('KILN_SO')]);
    $out = stream_get_contents($pipes[1]);
    $err = stream_get_contents($pipes[2]);
    $rc = proc_close($p);
    return [str_replace($d, 'D', $out), str_replace($d, 'D', $err), $rc];
};
echo $fill(), "\n";
[$o, $e, $rc] = $kiln(['status']);
echo "status rc=$rc\n";
foreach (explode("\n", $o) as $l) {
    if (preg_match('/^(scripts|disk|hits) +\d/', $l)) echo preg_replace('/ in \S+$/', '', preg_replace('/\s+/', ' ', $l)), "\n";
    elseif (str_contains($l, 'D/')) echo preg_replace('/\s+/', ' ', trim($l)), "\n";
}
[$o, $e, $rc] = $kiln(['status', '--json']);
$j = json_decode($o, true);
echo "json rc=$rc cached=", $j['statistics']['scripts_cached'], ' scripts=', count($j['scripts']), "\n";

[$o, $e, $rc] = $kiln(['invalidate', '--prefix', "$d/app"]);
echo "prefix rc=$rc: $o";
[$o, $e, $rc] = $kiln(['status', '--json']);
$paths = array_column(json_decode($o, true)['scripts'], 'path');
echo 'left: ', implode(' ', array_map(fn ($p) => str_replace($d, 'D', $p), $paths)), "\n";
echo $fill(), "\n";
[$o, $e, $rc] = $kiln(['invalidate', '--prefix', "$d/app/lib/", "$d/nothing/here", "$d/app"]);
echo "prefixes rc=$rc:\n$o";
[$o, $e, $rc] = $kiln(['invalidate', '--prefix', 'app2'], $d);
echo "relative rc=$rc: $o";
echo $fill(), "\n";
[$o, $e, $rc] = $kiln(['invalidate', "$d/app/a.php", "$d/app/none.php"]);
echo "invalidate rc=$rc:\n$o";
[$o, $e, $rc] = $kiln(['reset']);
echo "reset rc=$rc: $o";
[$o, $e, $rc] = $kiln(['status', '--json']);
echo 'after reset: ', json_decode($o, true)['statistics']['scripts_cached'], "\n";
foreach ([['bogus'], ['invalidate'], ['status', '--nope']] as $a) {
    [$o, $e, $rc] = $kiln($a);
    echo implode(' ', $a), ": rc=$rc ", strtok($e, "\n"), "\n";
}

// The PHP function: a relative name is refused with a warning. (Every child
// gets a clean environment: php-cgi would run SCRIPT_FILENAME, this test.)
$p = proc_open(array_merge([PHP_BINARY, '-n'], kt_args($c), ['-r', 'var_dump(kiln_invalidate_prefix("rel/dir"), kiln_invalidate_prefix("/"));']),
    [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
proc_close($p);

// Another user: refused, no script name shown.
echo $fill(), "\n";
if (function_exists('posix_geteuid') ? posix_geteuid() === 0 : trim((string)shell_exec('id -u')) === '0') {
    [$o, $e, $rc] = $kiln(['status'], '/', ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--']);
    echo "other user: rc=$rc leaked=", str_contains($o . $e, 'a.php') ? 'yes' : 'no', ' ', str_contains($e, 'no cache reachable') ? 'refused' : "?? $o $e", "\n";
} else {
    echo "other user: rc=1 leaked=no refused\n";
}
kt_cleanup($c);
?>
--EXPECTF--
abc
status rc=0
scripts 4 cached, 0 removed
hits %s
disk 4 entries, %s
%d %s shm+disk D/%s
%d %s shm+disk D/%s
%d %s shm+disk D/%s
%d %s shm+disk D/%s
json rc=0 cached=4 scripts=4
prefix rc=0: invalidated 2 scripts under D/app/
left: D/app2/c.php D/main.php
abc
prefixes rc=0:
invalidated 1 script under D/app/lib/
invalidated 0 scripts under D/nothing/here/
invalidated 1 script under D/app/
relative rc=0: invalidated 1 script under D/app2/
abc
invalidate rc=0:
invalidated D/app/a.php
not cached  D/app/none.php
reset rc=0: reset: dropped 3 scripts of /%s and its disk tier
after reset: 0
bogus: rc=2 kiln: unknown command 'bogus'
invalidate: rc=2 kiln: invalidate: no script given
status --nope: rc=2 kiln: status: unknown option '--nope'

Warning: kiln_invalidate_prefix(): "rel/dir" is not an absolute directory name in Command line code on line 1
bool(false)
int(%d)
abc
other user: rc=1 leaked=no refused
