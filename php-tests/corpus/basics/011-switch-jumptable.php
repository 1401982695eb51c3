<?php
function intSwitch(int $i): string {
    switch ($i) {
        case 0: return 'zero'; case 1: return 'one'; case 2: return 'two'; case 3: return 'three';
        case 4: return 'four'; case 5: return 'five'; case 6: return 'six'; case 7: return 'seven';
        case 8: return 'eight'; case 9: return 'nine'; case 100: return 'hundred'; case -1: return 'minus one';
        default: return "other($i)";
    }
}
function strSwitch(string $s): int {
    switch ($s) {
        case 'alpha': return 1; case 'beta': return 2; case 'gamma': return 3; case 'delta': return 4;
        case 'epsilon': return 5; case 'zeta': return 6; case 'eta': return 7; case 'theta': return 8;
        case '10': return 10; case '': return 0;
        default: return -1;
    }
}
function mixedSwitch($v): string {
    switch ($v) {
        case 1: return 'int1'; case 2: return 'int2'; case 'a': return 'str-a'; case 'b': return 'str-b';
        case 3: return 'int3'; case 'c': return 'str-c'; case 4.5: return 'float'; default: return 'def';
    }
}
foreach ([-1, 0, 1, 5, 9, 10, 100, 101] as $i) echo intSwitch($i), ' ';
echo "\n";
foreach (['alpha', 'theta', 'eta', '10', '1e1', '', 'nope', '010'] as $s) echo $s, '=', strSwitch($s), ' ';
echo "\n";
foreach ([1, '1', 2, 'a', 'b', 3, '3', 'c', 4.5, '4.5', null, 'z'] as $v) echo mixedSwitch($v), ' ';
echo "\n";
$sum = 0;
for ($i = 0; $i < 1000; $i++) { switch ($i % 7) { case 0: $sum += 1; break; case 3: $sum += 10; break; case 6: $sum += 100; break; } }
echo "sum=$sum\n";
