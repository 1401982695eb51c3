<?php
echo "never printed: the file does not compile\n";
$a = true; $b = 'b'; $c = false; $d = 'd'; $e = 'e';
echo $a ? $b : $c ? $d : $e;
