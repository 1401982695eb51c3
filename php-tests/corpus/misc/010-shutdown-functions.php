<?php
class Res { public function __destruct() { echo "Res destructor (after shutdown functions)\n"; } }
$res = new Res;
register_shutdown_function(function () { echo "shutdown 1\n"; register_shutdown_function(fn() => print("shutdown registered during shutdown\n")); });
register_shutdown_function(function (string $a, int $b) { echo "shutdown 2 with args $a $b\n"; }, 'x', 42);
register_shutdown_function([new class { public function handler() { echo "shutdown 3 method\n"; } }, 'handler']);
register_shutdown_function('printf', "shutdown 4 via printf %s\n", 'arg');
ob_start(fn($b) => strtoupper($b));
echo "buffered output flushed at end\n";
echo "end of main script\n";
