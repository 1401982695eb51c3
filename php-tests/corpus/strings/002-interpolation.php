<?php
$a = ['x' => 1, 'y' => ['z' => 'zz'], 3 => 'three', 'key with space' => 'spaced'];
$o = new stdClass; $o->b = ['c' => 'C']; $o->name = 'obj'; $o->inner = new stdClass; $o->inner->v = 'inner-v';
$i = 3; $k = 'x'; $fn = fn($x) => strtoupper($x);
echo "simple: $a[x] $a[3] $a[$i] $a[$k] {$a['y']['z']} $o->name {$o->b['c']} {$o->inner->v}\n";
echo "complex: {$a['key with space']} {$fn('called')} ${k}\n";
$var = 'k'; echo "var-var: {$$var}\n";
echo "method: {$o->name}s and $o->name's\n";
echo "escaped: \{$k} \$k {\$k} $ k {$k}\n";
$n = 5; echo "math isn't evaluated: $n+1 = {$n}+1\n";
echo "array in string: {$a['y']['z'][0]}\n";
$heredoc = "multi
line $k
string";
echo $heredoc, "\n";
echo 'single: $k {$k}', "\n";
echo "octal \101 hex \x42 unicode \u{43} \u{00e9} \e[0m-esc \v \f ok\n";
echo "null byte: [", strlen("a\0b"), "]\n";
$arr2 = [[1, 2], [3, 4]];
echo "nested index only first level: $arr2[1]\n";
