<?php
$pairs = [[1, 2], [2, 2], [3, 2], ["a", "b"], ["abc", "abd"], [[1, 2, 3], [1, 2]], [null, false], [1.0, 1], ["10", "9"], ["10", "9a"]];
foreach ($pairs as [$l, $r]) {
    echo json_encode($l), " <=> ", json_encode($r), " = ", $l <=> $r, "\n";
}
$arr = ['a' => null, 'b' => 0, 'c' => ['d' => 'deep']];
var_dump($arr['a'] ?? 'default-a', $arr['b'] ?? 'default-b', $arr['x'] ?? 'default-x');
var_dump($arr['c']['d'] ?? 'no', $arr['c']['e']['f'] ?? 'nested-miss', $undefined ?? 'undef');
$o = null;
var_dump($o?->foo ?? 'nullsafe-miss');
$x = null;
$x ??= 'assigned';
$x ??= 'not-again';
var_dump($x);
$arr['new'] ??= [];
$arr['new'][] = 1;
$arr['b'] ??= 99;
var_dump($arr);
$cnt = 0;
function side() { global $cnt; $cnt++; return 'side'; }
$v = 'set';
$v ??= side();
echo "side effects: $cnt\n";
usort($pairs, fn($a, $b) => count($a) <=> count($b));
echo count($pairs), "\n";
var_dump(0 ?: 'elvis', 'x' ?: 'no', null ?: false ?: 'chain');
