<?php
$packed = [10, 20, 30];
$packed[] = 40;
unset($packed[1]);
$packed[] = 50;
var_dump($packed, array_is_list($packed), array_is_list(array_values($packed)));
$hash = ['b' => 1, 'a' => 2, 10 => 'ten', '11' => 'eleven-string-key', '012' => 'zero-prefixed', '1.5' => 'float-string', -5 => 'neg'];
$hash[] = 'next';
var_dump($hash);
$keys = [true => 'a', false => 'b', 1.9 => 'c', null => 'd', '9223372036854775807' => 'e', '9223372036854775808' => 'f', '-0' => 'g', '0' => 'h'];
var_dump($keys);
$neg = [-10 => 'a']; $neg[] = 'b'; var_dump(array_keys($neg));
$m = []; $m[PHP_INT_MAX] = 'max'; try { $m[] = 'overflow'; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$sparse = [5 => 'a', 1 => 'b', 3 => 'c']; ksort($sparse); echo json_encode($sparse), ' ', json_encode(array_values($sparse)), "\n";
