<?php
declare(strict_types=1);
function i(int $x): int { return $x; }
function f(float $x): float { return $x; }
function s(string $x): string { return $x; }
function b(bool $x): bool { return $x; }
function badRet(): int { return "5"; }
var_dump(i(5), f(5), s('s'), b(false));
foreach ([fn() => i('5'), fn() => i(5.0), fn() => s(5), fn() => b(0), fn() => f('1.5'), fn() => i(null), fn() => badRet()] as $t) {
    try { var_dump($t()); } catch (TypeError $e) { echo preg_replace('/, called in .*/', '', $e->getMessage()), "\n"; }
}
// internal functions are strict too
try { var_dump(strlen(123)); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { var_dump(str_repeat('x', '3')); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(array_map(fn(int $x): int => $x * 2, [1, 2]));
// callbacks invoked by internal functions are called in coercive mode? No: weak for callbacks from internals
var_dump(array_map(fn(int $x) => $x, ['7']));
$r = (new ReflectionFunction('i'));
echo "done\n";
