<?php
var_dump(function_exists('always'), function_exists('maybe'), function_exists('other'));
function always() { return 'always'; }
if (PHP_VERSION_ID >= 80000) {
    function maybe() { return 'maybe (declared in if)'; }
} else {
    function maybe() { return 'old'; }
}
var_dump(function_exists('maybe'));
echo maybe(), "\n";
if (false) { function never_declared() {} }
var_dump(function_exists('never_declared'));
foreach ([1, 2] as $i) {
    if (!function_exists('in_loop')) {
        function in_loop() { return 'declared once in loop'; }
    }
}
echo in_loop(), "\n";
function outer() {
    if (!function_exists('inner')) {
        function inner() { return 'inner defined by outer'; }
    }
    return 'outer ran';
}
var_dump(function_exists('inner'));
echo outer(), "\n", inner(), "\n";
echo outer(), "\n";
function makeHelpers() {
    function helper_a() { return 'A'; }
    function helper_b() { return 'B' . helper_a(); }
}
makeHelpers();
echo helper_b(), "\n";
echo "calling makeHelpers() again: fatal Cannot redeclare (not catchable)\n";
makeHelpers();
echo "not reached\n";
