<?php
function make(string $name, int $age = 0, string ...$tags) {
    return "$name/$age/" . json_encode($tags);
}
echo make(age: 3, name: 'x'), "\n";
echo make('y', tags: 'ignored?') ?? '', "\n";
echo make('z', 4, 'a', 'b'), "\n";
function opts($a = 'A', $b = 'B', $c = 'C') { return "$a$b$c"; }
echo opts(c: 'c'), ' ', opts(b: 'b', a: 'a'), ' ', opts('1', c: '3'), "\n";
echo str_pad(string: 'x', length: 5, pad_type: STR_PAD_LEFT, pad_string: '-'), "\n";
echo json_encode(array_fill(start_index: 5, count: 2, value: 'v')), "\n";
echo htmlspecialchars('<a href="x">', double_encode: false), "\n";
$args = ['b' => 'named-b', 'a' => 'named-a'];
echo opts(...$args), "\n";
class P { public function __construct(public int $x = 1, public int $y = 2) {} }
$p = new P(y: 20);
echo "$p->x $p->y\n";
$fn = fn(int $first, int $second) => $first - $second;
echo $fn(second: 1, first: 10), "\n";
echo call_user_func('opts', c: 'cc'), ' ', call_user_func_array('opts', ['b' => 'bb']), "\n";
foreach ([
    fn() => opts(d: 1),
    fn() => opts(a: 1, a: 2),
    fn() => opts('x', a: 'y'),
    fn() => make(age: 1),
] as $i => $t) {
    try { $t(); } catch (Error $e) { echo $i, ' ', get_class($e), ': ', $e->getMessage(), "\n"; }
}
