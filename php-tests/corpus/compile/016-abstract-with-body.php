<?php
// kiln-corpus: not cached: a compile-time error: PHP caches nothing of a file that fails to compile
echo "never printed\n";
abstract class C { abstract public function f() { return 1; } }
