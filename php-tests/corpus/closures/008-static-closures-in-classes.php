<?php
abstract class Shape {
    const SIDES = 0;
    public static function describer(): Closure { return static fn(string $n) => $n . ' has ' . static::SIDES . ' sides (' . static::class . ')'; }
    public static function counter(): Closure { return static function () { static $calls = 0; return static::class . ':' . ++$calls; }; }
    public function bound(): Closure { return fn() => static::class . ' instance, self=' . self::class; }
    public static function sorterBy(string $k): Closure { return static fn(array $a, array $b) => $a[$k] <=> $b[$k]; }
}
class Triangle extends Shape { const SIDES = 3; }
class Square extends Shape { const SIDES = 4; }
echo Triangle::describer()('tri'), "\n", Square::describer()('sq'), "\n";
$c = Triangle::counter();
echo $c(), ' ', $c(), ' ', Square::counter()(), "\n";
echo (new Square)->bound()(), "\n";
$rows = [['n' => 3], ['n' => 1], ['n' => 2]];
usort($rows, Shape::sorterBy('n'));
echo json_encode(array_column($rows, 'n')), "\n";
$r = new ReflectionFunction(Triangle::describer());
var_dump($r->getClosureThis(), $r->getClosureScopeClass()->name, $r->isStatic());
try { Closure::bind(Triangle::describer(), new Square, Square::class); echo "bound\n"; } catch (Throwable $e) { echo get_class($e); }
