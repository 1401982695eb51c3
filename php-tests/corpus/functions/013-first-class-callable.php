<?php
class Greeter {
    public function __construct(private string $greeting) {}
    public function greet(string $n): string { return "{$this->greeting}, $n"; }
    public static function shout(string $s): string { return strtoupper($s) . '!'; }
    private function secret() { return 'private via fcc'; }
    public function exposeSecret(): Closure { return $this->secret(...); }
    public function __call($n, $a) { return "__call:$n(" . implode(',', $a) . ')'; }
    public static function __callStatic($n, $a) { return "__callStatic:$n"; }
}
$len = strlen(...);
echo get_class($len), ' ', $len('hello'), "\n";
$g = new Greeter('Hi');
$greet = $g->greet(...);
echo $greet('Ann'), "\n";
$shout = Greeter::shout(...);
echo $shout('hey'), "\n";
echo $g->exposeSecret()(), "\n";
$magic = $g->undefinedMethod(...);
echo $magic(1, 2), "\n";
$smagic = Greeter::undefinedStatic(...);
echo $smagic(), "\n";
echo implode(',', array_map(strtoupper(...), ['a', 'b'])), "\n";
$compose = fn(Closure ...$fs) => fn($x) => array_reduce($fs, fn($acc, $f) => $f($acc), $x);
echo $compose(trim(...), strrev(...), ucfirst(...))('  olleh '), "\n";
$r = new ReflectionFunction($len);
echo $r->getName(), ' ', $r->getNumberOfParameters(), "\n";
$m = new ReflectionFunction($greet);
echo $m->getName(), "\n";
function userFn(int $a, int $b = 2) { return $a * $b; }
$uf = userFn(...);
echo $uf(5), ' ', $uf(b: 3, a: 3), "\n";
$callable = [$g, 'greet'];
$fromArr = $callable(...);
echo $fromArr('Bob'), "\n";
$str = 'Greeter::shout';
echo ($str(...))('str'), "\n";
$inv = new class { public function __invoke($x) { return "invoked $x"; } };
echo ($inv(...))('obj'), "\n";
try { $x = undefined_fn(...); } catch (Error $e) { echo $e->getMessage(), "\n"; }
