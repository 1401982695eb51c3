<?php
echo "script starts\n";
class M {
    private function __get($n) { return "get $n"; }
    protected function __call($m, $a) { return "call $m"; }
    private static function __callStatic($m, $a) { return "callStatic $m"; }
    protected function __toString(): string { return 'M'; }
}
$m = new M;
echo $m->prop, ' ', $m->meth(), ' ', M::stat(), ' ', $m, "\n";
