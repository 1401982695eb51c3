<?php
$code = 'return __FILE__ === ' . var_export(__FILE__, true) . ' ? "eval __FILE__ is the includer" : "eval __FILE__ is: " . basename(__FILE__);';
echo eval($code), "\n";
echo eval('return __LINE__;'), ' ', eval("\n\nreturn __LINE__;"), "\n";
eval('function evalFn() { return "declared in eval"; }');
echo evalFn(), "\n";
eval('class EvalClass { const X = 1; public function f() { return __CLASS__ . " " . __METHOD__; } }');
echo (new EvalClass)->f(), "\n";
$v = 10; echo eval('return $v * 2;'), "\n";
try { eval('syntax error here'); } catch (ParseError $e) { echo get_class($e), ': ', $e->getMessage(), ' line ', $e->getLine(), ' ', str_contains($e->getFile(), "eval()'d code") ? "eval'd code" : $e->getFile(), "\n"; }
echo include __DIR__ . '/inc/sub/x.php', "\n";
echo eval('return include "' . __DIR__ . '/inc/sub/x.php";'), "\n";
