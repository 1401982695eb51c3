<?php
echo "never printed\n";
abstract class C { abstract public function f() { return 1; } }
