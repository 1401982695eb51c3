<?php
declare(strict_types=1);
namespace Frameless\Strict;
function calls(): array {
    $out = [strlen('abc'), str_contains('abc', 'b'), substr('abcdef', 1, 2), min(1, 2), implode('|', ['a', 'b'])];
    foreach ([
        fn() => str_contains(123, '1'),
        fn() => substr('abc', '1'),
        fn() => strpos('abc', 'b', 1.0),
        fn() => trim(5),
        fn() => in_array(1, [1], 1),
        fn() => dirname('/a/b', '1'),
        fn() => preg_match('/x/', 99),
        fn() => str_replace('a', 'b', 7),
    ] as $f) {
        try { $out[] = $f(); } catch (\TypeError $e) { $out[] = $e->getMessage() . ' @' . $e->getLine(); }
    }
    return $out;
}
