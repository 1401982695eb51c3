<?php
// Compile-time deprecation, emitted before the first echo runs.
echo "script starts\n";
function f($a = 1, $b) { return "$a/$b"; }
function g(?int $x = null, $y) { return var_export($x, true) . "/$y"; }
class K { public function m($opt = [], $req, $opt2 = 3) { return func_num_args(); } }
echo f(5, 6), ' ', g(null, 'y'), ' ', (new K)->m(1, 2), "\n";
try { f(); } catch (ArgumentCountError $e) { echo preg_replace('/ in \S+ on line \d+/', '', $e->getMessage()), "\n"; }
$r = new ReflectionFunction('f');
var_dump($r->getParameters()[0]->isOptional(), $r->getNumberOfRequiredParameters());
