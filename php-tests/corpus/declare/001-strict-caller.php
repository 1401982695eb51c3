<?php
declare(strict_types=1);
require __DIR__ . '/inc/weak_lib.php';
require __DIR__ . '/inc/strict_lib.php';
function show(callable $f) { try { echo $f(), "\n"; } catch (TypeError $e) { echo 'TypeError: ', preg_replace('/, called in .*/', '', $e->getMessage()), "\n"; } }
show(fn() => weak_callee(1));
show(fn() => weak_callee('1'));          // strict caller: error even though callee file is weak
show(fn() => weak_caller_of_strict());   // weak file calling strict function: coerced
show(fn() => strict_caller_of_weak());   // strict file: error
show(fn() => strict_calls_internal());
show(fn() => strict_returns_wrong());    // return types follow the callee's file
show(fn() => weak_returns_wrong());
show(fn() => weak_callback_runner(fn(int $x) => "cb got " . var_export($x, true)));
show(fn() => strict_callback_runner(fn(int $x) => "cb got " . var_export($x, true)));
