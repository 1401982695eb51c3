<?php
function kv() { yield 'a' => 1; yield 'b' => 2; yield 3; yield 10 => 'ten'; yield 'eleven'; yield 1.5 => 'float key'; yield null => 'null key'; yield [1] => 'array key'; }
foreach (kv() as $k => $v) echo var_export($k, true), ' => ', $v, "\n";
function autoKeys() { yield; yield; $x = yield; echo 'x=', var_export($x, true), "\n"; }
foreach (autoKeys() as $k => $v) echo "$k:", var_export($v, true), ' ';
echo "\n";
$g = kv();
echo $g->key(), $g->current(), "\n";
$g->next();
echo $g->key(), $g->current(), "\n";
var_dump($g->valid());
function fromArrayKeys() { yield from [5 => 'a', 'b']; yield 'c'; }
foreach (fromArrayKeys() as $k => $v) echo "$k=$v ";
echo "\n";
var_dump(iterator_to_array(fromArrayKeys(), false));
