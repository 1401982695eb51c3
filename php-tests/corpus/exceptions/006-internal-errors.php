<?php
$cases = [
    'intdiv zero' => fn() => intdiv(1, 0),
    'modulo zero' => fn() => 1 % 0,
    'div zero' => fn() => 1 / 0,
    'strlen array' => fn() => strlen([]),
    'array_combine' => fn() => array_combine([1, 2], [1]),
    'str_repeat negative' => fn() => str_repeat('x', -1),
    'too few args internal' => fn() => str_replace('a'),
    'too many args internal' => fn() => strlen('a', 'b'),
    'user too few' => function () { $f = function (int $a, $b) {}; $f(1); },
    'json depth' => fn() => json_decode('[]', false, 0),
    'range step' => fn() => range(1, 2, 0),
    'array_fill' => fn() => array_fill(0, -1, 'x'),
    'undefined method' => fn() => (new ArrayObject)->nope(),
    'undefined function' => fn() => undefined_function_xyz(),
    'call on null' => function () { $n = null; $n->method(); },
    'array to string' => fn() => implode(',', [[1]]),
    'unknown named internal' => fn() => strlen(str: 'x'),
    'random_int' => fn() => random_int(10, 1),
    'new abstract internal' => fn() => new Reflector(),
    'mb_str_split' => fn() => str_split('abc', 0),
    'string offset' => function () { $s = 'abc'; return $s[10]; },
    'array offset on int' => function () { $i = 5; return $i[0]; },
    'null property write' => function () { $x = null; $x->p = 1; },
    'string offset write' => function () { $s = 'abc'; $s[] = 'd'; },
    'object as array' => function () { $o = new stdClass; return $o[0]; },
];
foreach ($cases as $name => $fn) {
    try { $r = $fn(); echo "$name: returned ", var_export($r, true), "\n"; }
    catch (Throwable $e) { echo "$name: ", get_class($e), ': ', preg_replace('/ in \S+ on line \d+/', '', $e->getMessage()), "\n"; }
}
