<?php
class Guard { public function __construct(public string $n) {} public function __destruct() { echo "destructor {$this->n}\n"; } }
register_shutdown_function(function () { echo "shutdown function\n"; });
$g1 = new Guard('global-1');
function scope() { $local = new Guard('function-local'); include __DIR__ . '/inc/exits.php'; echo "not reached in function\n"; }
$g2 = new Guard('global-2');
ob_start(function ($buf) { return str_replace('global', 'GLOBAL(ob)', $buf); });
echo "buffered global text\n";
scope();
echo "not reached\n";
