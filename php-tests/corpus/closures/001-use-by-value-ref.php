<?php
$x = 1; $y = 1; $arr = [1];
$byVal = function () use ($x, $arr) { $arr[] = 2; return $x . json_encode($arr); };
$byRef = function () use (&$y, &$arr) { $y++; $arr[] = 'r'; return $y; };
$x = 100;
echo $byVal(), ' ', $byVal(), "\n";
echo $byRef(), ' ', $byRef(), " y=$y arr=", json_encode($arr), "\n";
$counter = function () { static $n = 0; return ++$n; };
echo $counter(), $counter(), $counter(), "\n";
$c2 = $counter;
echo $c2(), "\n";
$fns = [];
for ($i = 0; $i < 3; $i++) { $fns[] = function () use ($i) { return $i; }; }
echo implode(',', array_map(fn($f) => $f(), $fns)), "\n";
$fnsR = [];
for ($i = 0; $i < 3; $i++) { $fnsR[] = function () use (&$i) { return $i; }; }
echo implode(',', array_map(fn($f) => $f(), $fnsR)), "\n";
$acc = function ($v) use (&$acc) { return $v <= 0 ? 'done' : $v . '>' . $acc($v - 1); };
echo $acc(4), "\n";
$undefUse = function () use ($neverSet) { return var_export($neverSet, true); };
echo $undefUse(), "\n";
$obj = new stdClass; $obj->v = 1;
$objFn = function () use ($obj) { $obj->v++; return $obj->v; };
$objFn(); $objFn();
echo "obj handle shared: {$obj->v}\n";
$r = new ReflectionFunction($byVal);
var_dump(array_keys($r->getStaticVariables()));
$make = function (string $pfx): Closure { return function (string $s) use ($pfx): string { return $pfx . $s; }; };
$hello = $make('hello ');
echo $hello('world'), "\n";
