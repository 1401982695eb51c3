<?php
// kiln-corpus: not cached: a compile-time error: PHP caches nothing of a file that fails to compile
echo "start\n";
class Dup {}
if (true) {
    class Dup {}
}
echo "not reached\n";
