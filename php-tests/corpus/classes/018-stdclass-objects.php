<?php
$o = new stdClass;
$o->a = 1; $o->{'b-c'} = 2; $o->{'0'} = 'zero'; $o->list = [1, 2]; $o->list[] = 3; $o->child = new stdClass; $o->child->x = 'x';
var_dump($o);
echo json_encode($o), "\n";
$arr = (array) $o; echo json_encode(array_keys($arr)), "\n";
$from = (object) ['k' => 'v', 5 => 'five', 'n' => ['deep' => true]];
var_dump($from->{'5'}, $from->n['deep'], isset($from->k), isset($from->missing));
$decoded = json_decode('{"x":{"y":[1,{"z":2}]}}');
echo $decoded->x->y[1]->z, ' ', get_class($decoded->x), "\n";
foreach ($from as $k => $v) echo var_export($k, true), ' ';
echo "\n";
$copy = $o; $copy->a = 'changed through handle'; echo $o->a, "\n";
var_dump(count((array) new stdClass), (bool) new stdClass, $o == clone $o);
echo count(get_object_vars($o)), "\n";
unset($o->a); var_dump(property_exists($o, 'a'));
$o2 = new stdClass; $o2->z = 1; $o2->a = 2; echo json_encode($o2), "\n";
