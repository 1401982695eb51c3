<?php
namespace NS;
const NS_CONST = 'ns';
class K { const DEF = 5; const ARR = [1, 2]; }
function f(
    $plain,
    int $a = 1,
    ?string $b = null,
    $c = K::DEF,
    $d = \PHP_INT_MAX,
    $e = NS_CONST,
    array $f = K::ARR,
    $g = K::DEF * 2 + 1,
    $h = [],
    $i = new \ArrayObject([]),
    float|int $j = 1.5,
    \Closure|null &$k = null,
    string ...$rest
) {}
foreach ((new \ReflectionFunction('NS\f'))->getParameters() as $p) {
    echo '#', $p->getPosition(), ' $', $p->getName(), ' type=', $p->hasType() ? $p->getType() : '-', ' optional=', var_export($p->isOptional(), true), ' avail=', var_export($p->isDefaultValueAvailable(), true);
    if ($p->isDefaultValueAvailable()) {
        $v = $p->getDefaultValue();
        echo ' default=', is_object($v) ? get_class($v) : json_encode($v), ' isConst=', var_export($p->isDefaultValueConstant(), true);
        if ($p->isDefaultValueConstant()) echo ' constName=', $p->getDefaultValueConstantName();
    }
    echo ' byRef=', var_export($p->isPassedByReference(), true), ' variadic=', var_export($p->isVariadic(), true), ' allowsNull=', var_export($p->allowsNull(), true), "\n";
}
echo (new \ReflectionFunction('NS\f'))->getNumberOfRequiredParameters(), ' ', (new \ReflectionFunction('NS\f'))->getNamespaceName(), ' ', (new \ReflectionFunction('NS\f'))->getShortName(), "\n";
