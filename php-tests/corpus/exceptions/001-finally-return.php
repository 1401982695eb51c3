<?php
function f1() { try { return 'try'; } finally { echo "[f1 finally]"; } }
function f2() { try { return 'try'; } finally { return 'finally overrides'; } }
function f3() { try { throw new Exception('lost'); } finally { return 'finally swallows exception'; } }
function f4() { $x = 1; try { return $x; } finally { $x = 2; } }
function f5() { foreach ([1, 2, 3] as $i) { try { if ($i == 2) continue; if ($i == 3) break; echo "[body $i]"; } finally { echo "[finally $i]"; } } return 'loop done'; }
function f6() { try { try { return 'inner'; } finally { echo "[inner finally]"; } } finally { echo "[outer finally]"; } }
function f7() { try { return 'a'; } finally { try { throw new Exception('in finally'); } catch (Exception $e) { echo '[caught ', $e->getMessage(), ']'; } } }
foreach (['f1', 'f2', 'f3', 'f4', 'f5', 'f6', 'f7'] as $f) echo $f, ': ', $f(), "\n";
function gen() { try { yield 1; return 2; } finally { echo "[gen finally]"; } }
$g = gen(); foreach ($g as $v) echo "v$v"; echo ' ', $g->getReturn(), "\n";
