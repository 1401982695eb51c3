<?php
function hello($x = 'world') { return "hello $x"; }
class Foo { const A = [1,2,3]; public $p = ['a' => 1]; public static $s = 5;
  function __construct(public int $q = 3) {}
  function m(): string { static $n = 0; $n++; return __METHOD__ . $n . self::A[1] . $this->q; } }
echo hello(), "\n";
$f = new Foo(7);
echo $f->m(), $f->m(), "\n";
$c = function($y) use ($f) { return $y + $f->q; };
echo $c(5), "\n";
var_dump(Foo::$s, $f->p);
include __DIR__ . '/b.php';
echo (new B)->x(), "\n";
print_r(get_included_files());
