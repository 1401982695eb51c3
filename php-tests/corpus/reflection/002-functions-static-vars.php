<?php
const LIMIT = 10;
/** counts */
function counter(int $step = 1) { static $n = 0, $max = LIMIT * 2, $arr = ['k' => LIMIT]; $n += $step; return $n; }
counter(); counter(5);
$rf = new ReflectionFunction('counter');
var_dump($rf->getStaticVariables());
echo $rf->getName(), ' ', $rf->getNumberOfParameters(), ' user=', var_export($rf->isUserDefined(), true), ' internal=', var_export($rf->isInternal(), true), ' ', basename($rf->getFileName()), ':', $rf->getStartLine(), '-', $rf->getEndLine(), "\n";
echo (new ReflectionFunction('strlen'))->isInternal() ? "strlen internal\n" : '';
var_dump((new ReflectionFunction('strlen'))->getFileName());
class S { public function m() { static $calls = []; $calls[] = count($calls); return $calls; } }
(new S)->m(); (new S)->m();
var_dump((new ReflectionMethod('S', 'm'))->getStaticVariables());
$x = 1; $y = [2];
$cl = function ($a) use ($x, &$y) { static $inner = 'init'; return $a; };
var_dump((new ReflectionFunction($cl))->getStaticVariables());
echo json_encode((new ReflectionFunction($cl))->getClosureUsedVariables()), "\n";
echo (new ReflectionFunction('counter'))->invoke(100), ' ', (new ReflectionFunction('counter'))->invokeArgs([1000]), "\n";
var_dump((new ReflectionFunction('counter'))->returnsReference(), (new ReflectionFunction('counter'))->hasReturnType());
