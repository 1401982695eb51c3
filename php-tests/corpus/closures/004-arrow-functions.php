<?php
$factor = 3;
$mul = fn($x) => $x * $factor;
$factor = 100;
echo $mul(2), "\n";
$nested = fn($a) => fn($b) => fn($c) => $a + $b + $c + $factor;
echo $nested(1)(2)(3), "\n";
$arr = [1, 2, 3];
$modify = fn() => $arr[] = 4;
$modify();
echo count($arr), " (arrow fn captures by value)\n";
echo implode(',', array_map(fn($v): string => str_repeat('*', $v), [1, 2, 3])), "\n";
$byRefParam = fn(array &$a) => $a[] = 'pushed';
$target = []; $byRefParam($target); echo json_encode($target), "\n";
$variadic = fn(...$xs) => array_sum($xs);
echo $variadic(1, 2, 3), "\n";
$typed = fn(int|string $v = 'def'): string => gettype($v) . ":$v";
echo $typed(), ' ', $typed(5), "\n";
$ret = fn&(array &$a) => $a;
class Calc { private $base = 7; public function adder() { return fn($n) => $this->base + $n; } public static function sm() { return fn() => static::class; } }
echo (new Calc)->adder()(3), ' ', Calc::sm()(), "\n";
$compact = fn() => compact('factor');
echo json_encode($compact()), "\n";
$gen = fn() => yield 1;
echo get_class($gen()), "\n";
$uses = (new ReflectionFunction($nested(5)))->getStaticVariables();
ksort($uses);
echo json_encode($uses), "\n";
$z = 1;
$thrower = fn() => throw new Exception("thrown from arrow $z");
try { $thrower(); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
