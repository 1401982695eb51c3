<?php
// kiln-corpus: not cached: a compile-time error: PHP caches nothing of a file that fails to compile
class P { final public function locked() {} }
class C extends P { public function locked() {} }
