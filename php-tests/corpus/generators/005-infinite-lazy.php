<?php
function naturals() { $i = 0; while (true) yield $i++; }
function take(iterable $it, int $n) { if ($n <= 0) return; foreach ($it as $k => $v) { yield $k => $v; if (--$n <= 0) return; } }
function filter(iterable $it, callable $p) { foreach ($it as $k => $v) if ($p($v)) yield $k => $v; }
function map(iterable $it, callable $f) { foreach ($it as $k => $v) yield $k => $f($v); }
function primes() { foreach (naturals() as $n) { if ($n < 2) continue; for ($d = 2; $d * $d <= $n; $d++) if ($n % $d == 0) continue 2; yield $n; } }
echo implode(',', iterator_to_array(take(primes(), 15), false)), "\n";
echo implode(',', iterator_to_array(take(map(filter(naturals(), fn($x) => $x % 3 == 0), fn($x) => $x * $x), 6), false)), "\n";
foreach (naturals() as $n) { if ($n > 5) break; echo $n; }
echo "\n";
function fibs() { [$a, $b] = [0, 1]; while (true) { yield $a; [$a, $b] = [$b, $a + $b]; } }
$i = 0; foreach (fibs() as $f) { if ($f > 1000) break; $i++; }
echo "fib terms <= 1000: $i\n";
$g = naturals();
for ($j = 0; $j < 1000; $j++) $g->next();
echo $g->current(), "\n";
echo json_encode(iterator_to_array(take(new ArrayIterator(['a' => 1, 'b' => 2, 'c' => 3]), 2))), "\n";
