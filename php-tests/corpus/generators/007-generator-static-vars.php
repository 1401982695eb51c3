<?php
function gen() { static $runs = 0; $runs++; yield "run $runs"; yield "again $runs"; }
foreach (gen() as $v) echo $v, "\n";
foreach (gen() as $v) echo $v, "\n";
function genRef(array &$arr) { foreach ($arr as $k => &$v) { yield $k => $v; } }
$data = [1, 2, 3];
foreach (genRef($data) as $k => $v) echo "$k:$v ";
echo "\n";
function &refGen() { $value = 3; while ($value > 0) { yield $value; } }
foreach (refGen() as &$number) { echo $number, ' '; $number--; }
echo "\n";
function genArgs(...$args) { foreach ($args as $i => $a) yield $i => func_num_args() . ":$a"; }
echo json_encode(iterator_to_array(genArgs('p', 'q'))), "\n";
function genDefault($n = 2, $label = 'L') { for ($i = 0; $i < $n; $i++) yield "$label$i"; }
echo implode(' ', iterator_to_array(genDefault(), false)), ' ', implode(' ', iterator_to_array(genDefault(label: 'M', n: 3), false)), "\n";
$r = new ReflectionFunction('gen');
var_dump($r->isGenerator(), $r->getStaticVariables());
