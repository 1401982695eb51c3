<?php
// exit() is a function in 8.4: exit(3) called from a function in an included
// file; the exit code, shutdown functions and destructors must match.
class OnExit { public function __destruct() { echo "destructor\n"; } }
$keep = new OnExit;
register_shutdown_function(function () { echo "shutdown, exit reached\n"; });
var_dump(function_exists('exit'), function_exists('die'), (new ReflectionFunction('exit'))->getNumberOfParameters());
echo (string) (new ReflectionFunction('exit'))->getParameters()[0]->getType(), "\n";
require __DIR__ . '/inc/exit_three.php';
echo "not reached\n";
