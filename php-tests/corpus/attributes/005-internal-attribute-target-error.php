<?php
// kiln-corpus: not cached: a compile-time error: PHP caches nothing of a file that fails to compile
// #[Attribute] may only target classes: a compile-time fatal error.
echo "never printed\n";
#[Attribute]
function notAClass() {}
