<?php
// Frameless calls inside namespaces (8.4, JMP_FRAMELESS): an unqualified call
// first looks for the namespaced function at run time. Shadow\trim and
// Shadow\in_array are declared in an included file only after the first calls
// ran; each call site keeps the result of its first lookup. Also a strict_types
// namespaced file whose frameless calls throw TypeErrors.
namespace Shadow;

function before(): array { return [trim('  a  '), in_array('x', ['x']), str_contains('abc', 'c'), substr('abc', 1), min(4, 2, 3)]; }
function after(): array { return [trim('  b  '), trim('--c--', '-'), in_array('y', ['y', 'z']), in_array('y', ['y'], true), \trim('  q '), \in_array(1, [1])]; }

echo json_encode(before()), "\n";
echo json_encode(function_exists('Shadow\trim')), "\n";
require __DIR__ . '/inc/fl_shadow.php';
echo json_encode(function_exists('Shadow\trim')), "\n";
echo json_encode(before()), "\n";      // call sites already resolved to the internal functions
echo json_encode(after()), "\n";       // first lookup now: the user functions
echo json_encode(array_map(fn($s) => trim($s), [' m ', ' n '])), "\n";
$cb = trim(...);
echo $cb(' fcc '), ' ', \call_user_func('Shadow\trim', ' cuf '), ' ', \call_user_func('trim', ' global '), "\n";
echo (new \ReflectionFunction('Shadow\trim'))->getNumberOfParameters(), ' ', \basename((new \ReflectionFunction('Shadow\trim'))->getFileName()), "\n";

require __DIR__ . '/inc/fl_strict.php';
foreach (\Frameless\Strict\calls() as $line) echo json_encode($line), "\n";
try { trim([]); } catch (\TypeError $e) { echo $e->getMessage(), ' @', $e->getLine(), "\n"; }
