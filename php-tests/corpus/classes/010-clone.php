<?php
class Engine { public int $hp = 100; }
class Car {
    public Engine $engine;
    public array $tags = ['a'];
    public static int $cloned = 0;
    public ?Car $self = null;
    public function __construct() { $this->engine = new Engine; }
    public function __clone() { $this->engine = clone $this->engine; self::$cloned++; $this->tags[] = 'cloned'; }
}
$a = new Car;
$b = clone $a;
$b->engine->hp = 200;
echo $a->engine->hp, ' ', $b->engine->hp, ' ', json_encode($a->tags), json_encode($b->tags), ' ', Car::$cloned, "\n";
class Shallow { public $obj; public $arr; }
$s = new Shallow; $s->obj = new stdClass; $s->obj->v = 1; $s->arr = [new stdClass];
$t = clone $s; $t->obj->v = 2; $t->arr[0]->x = 'shared';
echo $s->obj->v, ' ', json_encode($s->arr), "\n";
var_dump($a == $b, $a === $b, $a->engine == $b->engine);
class NoClone { private function __clone() {} }
try { clone new NoClone; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$r = new ArrayObject([1, 2]); $r2 = clone $r; $r2[] = 3; echo count($r), count($r2), "\n";
$x = new stdClass; $x->ref = &$refVal; $refVal = 'via ref'; $y = clone $x; $refVal = 'changed'; echo $y->ref, "\n";
