<?php
class Counter {
    private int $count = 0;
    protected static string $label = 'Counter';
    public function incrementer(): Closure { return function (int $by = 1) { $this->count += $by; return $this->count; }; }
    public function staticOne(): Closure { return static function () { return isset($this) ? 'has this' : 'no this'; }; }
    public function arrow(): Closure { return fn() => $this->count * 10; }
    public function scope(): Closure { return fn() => static::$label . '/' . self::class . '/' . static::class; }
}
class SubCounter extends Counter { protected static string $label = 'Sub'; }
$c = new Counter;
$inc = $c->incrementer();
echo $inc(), $inc(5), "\n";
echo $c->arrow()(), "\n";
echo $c->staticOne()(), "\n";
echo (new SubCounter)->scope()(), "\n";
$unbound = function () { return isset($this) ? get_class($this) : 'unbound'; };
echo $unbound(), "\n";
$r = new ReflectionFunction($inc);
echo get_class($r->getClosureThis()), ' ', $r->getClosureScopeClass()->getName(), "\n";
try {
    $st = static function () { return $this->x; };
    $st();
} catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
