<?php
// helpers in the global namespace; the calls are compiled in this file too
function fl_global(array $words): array {
    return [
        in_array('b', $words), in_array('1', [1, 2], true), implode(',', $words), implode($words),
        str_contains($words[0], 'a'), str_starts_with($words[1], 'b'), strpos('hello', 'l'), strpos('hello', 'l', 3),
        substr('abcdef', 2), substr('abcdef', 1, 3), str_replace('a', 'A', 'banana'), str_replace(['a', 'n'], ['1', '2'], 'banana', $count), $count,
        trim('  x  '), trim('--x--', '-'), dirname('/a/b/c.php'), dirname('/a/b/c.php', 2), min(3, 1), min([4, 2, 8]), max(3, 9, 5),
        array_key_exists('k', ['k' => null]), is_numeric('1e3'), is_numeric('abc'), preg_match('/(\d+)/', 'ab12', $m), $m,
        preg_replace('/a/', 'o', 'banana'), preg_replace('/a/', 'o', 'banana', 2), strtr('abc', 'ab', 'xy'), strtr('hi all', ['hi' => 'bye']),
        strstr('user@example', '@'), strstr('user@example', '@', true), ltrim('xxy', 'x'), rtrim('yxx', 'x'), class_exists('ArrayObject'),
        property_exists('ArrayObject', 'nope'), explode(',', 'a,b,c'), explode(',', 'a,b,c', 2), str_ends_with('file.php', '.php'),
        strlen('five!'), count($words), is_array($words), intval('42abc'), abs(-3), ucfirst('word'),
    ];
}
