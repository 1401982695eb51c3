<?php
require __DIR__ . '/inc/thrower.php';
function level1() { level2('arg', [1, 2], new stdClass, 3.5, null, true); }
function level2(...$args) { deepThrow(1); }
echo "about to fail\n";
level1();
