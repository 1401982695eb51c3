--TEST--
php-cgi -T: a script loaded once per process is reused by later requests (immutable image); static variables, static properties, class constants from runtime constants, enums and closures start fresh in every request, as without Kiln
--SKIPIF--
<?php
$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
exec('command -v ' . escapeshellarg($cgi), $o, $rc);
if ($rc !== 0) die('skip php-cgi not found');
?>
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('img');
$d = $c['dir'];
kt_write("$d/parent.php", <<<'PHP'
<?php
abstract class Base { public static $made = 0; public function hello(): string { static $n = 0; $n++; static::$made++; return static::class . " n=$n made=" . static::$made; } }
PHP);
kt_write("$d/lib.php", <<<'PHP'
<?php
function counter(): int { static $n = 0; return ++$n; }
final class Reg {
    public static array $items = [];
    public const C = BASE * 2;
    public array $defaults = [BASE, 'x'];
    public static function add(string $x): int { static $calls = 0; self::$items[] = $x; return ++$calls; }
}
enum Suit: string { case H = 'h'; case S = 's'; const X = BASE + 100; }
function mk(): Closure { return function (): int { static $k = 0; return ++$k; }; }
class Child extends Base {}
interface Shape { const SIDES = BASE; }
class Sq implements Shape, Countable { public function count(): int { return self::SIDES; } }
PHP);
kt_write("$d/main.php", <<<'PHP'
<?php
$f = __DIR__ . '/req.txt';
$req = (int) @file_get_contents($f) + 1;
file_put_contents($f, (string) $req);
define('BASE', $req);
require __DIR__ . '/parent.php';
require_once __DIR__ . '/parent.php';
require_once __DIR__ . '/lib.php';
echo "request $req: ", implode(',', array_map('basename', get_included_files())), "\n";
echo counter(), counter(), " ", Reg::add('a'), Reg::add('b'), " items=", count(Reg::$items), " C=", Reg::C, "\n";
echo json_encode((new Reg)->defaults), " ", Suit::from('s')->name, " ", Suit::X, " ", count(Suit::cases()), "\n";
$cl = mk(); $cl(); echo "closure=", $cl(), " fcc=", (counter(...))(), "\n";
echo (new Child)->hello(), " | ", (new Child)->hello(), " | ", count(new Sq), "\n";
echo json_encode((new ReflectionClass('Reg'))->getStaticProperties()), "\n";
if (function_exists('kiln_get_status') && $req % 3 === 0) {
    file_put_contents(__DIR__ . '/status.json', json_encode(kiln_get_status()['codec']));
}
PHP);

$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
function cgi(string $cgi, array $args, string $script): string {
    $p = proc_open(array_merge([$cgi, '-n', '-q', '-d', 'display_errors=1', '-d', 'error_reporting=-1'], $args, ['-T', '3', $script]),
        [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
    $o = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($p);
    return preg_replace('/^Elapsed time: .*$/m', 'Elapsed time: X', $o);
}
$runs = [];
foreach (['plain' => [], 'cold' => kt_args($c), 'warm' => kt_args($c)] as $mode => $args) {
    @unlink("$d/req.txt");
    $runs[$mode] = cgi($cgi, $args, "$d/main.php");
    if ($mode !== 'plain') {
        $s = json_decode(file_get_contents("$d/status.json"), true);
        echo "$mode: images=", $s['process_images'], " slots>0=", var_export($s['map_ptr_slots_used'] > 0, true), "\n";
    }
}
echo $runs['plain'];
echo "cold same: ", var_export($runs['cold'] === $runs['plain'], true), "\n";
echo "warm same: ", var_export($runs['warm'] === $runs['plain'], true), "\n";
if ($runs['warm'] !== $runs['plain']) echo $runs['warm'];
kt_cleanup($c);
?>
--EXPECT--
cold: images=3 slots>0=true
warm: images=3 slots>0=true
request 1: main.php,parent.php,lib.php
12 12 items=2 C=2
[1,"x"] S 101 2
closure=2 fcc=3
Child n=1 made=1 | Child n=2 made=2 | 1
{"items":["a","b"]}
request 2: main.php,parent.php,lib.php
12 12 items=2 C=4
[2,"x"] S 102 2
closure=2 fcc=3
Child n=1 made=1 | Child n=2 made=2 | 2
{"items":["a","b"]}
request 3: main.php,parent.php,lib.php
12 12 items=2 C=6
[3,"x"] S 103 2
closure=2 fcc=3
Child n=1 made=1 | Child n=2 made=2 | 3
{"items":["a","b"]}

Elapsed time: X
cold same: true
warm same: true
