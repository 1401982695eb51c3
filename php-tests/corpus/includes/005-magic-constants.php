<?php
function rel(string $p): string { return str_replace(dirname(__DIR__), '<corpus>', $p); }
echo 'main __FILE__: ', rel(__FILE__), "\n";
echo 'main __DIR__: ', rel(__DIR__), "\n";
echo 'main __LINE__: ', __LINE__, "\n";
$ret = include __DIR__ . '/inc/magic_consts.php';
echo "include returned line $ret\n";
echo where(), "\n", (new Where)->m(), "\n";
echo 'back in main line ', __LINE__, ' ', rel(__FILE__), "\n";
$f = function () { return __FUNCTION__ . ' ' . __LINE__; };
echo $f(), "\n";
echo json_encode([__NAMESPACE__, __CLASS__, __FUNCTION__, __METHOD__]), "\n";
$multi = [
    __LINE__,
    __LINE__,
];
echo json_encode($multi), "\n";
