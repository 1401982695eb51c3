<?php
$x = 1;
$arr = [&$x, 2];
$copy = $arr;
$copy[0] = 'changed via copy';
echo $x, ' ', $arr[0], "\n";
$a = [1, 2, 3];
$r = &$a[1];
$b = $a;
$b[1] = 'b changed shared slot';
echo json_encode($a), "\n";
unset($r);
$c = $a; $c[1] = 'independent now'; echo json_encode($a), "\n";
$matrix = [[1, 2], [3, 4]];
foreach ($matrix as &$row) { $row[] = array_sum($row); }
unset($row);
echo json_encode($matrix), "\n";
$cfg = ['db' => ['host' => 'a']];
$h = &$cfg['db']['host']; $h = 'b'; $n = &$cfg['new']['auto']['vivify']; $n = 'c';
echo json_encode($cfg), "\n";
function addRef(array &$arr, $k, &$target) { $arr[$k] = &$target; }
$store = []; $val = 'orig'; addRef($store, 'k', $val); $val = 'updated'; echo $store['k'], "\n";
$self = [1]; $self[] = &$self; echo count($self), ' ', count($self[1]), "\n";
$list = [1, 2, 3]; $refs = array_map(function ($v) { return $v; }, $list);
$o = ['x' => 1]; $p = &$o; $p['y'] = 2; echo json_encode($o), "\n";
$arr2 = ['a' => 1]; $f = function () use (&$arr2) { $arr2['b'] = 2; }; $f(); echo json_encode($arr2), "\n";
var_dump($arr);
