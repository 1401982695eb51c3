<?php
// PHP 8.1+: static variables in methods are shared between a parent class and
// child classes that inherit (do not override) the method.
class P { public function count() { static $n = 0; return ++$n; } public static function sCount() { static $n = 0; return ++$n; } }
class C1 extends P {}
class C2 extends P { public function count() { static $n = 100; return ++$n; } }
$p = new P; $c1 = new C1; $c2 = new C2;
echo $p->count(), $c1->count(), $p->count(), ' ', $c2->count(), "\n";
echo P::sCount(), C1::sCount(), P::sCount(), "\n";
function outer() { static $cache = null; $cache ??= random_value(); return $cache; }
function random_value() { static $seq = 0; return 'value-' . ++$seq; }
echo outer(), ' ', outer(), ' ', random_value(), "\n";
$f1 = function () { static $x = 0; return ++$x; };
$f2 = clone $f1; // duplicates static state at the time of cloning
echo $f1(), $f1(), $f2(), "\n";
$g = $f1->bindTo(null); echo $g(), $f1(), "\n";
function statics_with_refs() { static $arr = []; $arr[] = count($arr); $ref = &$arr; return count($ref); }
echo statics_with_refs(), statics_with_refs(), statics_with_refs(), "\n";
