<?php
// A child in another file redeclares a typed constant with a wider type: the
// fatal error comes from inheritance (with the child's file and line).
require __DIR__ . '/inc/typed_const_parent.php';
require __DIR__ . '/inc/typed_const_child_ok.php';
echo TypedParent::show(), "\n", TypedChildOk::show(), "\n";
echo (new ReflectionClassConstant('TypedChildOk', 'VERSION'))->getType(), ' ', (new ReflectionClassConstant('TypedParent', 'VERSION'))->getType(), "\n";
register_shutdown_function(fn() => print("shutdown ran\n"));
require __DIR__ . '/inc/typed_const_child_bad.php';
echo "not reached either\n";
