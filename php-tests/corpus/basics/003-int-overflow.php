<?php
$max = PHP_INT_MAX;
var_dump($max, $max + 1, PHP_INT_MIN, PHP_INT_MIN - 1);
var_dump($max * 2, -$max - 2, 9223372036854775807, 9223372036854775808);
var_dump(0x7FFFFFFFFFFFFFFF, 0xFFFFFFFFFFFFFFFF, 0b111, 0o17, 017, 1_000_000);
$i = $max;
$i++;
var_dump($i);
$j = PHP_INT_MIN;
$j--;
var_dump($j);
var_dump(is_float($max + 1), (int) ($max + 1.0) === PHP_INT_MIN || true);
var_dump(intdiv(PHP_INT_MIN, -1 + 2));
try {
    intdiv(PHP_INT_MIN, -1);
} catch (ArithmeticError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(PHP_INT_MAX % 7, 1 << 62, 1 << 63, 1 << 64 - 1);
