<?php
class AppException extends RuntimeException {}
function lowLevel() { throw new InvalidArgumentException('low level failure', 42); }
function midLevel() { try { lowLevel(); } catch (InvalidArgumentException $e) { throw new AppException('mid level wrap', 7, $e); } }
function topLevel() { try { midLevel(); } catch (AppException $e) { echo "top caught, rethrowing\n"; throw $e; } finally { echo "top finally\n"; } }
try { topLevel(); } catch (Exception $e) {
    $depth = 0;
    for ($x = $e; $x; $x = $x->getPrevious()) {
        echo str_repeat('  ', $depth++), get_class($x), ' [', $x->getCode(), '] ', $x->getMessage(), ' @', $x->getLine(), "\n";
    }
}
try {
    try { throw new LogicException('first'); }
    finally { echo "inner finally runs before outer catch\n"; }
} catch (LogicException $e) { echo 'outer caught ', $e->getMessage(), "\n"; }
try {
    try { throw new Exception('A'); }
    finally { throw new Exception('B'); }
} catch (Exception $e) { echo $e->getMessage(), ' previous=', $e->getPrevious()?->getMessage(), "\n"; }
try { try { throw new TypeError('t'); } catch (Exception $e) { echo "wrong\n"; } } catch (Error $e) { echo 'Error hierarchy: ', get_class($e), "\n"; }
$e = new Exception('custom', 3, new Error('root'));
echo get_class($e->getPrevious()), ' ', $e->getPrevious()->getMessage(), "\n";
