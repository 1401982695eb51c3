<?php
// kiln-corpus: not cached: a compile-time error: PHP caches nothing of a file that fails to compile
// PHP 8.1+: writing to $GLOBALS as a whole is a compile-time error.
echo "never printed\n";
$GLOBALS = [];
