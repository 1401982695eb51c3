<?php
class Noisy { public function __construct(public string $n) {} public function __destruct() { echo "destructing {$this->n}\n"; if ($this->n === 'thrower') throw new RuntimeException("thrown from destructor of {$this->n}"); } }
function scoped() { $x = new Noisy('scoped'); }
scoped();
try { $t = new Noisy('thrower'); unset($t); } catch (RuntimeException $e) { echo 'caught: ', $e->getMessage(), "\n"; }
$keep = new Noisy('kept');
$global = new Noisy('thrower');
echo "end of script; the global thrower's destructor throws during shutdown\n";
