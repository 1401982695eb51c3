<?php
trait Magic {
    private array $bag = [];
    public function __get($n) { return $this->bag[$n] ?? static::class . " has no $n"; }
    public function __set($n, $v) { $this->bag[$n] = $v; }
    public function __call($m, $a) { return __TRAIT__ . "::__call($m) in " . self::class; }
    public function closure(): Closure { return fn() => __CLASS__ . '|' . static::class . '|' . __FUNCTION__; }
    public static function staticClosure(): Closure { return static fn() => self::class; }
}
class M1 { use Magic; }
class M2 extends M1 {}
$m = new M2; $m->x = 1;
echo $m->x, ' ', $m->y, ' ', $m->foo(), "\n";
echo $m->closure()(), ' ', M2::staticClosure()(), "\n";
$r = new ReflectionMethod('M1', 'closure');
echo $r->getDeclaringClass()->name, ' ', basename($r->getFileName()), ' ', $r->getStartLine(), "\n";
