<?php
function &refOfExpr() { return 1 + 2; }
function &refOfCall() { return strtoupper('x'); }
function &refOfVar() { static $v = 'var'; return $v; }
class C { public $p = 'prop'; public function &get() { return $this->p; } public function &bad() { return $this->p . '!'; } }
$a = &refOfExpr(); echo $a, "\n";
$b = &refOfCall(); echo $b, "\n";
$c = &refOfVar(); echo $c, "\n";
$o = new C; $d = &$o->get(); $d = 'changed'; echo $o->p, "\n";
$e = &$o->bad(); echo $e, "\n";
function notRef() { return [1]; }
$f = &notRef();
echo json_encode($f), "\n";
