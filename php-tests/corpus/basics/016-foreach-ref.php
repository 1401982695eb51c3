<?php
$a = [1, 2, 3];
foreach ($a as &$v) $v *= 2;
echo json_encode($a), "\n";
foreach ($a as $v) {}
echo json_encode($a), " (classic dangling-ref effect)\n";
unset($v);
$b = ['x' => 1, 'y' => 2];
foreach ($b as $k => &$val) { if ($k === 'x') $b['z'] = 3; $val = "$k:$val"; }
unset($val);
echo json_encode($b), "\n";
$c = [1, 2, 3];
foreach ($c as $i => $item) { if ($i === 0) { $c[] = 4; } echo $item; }
echo " count=", count($c), "\n";
$d = [1, 2, 3];
foreach ($d as $i => &$item) { if ($i === 0) { $d[] = 4; } echo $item; }
unset($item);
echo " by-ref sees appended\n";
$nested = [[1, 2], [3, 4]];
foreach ($nested as &$row) foreach ($row as &$cell) $cell = $cell ** 2;
unset($row, $cell);
echo json_encode($nested), "\n";
$obj = new ArrayIterator(['a' => 1, 'b' => 2]);
foreach ($obj as $k => $v) echo "$k=$v ";
echo "\n";
$o = new stdClass; $o->p = 1; $o->q = 2;
foreach ($o as $k => &$v) $v += 100;
unset($v);
var_dump($o);
$e = [];
foreach ($e as $x) echo "never";
foreach ([10 => 'a', 5 => 'b', 'k' => 'c'] as $key => $value) echo "$key=>$value ";
echo "\n";
