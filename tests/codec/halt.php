<?php
$fp = fopen(__FILE__, 'r'); fseek($fp, __COMPILER_HALT_OFFSET__);
echo "data:", stream_get_contents($fp);
include __DIR__ . '/halt2.php';
__halt_compiler();payload one
