<?php
// exit through a variable function, a first-class callable and named
// arguments; type errors from exit() are catchable in 8.4.
define('NO_EXIT', true);
require __DIR__ . '/inc/exit_three.php';
function try_exit(callable $f, ...$args) {
    try { $f(...$args); } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
}
try_exit('exit', []);
try_exit(exit(...), new stdClass);
try_exit('die', status: [1]);
$c = exit(...);
var_dump($c instanceof Closure, (new ReflectionFunction($c))->getName());
register_shutdown_function(fn() => print("shutdown\n"));
$f = 'exit';
echo "calling \$f(0)\n";
$f(0);
echo "not reached\n";
