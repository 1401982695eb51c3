<?php
echo "start\n";
abstract class A { abstract public function must(); abstract protected function alsoMust(int $x); }
class B extends A { public function must() {} }
echo "not reached\n";
