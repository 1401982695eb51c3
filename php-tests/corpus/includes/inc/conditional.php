<?php
if (!function_exists('cond_helper')) {
    function cond_helper() { return 'cond_helper v1'; }
    echo "declared cond_helper\n";
} else {
    echo "cond_helper already exists, skipping\n";
}
if (!class_exists('CondClass', false)) {
    class CondClass { const V = 'CondClass from conditional.php'; }
}
return function_exists('cond_helper');
