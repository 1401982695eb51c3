--TEST--
CLI and php-cgi share one cache although their function sets differ: a script compiled where cli_get_process_title() or fastcgi_finish_request() exists is compiled again, not loaded, where it does not (PHP's own "undefined function" error, no crash)
--SKIPIF--
<?php
$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
exec('command -v ' . escapeshellarg($cgi), $o, $rc);
if ($rc !== 0) die('skip php-cgi not found');
?>
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('sapifn');
$d = $c['dir'];
kt_write("$d/cli.php", "<?php\necho 'cli: ', gettype(cli_get_process_title()), \"\\n\";\n");
kt_write("$d/cgi.php", "<?php\necho 'cgi: ', var_export(fastcgi_finish_request(), true), \"\\n\";\n");
kt_write("$d/both.php", "<?php\necho 'both: ', strlen('abc'), \"\\n\";\n");
$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
function cgi(string $cgi, array $args, string $script): string {
    $p = proc_open(array_merge([$cgi, '-n', '-q', '-d', 'display_errors=1', '-d', 'error_reporting=-1', '-d', 'html_errors=0'], $args, [$script]),
        [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
    $o = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    $rc = proc_close($p);
    return trim($o) . " [rc $rc]\n";
}
function cli(array $args, string $script): string {
    [$o, $e, $rc] = kt_php(array_merge($args, ['-d', 'html_errors=0', $script]));
    return trim($o . $e) . " [rc $rc]\n";
}
foreach (['cli.php', 'cgi.php', 'both.php'] as $f) {
    // plain references, then: compiled by one SAPI, run by the other (twice)
    $ref = ['cli' => cli([], "$d/$f"), 'cgi' => cgi($cgi, [], "$d/$f")];
    $k = kt_args($c);
    $first = str_starts_with($f, 'cgi') ? 'cgi' : 'cli';
    $other = $first === 'cli' ? 'cgi' : 'cli';
    $run = fn($who) => $who === 'cli' ? cli($k, "$d/$f") : cgi($cgi, $k, "$d/$f");
    $a = $run($first);
    $b = $run($other);
    $b2 = $run($other);
    $a2 = $run($first);
    echo "$f: $first same=", var_export($a === $ref[$first] && $a2 === $ref[$first], true),
        " $other same=", var_export($b === $ref[$other] && $b2 === $ref[$other], true), "\n";
    echo "  $other says: ", $b;
}
$s = kt_status($c);
echo "hits>0: ", var_export($s['statistics']['hits'] > 0, true), "\n";
kt_cleanup($c);
?>
--EXPECTF--
cli.php: cli same=true cgi same=true
  cgi says: cli: 
Fatal error: Uncaught Error: Call to undefined function cli_get_process_title() in %s/cli.php:2
Stack trace:
#0 {main}
  thrown in %s/cli.php on line 2 [rc 255]
cgi.php: cgi same=true cli same=true
  cli says: cgi: %A
Fatal error: Uncaught Error: Call to undefined function fastcgi_finish_request() in %s/cgi.php:2
Stack trace:
#0 {main}
  thrown in %s/cgi.php on line 2 [rc 255]
both.php: cli same=true cgi same=true
  cgi says: both: 3 [rc 0]
hits>0: true
