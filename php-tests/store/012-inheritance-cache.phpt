--TEST--
php-cgi -T: classes linked to parents, interfaces and traits in other files are cached per process (inheritance cache) and behave as without Kiln: statics and constant expressions per request, traits with private/static properties, aliases and constants, internal parents, iterator/ArrayAccess interfaces, variance dependencies, early binding, deprecations on every link, a parent rewritten between requests
--SKIPIF--
<?php
$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
exec('command -v ' . escapeshellarg($cgi), $o, $rc);
if ($rc !== 0) die('skip php-cgi not found');
?>
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('link');
$d = $c['dir'];
$parent = <<<'PHP'
<?php
/** Base doc */
abstract class Base implements Stringable {
    public const KIND = 'base';
    public const SCALED = BASE * 10;
    public static $made = 0;
    public static array $log = [];
    protected int|string $id = 0;
    public function __construct(public readonly string $name = 'anon') { static::$made++; self::$log[] = $name; }
    public function hello(): string { static $n = 0; $n++; return static::class . ":" . $this->name . " n=$n made=" . static::$made . " v=VERSION"; }
    abstract public function area(): float;
    public function make(): Shape { return new Sq(2); }
    public function __toString(): string { return static::class . '(' . $this->name . ')'; }
}
interface Shape { const SIDES = BASE; public function area(): float; }
class Point { public function __construct(public int $x = 0) {} }
PHP;
kt_write("$d/parent.php", str_replace('VERSION', 'v1', $parent));
kt_write("$d/traits.php", <<<'PHP'
<?php
trait Counts {
    private int $hits = 0;
    protected static int $calls = 0;
    public const TRAIT_C = 'tc' . BASE;
    public function hit(): int { static $local = 0; $local++; self::$calls++; return ++$this->hits * 100 + $local; }
    public static function calls(): int { return self::$calls; }
    abstract public function area(): float;
}
trait Greets {
    private ?Point $origin = null;
    public function greet(): string { return 'hi from ' . self::class; }
    public function wave(): string { return 'wave'; }
}
PHP);
kt_write("$d/lib.php", <<<'PHP'
<?php
class Sq extends Base implements Shape, Countable, IteratorAggregate, ArrayAccess, JsonSerializable {
    use Counts, Greets { greet as protected hello2; wave as public salute; }
    public const KIND = 'sq';
    public const DOUBLE = self::SCALED * 2;
    public static $made = 0;
    private array $data = ['a' => 1];
    public (Countable&ArrayAccess)|array|null $dnf = null;
    public function __construct(private float $side = 1.0) { parent::__construct("sq$side"); }
    public function area(): float { return $this->side ** 2; }
    public function count(): int { return self::SIDES; }
    public function getIterator(): Iterator { return new ArrayIterator($this->data + ['side' => $this->side]); }
    public function offsetExists(mixed $k): bool { return isset($this->data[$k]); }
    public function offsetGet(mixed $k): mixed { return $this->data[$k] ?? null; }
    public function offsetSet(mixed $k, mixed $v): void { $this->data[$k] = $v; }
    public function offsetUnset(mixed $k): void { unset($this->data[$k]); }
    public function jsonSerialize(): mixed { return ['side' => $this->side, 'data' => $this->data]; }
    public function make(): Sq { return new Sq(3); }
    public function __get($n) { return "magic:$n"; }
    public function __call($n, $a) { return "call:$n(" . count($a) . ")"; }
    public static function __callStatic($n, $a) { return "static:$n"; }
    public function viaAlias(): string { return $this->hello2(); }
}
final class MyErr extends RuntimeException { public function __construct(string $m) { parent::__construct("E:$m", 7); } }
class Bag extends ArrayObject { public int $extra = 3; }
class OldIter implements IteratorAggregate { public function getIterator() { return new ArrayIterator([1]); } }
if (BASE > 0) { class Cond extends Sq { public function area(): float { return -1.0; } } }
PHP);
kt_write("$d/early.php", <<<'PHP'
<?php
class Early extends Point { public int $y = BASE; }
PHP);
kt_write("$d/main.php", <<<'PHP'
<?php
$f = __DIR__ . '/req.txt';
$req = (int) @file_get_contents($f) + 1;
file_put_contents($f, (string) $req);
define('BASE', $req);
if ($req === 3) {
    // A new version of the parent file between two requests.
    file_put_contents(__DIR__ . '/parent.php', str_replace('VERSION', 'v2', file_get_contents(__DIR__ . '/parent.tpl')));
    touch(__DIR__ . '/parent.php', time() - 30);
    clearstatcache();
}
require __DIR__ . '/parent.php';
require __DIR__ . '/traits.php';
require __DIR__ . '/lib.php';
require __DIR__ . '/early.php';
echo "request $req\n";
$s = new Sq(2.0);
echo $s->hello(), " | ", (new Sq(1.5))->hello(), " | ", $s, "\n";
echo Sq::KIND, " ", Sq::SCALED, " ", Sq::DOUBLE, " ", Sq::SIDES, " ", Sq::TRAIT_C, " ", Base::$made, "/", Sq::$made, " ", json_encode(Base::$log), "\n";
echo $s->hit(), " ", $s->hit(), " ", (new Sq)->hit(), " calls=", Sq::calls(), " ", $s->viaAlias(), " ", $s->salute(), "\n";
echo count($s), " ", json_encode(iterator_to_array($s)), " ", $s['a'], isset($s['zz']) ? 'y' : 'n', " ", json_encode($s), "\n";
$s['b'] = 2; unset($s['a']); echo json_encode($s), " ", $s->nope, " ", $s->foo(1, 2), " ", Sq::bar(), "\n";
echo get_class($s->make()), " ", $s instanceof Shape ? 'shape' : '-', " ", implode(',', class_implements($s)), "\n";
echo implode(',', class_parents(new Cond)), " ", (new Cond)->area(), " ", get_parent_class(new Bag), "\n";
try { throw new MyErr('x'); } catch (RuntimeException $e) { echo get_class($e), " ", $e->getMessage(), " ", $e->getCode(), " line ", $e->getLine(), "\n"; }
$b = new Bag([1, 2]); $b[] = 3; echo count($b), " ", $b->extra, " ", json_encode($b->getArrayCopy()), "\n";
echo (new Early)->y, " ", (new Early(5))->x, "\n";
$r = new ReflectionClass('Sq');
echo count($r->getMethods()), " ", count($r->getProperties()), " ", json_encode(array_keys($r->getConstants())), " ", json_encode($r->getTraitNames()), " ", $r->getParentClass()->getDocComment(), "\n";
echo json_encode(array_keys(get_class_vars('Sq'))), " ", json_encode(array_keys(get_object_vars($s))), "\n";
var_dump(new Sq(0.5));
$u = unserialize(serialize($s)); echo get_class($u), " ", $u->area(), " ", json_encode($u), "\n";
$c2 = clone $s; echo $c2->hit(), "\n";
foreach (new OldIter as $v) echo "old $v\n";
if (function_exists('kiln_get_status')) {
    file_put_contents(__DIR__ . "/status$req.json", json_encode(kiln_get_status()['codec']));
}
PHP);
file_put_contents("$d/parent.tpl", $parent);

