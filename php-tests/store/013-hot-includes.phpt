--TEST--
php-cgi -T: an include by absolute name served again within kiln.revalidate_freq skips realpath and stat, and still follows PHP: symlinked names record the real path, a file rewritten is seen once the window has passed, kiln_invalidate() drops it at once
--SKIPIF--
<?php
$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
exec('command -v ' . escapeshellarg($cgi), $o, $rc);
if ($rc !== 0) die('skip php-cgi not found');
?>
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('hot');
$d = $c['dir'];
kt_write("$d/lib/v.php", "<?php return 'v1';\n");
kt_write("$d/lib/f.php", "<?php function f_ver() { return 'f1'; }\n");
symlink("$d/lib", "$d/link");
kt_write("$d/main.php", <<<'PHP'
<?php
$f = __DIR__ . '/req.txt';
$req = (int) @file_get_contents($f) + 1;
file_put_contents($f, (string) $req);
$v = [];
for ($i = 0; $i < 3; $i++) { $v[] = include __DIR__ . '/lib/v.php'; }
$v[] = include __DIR__ . '/link/v.php';
$v[] = include __DIR__ . '/lib/../lib/v.php';
require __DIR__ . '/link/f.php';
echo "request $req: ", implode(',', $v), ' ', f_ver(), ' ', implode(',', array_map(fn ($p) => substr($p, strlen(__DIR__)), get_included_files())), "\n";
if ($req === 2) {
    // A new version (new mtime and size); the next request starts after the window.
    file_put_contents(__DIR__ . '/lib/v.php', "<?php return 'v2-new';\n");
    touch(__DIR__ . '/lib/v.php', time() - 30);
    clearstatcache();
    usleep(1200000);
}
if ($req === 4 && function_exists('kiln_invalidate')) {
    file_put_contents(__DIR__ . '/lib/v.php', "<?php return 'v3-newest';\n");
    touch(__DIR__ . '/lib/v.php', time() - 20);
    clearstatcache();
    kiln_invalidate(__DIR__ . '/lib/v.php', true);
    echo "after invalidate: ", include __DIR__ . '/lib/v.php', "\n";
} elseif ($req === 4) {
    file_put_contents(__DIR__ . '/lib/v.php', "<?php return 'v3-newest';\n");
    touch(__DIR__ . '/lib/v.php', time() - 20);
    clearstatcache();
    echo "after invalidate: ", include __DIR__ . '/lib/v.php', "\n";
}
PHP);

$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
function cgi(string $cgi, array $args, string $script): string {
    $p = proc_open(array_merge([$cgi, '-n', '-q', '-d', 'display_errors=1', '-d', 'error_reporting=-1', '-d', 'html_errors=0'], $args, ['-T', '5', $script]),
        [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
    $o = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($p);
    return preg_replace('/^Elapsed time: .*$/m', 'Elapsed time: X', $o);
}
$runs = [];
$modes = ['plain' => [], 'kiln' => kt_args($c, ['kiln.revalidate_freq' => '1']), 'again' => kt_args($c, ['kiln.revalidate_freq' => '1'])];
foreach ($modes as $mode => $args) {
    @unlink("$d/req.txt");
    kt_write("$d/lib/v.php", "<?php return 'v1';\n");
    $runs[$mode] = cgi($cgi, $args, "$d/main.php");
}
echo $runs['plain'];
foreach (['kiln', 'again'] as $m) {
    echo "$m same: ", var_export($runs[$m] === $runs['plain'], true), "\n";
    if ($runs[$m] !== $runs['plain']) echo $runs[$m];
}
kt_cleanup($c);
?>
--EXPECT--
request 1: v1,v1,v1,v1,v1 f1 /main.php,/lib/v.php,/lib/f.php
request 2: v1,v1,v1,v1,v1 f1 /main.php,/lib/v.php,/lib/f.php
request 3: v2-new,v2-new,v2-new,v2-new,v2-new f1 /main.php,/lib/v.php,/lib/f.php
request 4: v2-new,v2-new,v2-new,v2-new,v2-new f1 /main.php,/lib/v.php,/lib/f.php
after invalidate: v3-newest
request 5: v3-newest,v3-newest,v3-newest,v3-newest,v3-newest f1 /main.php,/lib/v.php,/lib/f.php

Elapsed time: X
kiln same: true
again same: true
