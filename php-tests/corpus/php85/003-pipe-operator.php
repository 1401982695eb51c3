<?php
// The pipe operator |> (8.5): chains of internal functions, user functions
// from an included file, first-class callables, closures, invokable objects,
// static methods, precedence with other operators, by-ref rejection and the
// errors with line numbers.
require __DIR__ . '/inc/pipe_lib.php';
$r = '  Hello Pipe World  ' |> trim(...) |> strtolower(...) |> (fn($s) => str_replace(' ', '-', $s)) |> slugify_suffix(...);
echo $r, "\n";
echo [3, 1, 2] |> sort_copy(...) |> (fn($a) => implode(',', $a)), "\n";
echo 5 |> new Multiplier(3) |> Multiplier::half(...) |> strval(...), "\n";
echo 'abc' |> strrev(...) |> 'strtoupper', "\n";
echo 1 + 2 |> (fn($x) => $x * 10), "\n";                   // (1 + 2) |> ...
echo (10 |> (fn($x) => $x - 1)) . '!' , "\n";
$log = [];
$trace = function (string $label) use (&$log) { return function ($v) use ($label, &$log) { $log[] = "$label:" . json_encode($v); return $v; }; };
$out = range(1, 5) |> $trace('start') |> (fn($a) => array_filter($a, fn($x) => $x % 2)) |> $trace('odd') |> array_sum(...) |> $trace('sum');
echo $out, ' ', implode(' ', $log), "\n";
$gen = (function () { yield 1; yield 2; })() |> iterator_to_array(...);
echo json_encode($gen), "\n";
echo 'x' |> pipe_class_step(...), "\n";
$tests = [
    'by-ref function' => fn() => [3, 1] |> sort(...),
    'not callable' => fn() => 1 |> 'no_such_function',
    'type error in step' => fn() => [] |> strlen(...),
    'too few params' => fn() => 1 |> needs_two(...),
    'throw inside' => fn() => 0 |> (fn($x) => $x ?: throw new DomainException('zero in pipe')),
];
foreach ($tests as $name => $t) {
    try { $r = json_encode($t()); echo $name, ': ', $r, "\n"; }
    catch (Throwable $e) { echo $name, ': ', get_class($e), ': ', preg_replace('/, called in .*/', '', $e->getMessage()), ' @', $e->getLine(), "\n"; }
}
