<?php
$s = 'abcdef';
echo $s[0], $s[-1], $s[2], ' ', $s[-2], "\n";
$s[0] = 'X'; $s[-1] = 'Y'; echo $s, "\n";
$s[10] = '!'; echo json_encode($s), ' ', strlen($s), "\n";
$t = 'abc'; $t[1] = 'long replacement'; echo $t, "\n";
try { $t = 'abc'; $t[1] = ''; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(isset($s[3]), isset($s[100]), isset($s['1']), isset($s['x']), isset($s[1][0]), $s[1][0]);
try { echo 'abc'['x']; } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
echo 'abc'[1], "str"[-1], "\n";
for ($i = 0, $out = ''; $i < strlen('kiln'); $i++) $out = 'kiln'[$i] . $out;
echo $out, "\n";
echo "abc"['1'], ' ', @"abc"[' 1'] ?? '', "\n";
