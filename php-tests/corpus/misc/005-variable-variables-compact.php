<?php
$a = 'b'; $b = 'c'; $c = 'end';
echo $$a, ' ', $$$a, ' ', ${'a'}, ' ', ${'b' . ''}, "\n";
$name = 'dynamic'; $$name = 'created'; echo $dynamic, "\n";
$arr = ['k' => 'v']; $an = 'arr'; echo ${$an}['k'], ' ', $$an['k'], "\n";
$obj = new stdClass; $obj->p = 'prop'; $pn = 'p'; $on = 'obj'; echo $$on->$pn, ' ', $obj->{$pn}, "\n";
${'with space'} = 'odd name'; echo ${'with space'}, "\n";
$x = 1; $y = 2;
$packed = compact('x', 'y', ['a', 'b']);
echo json_encode($packed), "\n";
$n = extract(['x' => 'extracted x', 'z' => 'new z', '1bad' => 'invalid name']);
echo "$n $x $z\n";
$n = extract(['x' => 'skip'], EXTR_SKIP); echo "$n $x\n";
$n = extract(['x' => 'pre'], EXTR_PREFIX_ALL, 'p'); echo "$n $p_x\n";
$src = ['r' => 1]; extract($src, EXTR_REFS); $r = 99; echo json_encode($src), "\n";
function scope() { $local = 'L'; $vars = get_defined_vars(); return json_encode($vars); }
echo scope(), "\n";
function compactFn($p1) { $p2 = 'two'; return compact('p1', 'p2', 'undefinedOne'); }
echo json_encode(compactFn('one')), "\n";
