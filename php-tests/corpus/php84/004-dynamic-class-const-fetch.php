<?php
// Dynamic class constant fetch Foo::{$expr} (8.3), in an included class and
// here, with static/self/parent, enum cases and the error paths.
require __DIR__ . '/inc/dyn_consts.php';
class DynChild extends DynBase {
    const A = 'child-a';
    public static function viaParent(string $n) { return parent::{$n}; }
    public static function concat() { $p = 'B'; return static::{'A'} . '|' . self::{$p} . '|' . static::{strtoupper('a')}; }
}
$names = ['A', 'B'];
foreach ($names as $n) {
    echo DynBase::{$n}, ' ', DynChild::{$n}, ' ', DynChild::viaStatic($n), ' ', DynChild::viaSelf($n), ' ', DynChild::viaParent($n), "\n";
}
echo DynChild::concat(), ' ', DynBase::secret(), "\n";
$cls = 'DynChild';
echo $cls::{'A'}, ' ', $cls::{$names[1]}, "\n";
$l = 'High';
var_dump(Level::{$l}, Level::pick(Level::DEFAULT), Level::{Level::DEFAULT}->value, Level::{'Hi' . 'gh'}->name);
$obj = new DynChild;
echo $obj::{'B'}, "\n";
$tests = [
    'undefined' => fn() => DynBase::{'NOPE'},
    'private' => function () { $n = 'SECRET'; return DynBase::{$n}; },
    'int name' => function () { $n = 42; return DynBase::{$n}; },
    'array name' => function () { $n = []; return DynBase::{$n}; },
    'null name' => function () { $n = null; return DynBase::{$n}; },
    'enum missing case' => fn() => Level::{'Mid'},
    'class keyword' => function () { $n = 'class'; return DynBase::{$n}; },
    'undefined class' => function () { $n = 'A'; return NoSuchClass::{$n}; },
];
foreach ($tests as $name => $t) {
    try { var_dump($t()); }
    catch (Error $e) { echo $name, ': ', get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
}
