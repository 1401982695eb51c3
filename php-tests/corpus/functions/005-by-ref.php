<?php
function addOne(array &$arr, &$counter = null) { $arr[] = count($arr); $counter++; }
$list = []; $c = 0;
addOne($list, $c); addOne($list, $c); addOne($list);
echo json_encode($list), " c=$c\n";
function &getRef(array &$arr, $key) { return $arr[$key]; }
$data = ['a' => 1];
$ref = &getRef($data, 'a');
$ref = 100;
$new = &getRef($data, 'b');
$new = 'created';
echo json_encode($data), "\n";
class Store {
    private array $items = ['x' => 1];
    public function &item($k) { return $this->items[$k]; }
    public function dump() { return json_encode($this->items); }
    public static $counter = 0;
    public static function &counter() { return static::$counter; }
}
$s = new Store;
$i = &$s->item('x'); $i = 42;
$j = &$s->item('y'); $j = [1];
echo $s->dump(), "\n";
$cnt = &Store::counter(); $cnt += 5;
echo Store::$counter, "\n";
function swap(&$a, &$b) { [$a, $b] = [$b, $a]; }
$x = 'first'; $y = 'second'; swap($x, $y); echo "$x $y\n";
$arr = [3, 1, 2]; sort($arr); echo implode(',', $arr), "\n";
preg_match('/(\d+)-(\d+)/', 'ab 12-34', $m); echo json_encode($m), "\n";
function noRefReturn() { static $v = 5; return $v; }
function &refReturnsStatic() { static $v = 0; $v++; return $v; }
$r1 = &refReturnsStatic(); $r1 += 10; echo refReturnsStatic(), "\n";
$arr2 = [1, 2, 3];
$refs = [];
foreach ($arr2 as $k => &$v) $refs[$k] = &$v;
unset($v);
$refs[1] = 'changed via refs';
echo json_encode($arr2), "\n";
function modifyCopy(array $a) { $a[] = 'added'; return count($a); }
$orig = [1]; echo modifyCopy($orig), ' ', count($orig), "\n";
function byRefDefault(&$z = []) { $z[] = 1; return $z; }
echo json_encode(byRefDefault()), "\n";
function fill(&$x) { $x[] = 'auto'; }
fill($created_array); echo json_encode($created_array), "\n";
