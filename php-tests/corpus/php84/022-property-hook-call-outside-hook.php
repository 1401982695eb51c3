<?php
// parent::$prop::get() outside a property hook is a compile-time error, raised
// while compiling the included file (its line number, nothing from it runs).
require __DIR__ . '/inc/hooks_parent.php';
$t = new Temperature;
$t->celsius = 3;
echo $t->dump(), "\n";
include __DIR__ . '/inc/hooks_outside.php';
echo "not reached\n";
