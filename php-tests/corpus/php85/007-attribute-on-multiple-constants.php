<?php
// One attribute group on a `const A = 1, B = 2;` list is a compile-time error
// (8.5), raised from the included file; the constants before it stay defined.
require __DIR__ . '/inc/const_attrs.php';
echo \Cfg\TIMEOUT, ' ', count((new ReflectionConstant('Cfg\TIMEOUT'))->getAttributes()), "\n";
include __DIR__ . '/inc/const_attr_multi.php';
echo "not reached\n";
