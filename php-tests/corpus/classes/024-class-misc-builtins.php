<?php
class Parent_ { public $pub = 1; protected $prot = 2; private $priv = 3; public function m1() {} protected function m2() {} private function m3() {} public static function s() {} public function vars() { return get_object_vars($this); } }
class Child_ extends Parent_ { public $extra = 4; }
$c = new Child_;
echo json_encode(get_object_vars($c)), ' ', json_encode($c->vars()), "\n";
echo json_encode(get_class_vars('Child_')), "\n";
echo json_encode(get_class_methods('Child_')), "\n";
echo get_parent_class($c), ' ', var_export(get_parent_class(new Parent_), true), "\n";
var_dump(method_exists($c, 'm3'), method_exists('Child_', 's'), property_exists('Child_', 'priv'), property_exists('Parent_', 'priv'));
var_dump(class_exists('child_'), get_class(new child_));
echo json_encode(array_values(array_filter(get_declared_classes(), fn($c) => str_ends_with($c, '_')))), "\n";
print_r($c); echo "\n";
var_dump((array) $c === ['extra' => 4, 'pub' => 1, "\0*\0prot" => 2, "\0Parent_\0priv" => 3]);
echo json_encode(array_map(fn($k) => str_replace("\0", '|', $k), array_keys((array) $c))), "\n";
