<?php
require __DIR__ . '/inc/strict_lib.php';
require __DIR__ . '/inc/weak_lib.php';
function show(callable $f) { try { echo $f(), "\n"; } catch (TypeError $e) { echo 'TypeError: ', preg_replace('/, called in .*/', '', $e->getMessage()), "\n"; } }
show(fn() => strict_callee('3'));        // weak caller: coerced despite callee's strict file
show(fn() => strict_callee('x'));
show(fn() => weak_callee('4'));
show(fn() => strict_caller_of_weak());
show(fn() => strict_returns_wrong());
show(fn() => weak_returns_wrong());
show(fn() => (string) strlen(12345));
show(fn() => array_sum(array_map('strict_callee', ['1', '2'])) ?: 'internal calls callback weakly');
