<?php
$fib = function (int $n) use (&$fib) { return $n < 2 ? $n : $fib($n - 1) + $fib($n - 2); };
echo $fib(20), "\n";
$walk = function (array $tree, int $depth = 0) use (&$walk): string {
    $out = '';
    foreach ($tree as $k => $v) {
        $out .= str_repeat('.', $depth) . (is_array($v) ? $k . "\n" . $walk($v, $depth + 1) : "$k=$v\n");
    }
    return $out;
};
echo $walk(['root' => ['a' => 1, 'sub' => ['b' => 2, 'c' => 3]], 'z' => 26]);
$Y = fn(callable $f) => (fn($x) => $x($x))(fn($x) => $f(fn(...$a) => $x($x)(...$a)));
$fact = $Y(fn($self) => fn($n) => $n <= 1 ? 1 : $n * $self($n - 1));
echo $fact(10), "\n";
$countdown = function ($n) { return $n === 0 ? 'liftoff' : $n . ' ' . (__FUNCTION__ === '{closure}' ? 'c' : '?'); };
echo $countdown(3), "\n";
$self = function ($n) { $me = (new ReflectionFunction(__FUNCTION__ === '{closure}' ? 'strlen' : 'strlen')); return $n; };
$perm = function (array $items) use (&$perm): array {
    if (count($items) <= 1) return [$items];
    $res = [];
    foreach ($items as $i => $it) { $rest = $items; unset($rest[$i]); foreach ($perm(array_values($rest)) as $p) $res[] = [$it, ...$p]; }
    return $res;
};
echo implode(' ', array_map('implode', $perm(['a', 'b', 'c']))), "\n";
