<?php
class Bag {
    private array $data = [];
    public $real = 'real';
    public function __get($n) { echo "__get($n)\n"; return $this->data[$n] ?? null; }
    public function __set($n, $v) { echo "__set($n)\n"; $this->data[$n] = $v; }
    public function __isset($n) { echo "__isset($n)\n"; return isset($this->data[$n]); }
    public function __unset($n) { echo "__unset($n)\n"; unset($this->data[$n]); }
}
$b = new Bag;
$b->color = 'red';
echo $b->color, "\n";
echo $b->real, "\n";
var_dump(isset($b->color), isset($b->nothing), empty($b->color), $b->nothing ?? 'coalesced');
unset($b->color);
var_dump(isset($b->color));
$b->arr = [1];
$tmp = $b->arr; $tmp[] = 2;
echo json_encode($b->arr), "\n";
$b->arr[] = 3;
class Guarded { private $secret = 's'; public function __get($n) { return "magic:$n"; } }
$g = new Guarded;
echo $g->secret, ' ', $g->other, "\n";
class Recursive { public function __get($n) { return $this->$n; } }
$r = new Recursive;
var_dump($r->loop);
