<?php
echo 'zend.assertions=', ini_get('zend.assertions'), "\n";
try { assert(1 + 1 === 3); } catch (AssertionError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { assert(false, 'custom message'); } catch (AssertionError $e) { echo $e->getMessage(), "\n"; }
class MyAssert extends AssertionError {}
try { assert(in_array('x', ['y']), new MyAssert('custom exception object')); } catch (MyAssert $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$sideEffect = 0;
assert(++$sideEffect > 0);
echo "side effect evaluated: $sideEffect\n";
function check(int $x) { assert($x > 0 && $x < 10, "x out of range: $x"); return $x; }
echo check(5), "\n";
try { check(50); } catch (AssertionError $e) { echo $e->getMessage(), "\n"; }
try { assert(fn() => false); echo "closure object is truthy\n"; } catch (AssertionError $e) { echo 'nope'; }
try { assert(strlen('abc') == 4 and true); } catch (AssertionError $e) { echo $e->getMessage(), "\n"; }
