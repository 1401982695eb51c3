<?php
// kiln-corpus: not cached: a compile-time error: PHP caches nothing of a file that fails to compile
echo "never printed\n";
class C {
    public function dup() { return 1; }
    public function DUP() { return 2; }
}
