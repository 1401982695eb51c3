<?php
$range = function (int $a, int $b, int $step = 1) { for ($i = $a; $i <= $b; $i += $step) yield $i; };
echo implode(',', iterator_to_array($range(1, 10, 3))), "\n";
$prefix = 'k';
$keyed = function () use ($prefix) { foreach (['x', 'y'] as $i => $v) yield "$prefix$i" => $v; return 'ret'; };
$g = $keyed();
foreach ($g as $k => $v) echo "$k=$v ";
echo $g->getReturn(), "\n";
$map = fn(callable $f, iterable $it) => (function () use ($f, $it) { foreach ($it as $k => $v) yield $k => $f($v); })();
echo json_encode(iterator_to_array($map(fn($x) => $x ** 2, $range(1, 4)))), "\n";
class Source { private $items = [3, 1, 2]; public function gen(): Closure { return function () { sort($this->items); yield from $this->items; }; } }
echo implode(' ', iterator_to_array((new Source)->gen()())), "\n";
$acc = function () { $total = 0; while (true) { $v = yield $total; if ($v === null) return $total; $total += $v; } };
$a = $acc(); $a->current();
foreach ([5, 10, 20] as $n) $a->send($n);
echo $a->current(), "\n";
$lazy = (fn() => yield from ['a' => 1, 'b' => 2])();
echo json_encode(iterator_to_array($lazy)), "\n";
