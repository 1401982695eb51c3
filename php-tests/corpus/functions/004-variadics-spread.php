<?php
function sum(int ...$nums): int { return array_sum($nums); }
echo sum(), ' ', sum(1), ' ', sum(1, 2, 3), ' ', sum(...[4, 5, 6]), ' ', sum(1, ...[2, 3], ...[4]), "\n";
function keys(...$args) { return json_encode($args); }
echo keys(1, 2, x: 3, y: 4), "\n";
echo keys(...['a' => 1, 'b' => 2]), "\n";
echo keys(...[1, 2], ...['k' => 'v']), "\n";
function gen() { yield 1; yield 2; yield 'name' => 3; }
echo keys(...gen()), "\n";
function mixed_($first, ...$rest) { return $first . ':' . json_encode($rest); }
echo mixed_('f', 1, 2), ' ', mixed_(...['f2']), ' ', mixed_(first: 'named', extra: 'e'), "\n";
function refs(&...$refs) { foreach ($refs as &$r) $r *= 2; }
$a = 1; $b = 2;
refs($a, $b);
echo "$a $b\n";
function typedVariadic(string $sep, string|int ...$parts) { return implode($sep, $parts); }
echo typedVariadic('-', 'a', 1, 'b'), "\n";
try { sum(1, 'x'); } catch (TypeError $e) { echo get_class($e), ': ', preg_replace('/, called in .*/', '', $e->getMessage()), "\n"; }
try { echo keys(...['a' => 1], ...[2]), "\n"; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$callable = 'sum';
echo $callable(...range(1, 10)), "\n";
echo max(...[3, 9, 2]), ' ', sprintf(...['%s+%s', 'a', 'b']), "\n";
$r = new ReflectionFunction('keys');
var_dump($r->isVariadic(), $r->getParameters()[0]->isVariadic());
