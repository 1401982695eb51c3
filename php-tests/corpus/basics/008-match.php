<?php
function classify(mixed $v): string {
    return match (true) {
        is_int($v) && $v < 0 => 'negative int',
        is_int($v) => 'int',
        is_float($v) => 'float',
        is_string($v) && $v === '' => 'empty string',
        is_string($v) => 'string',
        is_array($v), $v instanceof Countable => 'countable',
        default => 'other:' . get_debug_type($v),
    };
}
foreach ([-3, 4, 1.5, '', 'x', [1], new ArrayObject([]), null, false] as $v) {
    echo classify($v), "\n";
}
$code = 404;
echo match ($code) { 200, 201 => 'ok', 301, 302 => 'redirect', 404 => 'not found', default => 'error' }, "\n";
// strict comparison
echo match ('1') { 1 => 'int one', '1' => 'string one' }, "\n";
$calls = 0;
$f = function ($x) use (&$calls) { $calls++; return $x; };
echo match (3) { $f(1) => 'one', $f(2) => 'two', $f(3) => 'three', $f(4) => 'four' }, " after $calls calls\n";
// match with many arms (jump table candidate)
for ($i = 0; $i < 12; $i++) {
    echo match ($i) { 0 => 'a', 1 => 'b', 2 => 'c', 3 => 'd', 4 => 'e', 5 => 'f', 6 => 'g', 7 => 'h', 8 => 'i', 9 => 'j', default => '?' };
}
echo "\n";
foreach (['apple', 'kiwi', 'fig', 'banana', 'zzz'] as $s) {
    echo match ($s) { 'apple' => 1, 'banana' => 2, 'kiwi' => 3, 'fig' => 4, default => 0 };
}
echo "\n";
$r = match (true) { default => (function () { return 'closure in arm'; })() };
echo $r, "\n";
