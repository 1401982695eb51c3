<?php
// kiln-corpus: not cached: a compile-time error: PHP caches nothing of a file that fails to compile
echo "never\n";
function f() {
    if (true) {
        return 1;
