<?php
function withFinally() {
    try { yield 1; yield 2; yield 3; }
    finally { echo "[finally ran]\n"; }
}
foreach (withFinally() as $v) { echo "v=$v\n"; if ($v == 2) break; }
echo "after break\n";
$g = withFinally(); $g->current();
unset($g);
echo "after unset of started generator\n";
$g = withFinally();
unset($g);
echo "unstarted generator: no finally\n";
function catcher() {
    while (true) {
        try { $v = yield; echo "got $v\n"; }
        catch (InvalidArgumentException $e) { echo 'caught inside: ', $e->getMessage(), "\n"; yield 'recovered'; }
    }
}
$c = catcher(); $c->current(); $c->send('x');
echo $c->throw(new InvalidArgumentException('bad arg')), "\n";
try { $c->throw(new RuntimeException('not caught inside')); } catch (RuntimeException $e) { echo 'caught outside: ', $e->getMessage(), "\n"; }
var_dump($c->valid());
function yieldInFinally() { try { yield 'try'; return 'ret'; } finally { yield 'in finally'; } }
$y = yieldInFinally();
foreach ($y as $v) echo $v, ' ';
echo $y->getReturn(), "\n";
function thrower() { yield 1; throw new LogicException('gen threw'); }
try { foreach (thrower() as $v) echo "t$v\n"; } catch (LogicException $e) { echo $e->getMessage(), ' line ', $e->getLine(), "\n"; }
$gen = (function () { yield 1; })();
foreach ($gen as $v);
try { foreach ($gen as $v); } catch (Exception $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