$cgi = getenv('TEST_PHP_CGI_EXECUTABLE') ?: 'php-cgi';
function cgi(string $cgi, array $args, string $script): string {
    $p = proc_open(array_merge([$cgi, '-n', '-q', '-d', 'display_errors=1', '-d', 'error_reporting=-1', '-d', 'html_errors=0'], $args, ['-T', '4', $script]),
        [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, ['PATH' => getenv('PATH')]);
    $o = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($p);
    return preg_replace('/^Elapsed time: .*$/m', 'Elapsed time: X', $o);
}
$runs = [];
$modes = ['plain' => [], 'cold' => kt_args($c), 'warm' => kt_args($c), 'off' => kt_args($c, ['kiln.inheritance_cache' => '0'])];
foreach ($modes as $mode => $args) {
    @unlink("$d/req.txt");
    kt_write("$d/parent.php", str_replace('VERSION', 'v1', $parent));
    $runs[$mode] = cgi($cgi, $args, "$d/main.php");
    if ($mode !== 'plain') {
        $line = [];
        foreach ([1, 2, 4] as $i) {
            $s = json_decode(file_get_contents("$d/status$i.json"), true);
            $line[] = "r$i cached={$s['links_cached']} hits={$s['link_hits']} not={$s['links_not_cached']}";
        }
        echo "$mode: ", implode(', ', $line), "\n";
    }
}
echo $runs['plain'];
foreach (['cold', 'warm', 'off'] as $m) {
    echo "$m same: ", var_export($runs[$m] === $runs['plain'], true), "\n";
    if ($runs[$m] !== $runs['plain']) echo $runs[$m];
}
kt_cleanup($c);
?>
--EXPECTF--
cold: r1 cached=0 hits=0 not=0, r2 cached=6 hits=0 not=1, r4 cached=12 hits=2 not=3
warm: r1 cached=0 hits=0 not=0, r2 cached=6 hits=0 not=1, r4 cached=12 hits=2 not=3
off: r1 cached=0 hits=0 not=0, r2 cached=0 hits=0 not=0, r4 cached=0 hits=0 not=0

Deprecated: Return type of OldIter::getIterator() should either be compatible with IteratorAggregate::getIterator(): Traversable, or the #[\ReturnTypeWillChange] attribute should be used to temporarily suppress the notice in %s/lib.php on line 26
request 1
Sq:sq2 n=1 made=1 v=v1 | Sq:sq1.5 n=2 made=2 v=v1 | Sq(sq2)
sq 10 20 1 tc1 0/2 ["sq2","sq1.5"]
101 202 103 calls=3 hi from Sq wave
1 {"a":1,"side":2} 1n {"side":2,"data":{"a":1}}
{"side":2,"data":{"b":2}} magic:nope call:foo(2) static:bar
Sq shape Stringable,Shape,Countable,IteratorAggregate,ArrayAccess,JsonSerializable,Traversable
Sq,Base -1 ArrayObject
MyErr E:x 7 line 25
3 3 [1,2,3]
1 5
22 10 ["KIND","DOUBLE",%s,"SIDES"] ["Counts","Greets"] /** Base doc */
["dnf","name","made","log"] ["name","dnf"]
object(Sq)#17 (7) {
  ["id":protected]=>
  int(0)
  ["name"]=>
  string(5) "sq0.5"
  ["data":"Sq":private]=>
  array(1) {
    ["a"]=>
    int(1)
  }
  ["dnf"]=>
  NULL
  ["side":"Sq":private]=>
  float(0.5)
  ["hits":"Sq":private]=>
  int(0)
  ["origin":"Sq":private]=>
  NULL
}
Sq 4 {"side":2,"data":{"b":2}}
304
old 1

