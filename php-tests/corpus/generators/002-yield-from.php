<?php
function inner() { yield 1; yield 2; return 'inner-ret'; }
function middle() { $r = yield from inner(); yield "got $r"; yield from ['x' => 'arr']; yield from new ArrayIterator(['it1', 'it2']); return 'middle-ret'; }
function outer() { $r = yield from middle(); yield "outer got $r"; }
foreach (outer() as $k => $v) echo "$k => $v\n";
echo json_encode(iterator_to_array(outer(), false)), "\n";
function tree($n) { if ($n <= 0) return; yield $n; yield from tree($n - 1); yield from tree($n - 2); }
echo implode(',', iterator_to_array(tree(4), false)), "\n";
$shared = inner();
function consume($g) { yield from $g; }
$a = consume($shared);
foreach ($a as $v) echo "a$v ";
echo $shared->getReturn(), "\n";
function deleg() { $x = yield from sendTarget(); echo "deleg result: $x\n"; }
function sendTarget() { $s = 0; while (($v = yield $s) !== null) $s += $v; return $s; }
$d = deleg(); $d->current(); $d->send(3); $d->send(4); $d->send(null);
var_dump($d->valid());
