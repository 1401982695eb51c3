<?php
// kiln-corpus: not cached: a compile-time error: PHP caches nothing of a file that fails to compile
// Compile-time fatal error: the whole file fails to compile, nothing runs.
echo "never printed\n";
function f(): string { for ($i = 0; $i < 3; $i++) { try { return "ret $i"; } finally { if ($i < 2) continue; } } return 'after loop'; }
echo f();