Deprecated: Return type of OldIter::getIterator() should either be compatible with IteratorAggregate::getIterator(): Traversable, or the #[\ReturnTypeWillChange] attribute should be used to temporarily suppress the notice in %s/lib.php on line 26
request 2
Sq:sq2 n=1 made=1 v=v1 | Sq:sq1.5 n=2 made=2 v=v1 | Sq(sq2)
sq 20 40 2 tc2 0/2 ["sq2","sq1.5"]
101 202 103 calls=3 hi from Sq wave
2 {"a":1,"side":2} 1n {"side":2,"data":{"a":1}}
{"side":2,"data":{"b":2}} magic:nope call:foo(2) static:bar
Sq shape Stringable,Shape,Countable,IteratorAggregate,ArrayAccess,JsonSerializable,Traversable
Sq,Base -1 ArrayObject
MyErr E:x 7 line 25
3 3 [1,2,3]
2 5
22 10 ["KIND","DOUBLE",%s,"SIDES"] ["Counts","Greets"] /** Base doc */
["dnf","name","made","log"] ["name","dnf"]
object(Sq)#17 (7) {
  ["id":protected]=>
  int(0)
  ["name"]=>
  string(5) "sq0.5"
  ["data":"Sq":private]=>
  array(1) {
    ["a"]=>
    int(1)
  }
  ["dnf"]=>
  NULL
  ["side":"Sq":private]=>
  float(0.5)
  ["hits":"Sq":private]=>
  int(0)
  ["origin":"Sq":private]=>
  NULL
}
Sq 4 {"side":2,"data":{"b":2}}
304
old 1

