<?php
echo "script starts\n";
const KEYS = [1.5 => 'a', 2.0 => 'b'];            // compile-time: constant array literal
var_dump(KEYS);
$f = 3.7;
$arr = [];
$arr[$f] = 'runtime key';                          // runtime
echo json_encode($arr), "\n";
echo $f | 0, ' ', 10 % 3.5, ' ', 1 << 2.5, ' ', str_repeat('x', 2.0), "\n";
echo chr(65.5), ' ', 7.0 % 2, "\n";
$s = 'abc'; echo $s[1.0], "\n";
function takesInt(int $i) { return $i; }
echo takesInt(4.0), ' ', takesInt(4.5), "\n";
