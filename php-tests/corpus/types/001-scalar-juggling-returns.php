<?php
function r_int($v): int { return $v; }
function r_float($v): float { return $v; }
function r_string($v): string { return $v; }
function r_bool($v): bool { return $v; }
function r_void(): void { return; }
function r_nullable($v): ?int { return $v; }
foreach (['r_int' => ['1', 1.0, true, '1e1', ' 3', 1.5, 'x', null], 'r_float' => [1, '2.5', false, 'x'], 'r_string' => [1, 1.5, true, null, [1]], 'r_bool' => [0, '', 'a', 0.0, [], null], 'r_nullable' => [null, '5', 'z']] as $fn => $inputs) {
    foreach ($inputs as $in) {
        try { $out = var_export($fn($in), true); } catch (TypeError $e) { $out = 'TypeError: ' . $e->getMessage(); }
        echo $fn, '(', str_replace("\n", '', var_export($in, true)), ') => ', $out, "\n";
    }
}
var_dump(r_void());
