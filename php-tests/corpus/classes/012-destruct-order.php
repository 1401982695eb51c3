<?php
class D {
    public function __construct(public string $name) { echo "construct {$this->name}\n"; }
    public function __destruct() { echo "destruct {$this->name}\n"; }
}
function scope() { $local = new D('local'); echo "in scope\n"; }
scope();
$a = new D('a');
$b = new D('b');
$c = new D('c');
$b = null;
echo "b nulled\n";
$arr = [new D('arr0'), new D('arr1')];
unset($arr[0]);
echo "arr0 unset\n";
$x = new D('x'); $x = new D('x2');
echo "x reassigned\n";
new D('temp');
echo "temp gone\n";
class Holder { public $child; public function __construct() { $this->child = new D('held'); } public function __destruct() { echo "destruct holder\n"; } }
$h = new Holder;
$cycle1 = new D('cycle1'); $cycle2 = new D('cycle2');
$cycle1->other = null;
echo "end of script\n";
