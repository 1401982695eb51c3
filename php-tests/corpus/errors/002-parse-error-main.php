<?php
// kiln-corpus: not cached: a compile-time error: PHP caches nothing of a file that fails to compile
echo "never printed\n";
$x = [1, 2;
echo "also never\n";
