<?php
class Plain { public $declared = 1; }
#[AllowDynamicProperties]
class Allowed { }
class ChildOfAllowed extends Allowed {}
$p = new Plain;
echo "before\n";
$p->dynamic = 'created';
echo "after: {$p->dynamic}\n";
$p->dynamic = 'second write (no new deprecation)';
echo $p->dynamic, "\n";
$a = new Allowed; $a->foo = 'ok'; echo $a->foo, "\n";
$c = new ChildOfAllowed; $c->bar = 'inherited attr'; echo $c->bar, "\n";
$s = new stdClass; $s->anything = 'stdClass always ok'; echo $s->anything, "\n";
$name = 'via_var'; $p->$name = 1;
$p->{'with space'} = 2;
var_dump(get_object_vars($p));
class WithMagic { private $d = []; public function __set($n, $v) { $this->d[$n] = $v; } }
$m = new WithMagic; $m->x = 1; echo "magic: no deprecation\n";
unset($p->declared);
$p->declared = 'redeclared after unset';
echo $p->declared, "\n";
var_dump(property_exists($p, 'dynamic'), property_exists('Plain', 'dynamic'));
