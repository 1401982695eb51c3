--TEST--
php-cgi -T: include_once/require_once of a name served earlier in the process resolve and "open" without the file system, and keep PHP's semantics: once per real path (symlinks, dot-dot), return values, a rewritten file after the window, a name conflict compiled and reported as PHP does
--SKIPIF--
<?php
$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
exec('command -v ' . escapeshellarg($cgi), $o, $rc);
if ($rc !== 0) die('skip php-cgi not found');
?>
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('once');
$d = $c['dir'];
kt_write("$d/lib/ret.php", "<?php return 'r1';\n");
kt_write("$d/lib/fn.php", "<?php function once_fn() { return 'fn'; }\n");
kt_write("$d/lib/dup.php", "<?php function dup_fn() { return 'second'; }\n");
symlink("$d/lib", "$d/link");
kt_write("$d/main.php", <<<'PHP'
<?php
$f = __DIR__ . '/req.txt';
$req = (int) @file_get_contents($f) + 1;
file_put_contents($f, (string) $req);
$r = [];
$r[] = include_once __DIR__ . '/lib/ret.php';
$r[] = include_once __DIR__ . '/lib/ret.php';
$r[] = include_once __DIR__ . '/link/ret.php';
$r[] = require_once __DIR__ . '/lib/../lib/fn.php';
$r[] = require_once __DIR__ . '/link/fn.php';
$r[] = @include_once __DIR__ . '/lib/missing.php';
echo "request $req: ", json_encode($r), ' ', once_fn(), ' ', count(get_included_files()), "\n";
if ($req === 2) {
    file_put_contents(__DIR__ . '/lib/ret.php', "<?php return 'r2-changed';\n");
    touch(__DIR__ . '/lib/ret.php', time() - 30);
    clearstatcache();
    usleep(1200000);
}
if ($req === 3) {
    function dup_fn() { return 'first'; }
    require_once __DIR__ . '/lib/dup.php';
}
PHP);

$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
function cgi(string $cgi, array $args, string $script): string {
    $p = proc_open(array_merge([$cgi, '-n', '-q', '-d', 'display_errors=1', '-d', 'error_reporting=-1', '-d', 'html_errors=0'], $args, ['-T', '4', $script]),
        [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
    $o = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($p);
    return preg_replace('/^Elapsed time: .*$/m', 'Elapsed time: X', $o);
}
$runs = [];
$modes = ['plain' => [], 'kiln' => kt_args($c, ['kiln.revalidate_freq' => '1']), 'again' => kt_args($c, ['kiln.revalidate_freq' => '1'])];
foreach ($modes as $mode => $args) {
    @unlink("$d/req.txt");
    kt_write("$d/lib/ret.php", "<?php return 'r1';\n");
    $runs[$mode] = cgi($cgi, $args, "$d/main.php");
}
echo str_replace($d, 'DIR', $runs['plain']);
foreach (['kiln', 'again'] as $m) {
    echo "$m same: ", var_export($runs[$m] === $runs['plain'], true), "\n";
    if ($runs[$m] !== $runs['plain']) echo $runs[$m];
}
kt_cleanup($c);
?>
--EXPECTF--
request 1: ["r1",true,true,1,true,false] fn 3
request 2: ["r1",true,true,1,true,false] fn 3
request 3: ["r2-changed",true,true,1,true,false] fn 3

Fatal error: Cannot redeclare %Sdup_fn() (previously declared in DIR/main.php:20) in DIR/lib/dup.php on line 1
%Arequest 4: ["r2-changed",true,true,1,true,false] fn 3

Elapsed time: X
kiln same: true
again same: true