Deprecated: Return type of OldIter::getIterator() should either be compatible with IteratorAggregate::getIterator(): Traversable, or the #[\ReturnTypeWillChange] attribute should be used to temporarily suppress the notice in %s/lib.php on line 26
request 3
Sq:sq2 n=1 made=1 v=v2 | Sq:sq1.5 n=2 made=2 v=v2 | Sq(sq2)
sq 30 60 3 tc3 0/2 ["sq2","sq1.5"]
101 202 103 calls=3 hi from Sq wave
3 {"a":1,"side":2} 1n {"side":2,"data":{"a":1}}
{"side":2,"data":{"b":2}} magic:nope call:foo(2) static:bar
Sq shape Stringable,Shape,Countable,IteratorAggregate,ArrayAccess,JsonSerializable,Traversable
Sq,Base -1 ArrayObject
MyErr E:x 7 line 25
3 3 [1,2,3]
3 5
22 10 ["KIND","DOUBLE",%s,"SIDES"] ["Counts","Greets"] /** Base doc */
["dnf","name","made","log"] ["name","dnf"]
object(Sq)#17 (7) {
  ["id":protected]=>
  int(0)
  ["name"]=>
  string(5) "sq0.5"
  ["data":"Sq":private]=>
  array(1) {
    ["a"]=>
    int(1)
  }
  ["dnf"]=>
  NULL
  ["side":"Sq":private]=>
  float(0.5)
  ["hits":"Sq":private]=>
  int(0)
  ["origin":"Sq":private]=>
  NULL
}
Sq 4 {"side":2,"data":{"b":2}}
304
old 1

Deprecated: Return type of OldIter::getIterator() should either be compatible with IteratorAggregate::getIterator(): Traversable, or the #[\ReturnTypeWillChange] attribute should be used to temporarily suppress the notice in %s/lib.php on line 26
request 4
Sq:sq2 n=1 made=1 v=v2 | Sq:sq1.5 n=2 made=2 v=v2 | Sq(sq2)
sq 40 80 4 tc4 0/2 ["sq2","sq1.5"]
101 202 103 calls=3 hi from Sq wave
4 {"a":1,"side":2} 1n {"side":2,"data":{"a":1}}
{"side":2,"data":{"b":2}} magic:nope call:foo(2) static:bar
Sq shape Stringable,Shape,Countable,IteratorAggregate,ArrayAccess,JsonSerializable,Traversable
Sq,Base -1 ArrayObject
MyErr E:x 7 line 25
3 3 [1,2,3]
4 5
22 10 ["KIND","DOUBLE",%s,"SIDES"] ["Counts","Greets"] /** Base doc */
["dnf","name","made","log"] ["name","dnf"]
object(Sq)#17 (7) {
  ["id":protected]=>
  int(0)
  ["name"]=>
  string(5) "sq0.5"
  ["data":"Sq":private]=>
  array(1) {
    ["a"]=>
    int(1)
  }
  ["dnf"]=>
  NULL
  ["side":"Sq":private]=>
  float(0.5)
  ["hits":"Sq":private]=>
  int(0)
  ["origin":"Sq":private]=>
  NULL
}
Sq 4 {"side":2,"data":{"b":2}}
304
old 1

Elapsed time: X
cold same: true
warm same: true
off same: true
