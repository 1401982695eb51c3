<?php
$flag = 'flag-' . strlen('runtime');
define('RUNTIME_FLAG', $flag);
include __DIR__ . '/inc/defines.php';
define('LATER_FLAG', true);
echo FROM_INCLUDE, ' ', INCLUDE_CONST, ' ', constant('FROM_INCLUDE'), "\n";
if (defined('RUNTIME_FLAG')) { echo "RUNTIME_FLAG defined as ", RUNTIME_FLAG, "\n"; }
function usesConst() { return RUNTIME_FLAG . '/' . FROM_INCLUDE . '/' . (defined('NOT_YET') ? NOT_YET : 'NOT_YET undefined'); }
echo usesConst(), "\n";
define('NOT_YET', 'now defined');
echo usesConst(), "\n";
