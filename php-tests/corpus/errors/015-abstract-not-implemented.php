<?php
// kiln-corpus: not cached: a compile-time error: PHP caches nothing of a file that fails to compile
echo "start\n";
abstract class A { abstract public function must(); abstract protected function alsoMust(int $x); }
class B extends A { public function must() {} }
echo "not reached\n";
