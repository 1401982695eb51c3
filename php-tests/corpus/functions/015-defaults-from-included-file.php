<?php
function greet(string $who, string $g = Defaults::GREETING, int $n = Defaults::TIMES, string $sep = LATE_SEPARATOR) {
    return implode($sep, array_fill(0, $n, "$g $who"));
}
try { echo greet('early'), "\n"; } catch (Error $e) { echo 'before include: ', $e->getMessage(), "\n"; }
require __DIR__ . '/inc/late_defaults.php';
echo greet('world'), "\n", greet('x', n: 3), "\n";
$p = (new ReflectionFunction('greet'))->getParameters();
echo $p[1]->getDefaultValueConstantName(), ' ', $p[3]->getDefaultValueConstantName(), ' ', $p[2]->getDefaultValue(), "\n";
