<?php
// Static variable initializers with arbitrary expressions (8.3,
// BIND_INIT_STATIC_OR_JMP): evaluated once, on the first call, per function,
// per class for inherited methods, in included files and here; Reflection of
// the static variables before and after; a throwing initializer is retried.
require __DIR__ . '/inc/static_init_lib.php';
echo "start\n";
echo counter(), ' ', counter(), ' ', counter(), "\n";
class StaticInitChild extends StaticInit {}
echo json_encode(StaticInit::make()), "\n", json_encode(StaticInit::make()), "\n";
echo json_encode(StaticInitChild::make()), "\n";
function local_init(array $seed) {
    static $sum = array_sum($seed) + next_id('local init'), $list = [...[1, 2], ...[3]];
    $sum++;
    return "$sum " . count($list);
}
echo local_init([1, 2, 3]), ' ', local_init([100]), "\n";
$attempts = 0;
function throws_first(int &$attempts) {
    static $v = $attempts++ < 1 ? throw new RuntimeException('init failed') : 'initialised on try ' . $attempts;
    return $v;
}
for ($i = 0; $i < 3; $i++) {
    try { echo throws_first($attempts), "\n"; }
    catch (RuntimeException $e) { echo 'caught ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
}
function refl_target() { static $a = 1 + 1, $b = next_id('refl'), $c; return [$a, $b, $c]; }
var_dump((new ReflectionFunction('refl_target'))->getStaticVariables());
refl_target();
var_dump((new ReflectionFunction('refl_target'))->getStaticVariables());
var_dump((new ReflectionMethod('StaticInit', 'make'))->getStaticVariables());
$closure = function () { static $x = next_id('closure'); return ++$x; };
echo $closure(), ' ', $closure(), "\n";
function gen() { static $g = next_id('generator'); yield $g; yield ++$g; }
foreach (gen() as $v) echo "gen $v\n";
foreach (gen() as $v) echo "gen $v\n";
