<?php
echo "before include\n";
require __DIR__ . '/inc/incompatible_parent.php';
echo "parent loaded, declaring incompatible child\n";
class BadChild extends StrictParent { public function run(string $x): string { return $x; } }
echo "not reached\n";
