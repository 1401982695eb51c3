<?php
class A { public static $shared = 'A-shared'; public static $redeclared = 'A'; protected static $counter = 0; public static function inc() { return ++static::$counter; } public static function incSelf() { return ++self::$counter; } }
class B extends A { public static $redeclared = 'B'; }
class C extends A { protected static $counter = 100; }
B::$shared = 'changed via B';
echo A::$shared, ' ', C::$shared, "\n";
echo A::$redeclared, B::$redeclared, C::$redeclared, "\n";
echo A::inc(), B::inc(), C::inc(), A::inc(), C::incSelf(), C::inc(), "\n";
$name = 'shared'; echo A::$$name, ' ', B::${'redeclared'}, "\n";
$cls = 'C'; echo $cls::$shared, "\n";
try { echo A::$missing; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$r = &B::$redeclared; $r = 'B via ref'; echo B::$redeclared, ' ', A::$redeclared, "\n";
A::$shared = [1]; B::$shared[] = 2; echo json_encode(C::$shared), "\n";
