<?php
var_dump(6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 4, -16 >> 2, PHP_INT_MIN >> 63);
var_dump("ab" | "  ", "AB" ^ "  ", ~"\x00\xff" === "\xff\x00", "12" & "3");
try { var_dump(1 << -1); } catch (ArithmeticError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$s = 'a'; $s++; var_dump($s);
$s = 'z'; $s++; var_dump($s);
$s = 'Az'; $s++; var_dump($s);
$s = 'zz'; $s++; var_dump($s);
$s = 'a9'; $s++; var_dump($s);
$s = '9'; $s++; var_dump($s);
$s = '1.5'; $s++; var_dump($s);
$n = null; $n++; var_dump($n);
$n = null; $n--; var_dump($n);
$f = 1.5; $f--; var_dump($f);
$i = 5; $j = $i++ + ++$i; var_dump($i, $j);
$arr = [0]; $arr[0]++; $arr[1] = $arr[0]--; var_dump($arr);
