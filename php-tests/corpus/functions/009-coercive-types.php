<?php
function i(int $x) { return $x; }
function f(float $x) { return $x; }
function s(string $x) { return $x; }
function b(bool $x) { return $x; }
function ni(?int $x) { return $x; }
function u(int|float $x) { return $x; }
function us(int|string $x) { return $x; }
function retInt(): int { return "42"; }
function retStr(): string { return 4.5; }
var_dump(i('5'), i(5.0), i(true), f(5), f('1e2'), s(12), s(1.5), s(true), b(0), b('a'), ni(null), u('1.5'), u('7'), us(1.5), us('x'), retInt(), retStr());
foreach ([fn() => i('5.5'), fn() => i(5.5), fn() => i('abc'), fn() => i([]), fn() => i(null), fn() => f('x'), fn() => s([]), fn() => i(new stdClass)] as $k => $t) {
    try { var_dump($t()); } catch (TypeError $e) { echo $k, ': ', preg_replace('/, called in .*/', '', $e->getMessage()), "\n"; }
}
var_dump(i(' 5'), i('5 '));
echo str_repeat('ab', '3'), ' ', strlen(12345), ' ', round('2.5'), "\n";
try { strlen(null); } catch (TypeError $e) { echo 'no: ', $e->getMessage(), "\n"; }
