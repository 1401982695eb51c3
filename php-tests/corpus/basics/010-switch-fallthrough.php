<?php
function sw($v) {
    $out = [];
    switch ($v) {
        case 1:
            $out[] = 'one';
        case 2:
            $out[] = 'two(fall)';
            break;
        case 'three':
        case 3:
            $out[] = 'three';
            break;
        case null:
            $out[] = 'null-ish';
            break;
        default:
            $out[] = 'default';
        case 99:
            $out[] = 'ninety-nine';
    }
    return implode(',', $out);
}
foreach ([1, 2, 3, 'three', null, 0, '', 5, 99, '1', 1.0, true] as $v) {
    echo var_export($v, true), ' -> ', sw($v), "\n";
}
// default in the middle
foreach ([1, 2, 3] as $v) {
    switch ($v) {
        case 1: echo "c1 "; break;
        default: echo "def "; 
        case 2: echo "c2 "; break;
    }
}
echo "\n";
// continue inside switch inside loop acts like continue of loop (continue 2)
for ($i = 0; $i < 5; $i++) {
    switch ($i % 2) {
        case 0: continue 2;
        case 1: echo "odd $i\n"; break;
    }
    echo "after switch $i\n";
}
switch (true): case false: echo "no\n"; break; case true: echo "alt-syntax switch\n"; endswitch;
