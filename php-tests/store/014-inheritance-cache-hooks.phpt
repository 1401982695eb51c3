--TEST--
PHP 8.4 php-cgi -T: classes whose link has hooked properties of their own (redeclared with parent::$p::get(), hooks added to a plain parent property, a set hook inherited beside an own get, abstract hooks implemented, hooks from a trait) are kept in the inheritance cache, in private images and in the arena, and behave as without Kiln
--SKIPIF--
<?php
if (PHP_VERSION_ID < 80400) die('skip property hooks are PHP 8.4+');
$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
exec('command -v ' . escapeshellarg($cgi), $o, $rc);
if ($rc !== 0) die('skip php-cgi not found');
?>
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('linkhooks');
$d = $c['dir'];
kt_write("$d/parent.php", <<<'PHP'
<?php
class Temp {
    public array $trace = [];
    public float $c = 0.0 {
        get { $this->trace[] = 'P.get'; return $this->c; }
        set(float|int $v) { $this->trace[] = "P.set($v)"; $this->c = round($v, 1); }
    }
    public string $unit = 'C';
    public int $n = 0 { set { $this->trace[] = "P.n($value)"; $this->n = $value * 2; } }
    public function dump(): string { return static::class . " {$this->c}{$this->unit} n={$this->n} [" . implode(' ', $this->trace) . ']'; }
}
abstract class Shape {
    abstract public string $name { get; }
    public function describe(): string { return static::class . ' is ' . $this->name; }
}
trait Labels {
    public string $label = '' { set(string $v) { $this->label = "<$v>"; } get => $this->label . '!'; }
}
PHP);
kt_write("$d/lib.php", <<<'PHP'
<?php
class Fahr extends Temp {
    public float $c {
        get { $this->trace[] = 'F.get'; return parent::$c::get(); }
        set(int|float $v) { static $calls = 0; $calls++; $this->trace[] = "F.set($v)#$calls"; parent::$c::set($v); }
    }
    public string $unit = 'F' { set(string $u) { $this->unit = strtoupper($u); } }
    public int $n { get => $this->n + 1; }
    public float $f { get => $this->c * 9 / 5 + 32; set { $this->c = ($value - 32) * 5 / 9; } }
}
final class Square extends Shape {
    use Labels;
    public function __construct(private int $side = 2) {}
    public string $name { get => "square {$this->side}x{$this->side}"; }
}
PHP);
kt_write("$d/main.php", <<<'PHP'
<?php
$f = __DIR__ . '/req.txt';
$req = (int) @file_get_contents($f) + 1;
file_put_contents($f, (string) $req);
require __DIR__ . '/parent.php';
require __DIR__ . '/lib.php';
echo "request $req\n";
$t = new Fahr;
$t->c = 20 + $req;
$t->unit = 'k';
$t->n = $req;
echo $t->dump(), " f={$t->f}\n";
$t->f = 212;
echo $t->dump(), "\n";
$s = new Square($req);
$s->label = 'sq';
echo $s->describe(), ' ', $s->label, "\n";
foreach ([Temp::class, Fahr::class] as $cl) {
    foreach (['c', 'unit', 'n'] as $p) {
        $rp = new ReflectionProperty($cl, $p);
        $h = [];
        foreach ($rp->getHooks() as $k => $m) $h[] = $k . '=' . $m->getDeclaringClass()->getName() . '@' . $m->getStartLine();
        echo "$cl::$p ", $rp->getDeclaringClass()->getName(), ' [', implode(', ', $h), "]\n";
    }
}
try { $x = new Fahr; $x->n = 'no'; } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), ' line ', $e->getLine(), "\n"; }
if (function_exists('kiln_get_status')) {
    $s = kiln_get_status()['codec'];
    file_put_contents(__DIR__ . "/status$req.json", json_encode($s));
}
PHP);

$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
function cgi(string $cgi, array $args, string $script): string {
    $p = proc_open(array_merge([$cgi, '-n', '-q', '-d', 'display_errors=1', '-d', 'error_reporting=-1', '-d', 'html_errors=0'], $args, ['-T', '3', $script]),
        [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null,
        ['PATH' => getenv('PATH'), 'KILN_ARENA_AUDIT' => '1']);
    $o = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($p);
    return preg_replace('/^Elapsed time: .*$/m', 'Elapsed time: X', $o);
}
$runs = [];
$modes = ['plain' => [], 'cold' => kt_args($c), 'warm' => kt_args($c),
          'arena' => kt_args($c, ['kiln.arena' => 'always']), 'off' => kt_args($c, ['kiln.inheritance_cache' => '0'])];
foreach ($modes as $mode => $args) {
    @unlink("$d/req.txt");
    $runs[$mode] = cgi($cgi, $args, "$d/main.php");
    if ($mode !== 'plain') {
        $line = [];
        foreach ([1, 3] as $i) {
            $s = json_decode(file_get_contents("$d/status$i.json"), true);
            $line[] = "r$i cached={$s['links_cached']} hits={$s['link_hits']} not={$s['links_not_cached']}";
        }
        $s = json_decode(file_get_contents("$d/status3.json"), true);
        echo "$mode: ", implode(', ', $line), ($s['last_link_not_cached'] ?? '') === '' ? '' : " last not cached: {$s['last_link_not_cached']}", "\n";
    }
}
echo $runs['plain'];
foreach (['cold', 'warm', 'arena', 'off'] as $m) {
    echo "$m same: ", var_export($runs[$m] === $runs['plain'], true), "\n";
    if ($runs[$m] !== $runs['plain']) echo $runs[$m];
}
kt_cleanup($c);
?>
--EXPECTF--
cold: r1 cached=0 hits=0 not=0, r3 cached=2 hits=2 not=0
warm: r1 cached=0 hits=0 not=0, r3 cached=2 hits=2 not=0
arena: r1 cached=0 hits=0 not=0, r3 cached=2 hits=2 not=0
off: r1 cached=0 hits=0 not=0, r3 cached=0 hits=0 not=0
%A
cold same: true
warm same: true
arena same: true
off same: true
