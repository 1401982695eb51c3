<?php
function logger() { $log = []; while (true) { $msg = yield count($log); if ($msg === 'stop') break; $log[] = strtoupper($msg); } return $log; }
$g = logger();
echo $g->current(), "\n";
echo $g->send('a'), $g->send('b'), $g->send('c'), "\n";
$g->send('stop');
var_dump($g->valid());
echo json_encode($g->getReturn()), "\n";
function early() { return 'immediate'; yield; }
$e = early();
var_dump($e->valid());
echo $e->getReturn(), "\n";
$n = logger();
try { $n->getReturn(); } catch (Exception $ex) { echo get_class($ex), ': ', $ex->getMessage(), "\n"; }
function sendFirst() { echo "started\n"; $x = yield 'first'; echo "received $x\n"; $y = yield 'second'; echo "received $y\n"; }
$s = sendFirst();
echo 'send returns: ', $s->send('A'), "\n";
$s->send('B');
var_dump($s->valid(), $s->current());
function coroutine() { try { while (true) { $cmd = yield; echo "cmd: $cmd\n"; } } finally { echo "coroutine cleanup\n"; } }
$c = coroutine(); $c->current(); $c->send('one'); $c->send('two');
unset($c);
echo "after unset\n";
