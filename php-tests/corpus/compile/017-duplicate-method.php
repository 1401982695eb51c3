<?php
echo "never printed\n";
class C {
    public function dup() { return 1; }
    public function DUP() { return 2; }
}
