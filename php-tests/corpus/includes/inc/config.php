<?php
return [
    'name' => 'kiln',
    'nested' => ['depth' => 2, 'list' => [1, 2, 3]],
    'computed' => strtoupper('computed at include time'),
    'const' => PHP_INT_SIZE,
    'closure' => fn($x) => $x * 2,
];
