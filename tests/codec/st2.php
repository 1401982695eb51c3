<?php
class P { public static $x = 1; public static $arr = ['a']; protected static ?P $inst = null; }
class C extends P { public static $own = 'c'; }
class D extends C {}
C::$x = 5; D::$arr[] = 'b';
echo P::$x, C::$x, D::$x, ' ', implode(',', P::$arr), ' ', D::$own, "\n";
include __DIR__ . '/rd_a.php';
include __DIR__ . '/rd_b.php';
