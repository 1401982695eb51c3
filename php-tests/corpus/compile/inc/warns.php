<?php
// Emits compile-time diagnostics every time this file is compiled.
$label = 'inc';
$msg = "compiled ${label}";
if (!function_exists('warns_fn')) {
    function warns_fn($x = 1, $y) { return "$x$y"; }
}
return $msg . ' ' . warns_fn(1, 2);
