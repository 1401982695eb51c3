<?php
$r = include __DIR__ . '/inc/halted.php';
echo $r, "\n";
echo "main: ", defined('__COMPILER_HALT_OFFSET__') ? 'main sees a halt offset' : 'main has no halt offset', "\n";
