<?php
// Constant expressions referring to a class and a global constant that are
// only defined once the include below has run: they must be evaluated lazily.
class Uses {
    const DOUBLE = Limits::MAX * 2;
    const LABEL = LIB_PREFIX . ':' . Limits::NAMES['hi'];
    const NESTED = [Limits::MAX => [self::DOUBLE, Limits::RATIO]];
    public static $prop = Limits::MAX + 1;
    public $inst = [LIB_PREFIX, Limits::NAMES];
    public function m($p = Limits::MAX - 1, $q = LIB_PREFIX) { return "$p $q"; }
}
try { echo Uses::DOUBLE, "\n"; } catch (Error $e) { echo 'before include: ', $e->getMessage(), "\n"; }
require __DIR__ . '/inc/consts_lib.php';
echo Uses::DOUBLE, ' ', Uses::LABEL, ' ', json_encode(Uses::NESTED), ' ', Uses::$prop, "\n";
$u = new Uses;
echo json_encode($u->inst), ' ', $u->m(), "\n";
echo json_encode((new ReflectionClass('Uses'))->getConstants()), "\n";
