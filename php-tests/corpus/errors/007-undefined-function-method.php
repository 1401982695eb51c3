<?php
foreach ([
    fn() => not_defined_anywhere(1),
    fn() => \Some\Ns\fn_missing(),
    fn() => (new stdClass)->method(),
    fn() => stdClass::staticMethod(),
    fn() => UndefinedClass::method(),
    fn() => new UndefinedClass(),
    fn() => UNDEFINED_CONSTANT_X,
    fn() => stdClass::CONST_X,
    fn() => (function () { $f = 'dyn_missing'; return $f(); })(),
    fn() => [new ArrayObject, 'nope'](),
] as $i => $f) {
    try { $f(); } catch (Error $e) { echo $i, ' ', get_class($e), ': ', $e->getMessage(), ' (line ', $e->getLine(), ")\n"; }
}
echo "uncaught:\n";
not_defined_anywhere();
