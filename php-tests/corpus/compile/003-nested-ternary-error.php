<?php
// kiln-corpus: not cached: a compile-time error: PHP caches nothing of a file that fails to compile
echo "never printed: the file does not compile\n";
$a = true; $b = 'b'; $c = false; $d = 'd'; $e = 'e';
echo $a ? $b : $c ? $d : $e;
