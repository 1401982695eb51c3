<?php
function fact(int $n): int { return $n <= 1 ? 1 : $n * fact($n - 1); }
function fib(int $n): int { static $memo = []; return $memo[$n] ??= $n < 2 ? $n : fib($n - 1) + fib($n - 2); }
function ackermann(int $m, int $n): int {
    if ($m === 0) return $n + 1;
    if ($n === 0) return ackermann($m - 1, 1);
    return ackermann($m - 1, ackermann($m, $n - 1));
}
function isEven(int $n): bool { return $n === 0 ? true : isOdd($n - 1); }
function isOdd(int $n): bool { return $n === 0 ? false : isEven($n - 1); }
function flatten(array $a): array { $out = []; foreach ($a as $v) { is_array($v) ? array_push($out, ...flatten($v)) : $out[] = $v; } return $out; }
function hanoi(int $n, string $from, string $to, string $via, array &$moves): void {
    if ($n === 0) return;
    hanoi($n - 1, $from, $via, $to, $moves);
    $moves[] = "$from>$to";
    hanoi($n - 1, $via, $to, $from, $moves);
}
echo fact(20), ' ', fib(90), ' ', ackermann(2, 3), ' ', var_export(isEven(100), true), ' ', var_export(isOdd(7), true), "\n";
echo json_encode(flatten([1, [2, [3, [4, [5]]]], 6])), "\n";
$m = []; hanoi(4, 'A', 'C', 'B', $m); echo count($m), ' ', implode(' ', array_slice($m, 0, 7)), "\n";
function depth(int $n) { return $n === 0 ? 0 : 1 + depth($n - 1); }
echo depth(20000), "\n";
class Tree {
    public array $children = [];
    public function __construct(public int $v) {}
    public function add(Tree ...$c): static { array_push($this->children, ...$c); return $this; }
    public function sum(): int { return $this->v + array_sum(array_map(fn($c) => $c->sum(), $this->children)); }
    public function render(int $d = 0): string { return str_repeat('  ', $d) . $this->v . "\n" . implode('', array_map(fn($c) => $c->render($d + 1), $this->children)); }
}
$t = (new Tree(1))->add((new Tree(2))->add(new Tree(4)), (new Tree(3))->add(new Tree(5), new Tree(6)));
echo $t->sum(), "\n", $t->render();
