<?php
function add($a, $b) { return $a + $b; }
class M { public static function twice($x) { return $x * 2; } public function inst($x) { return "inst$x"; } }
echo call_user_func('add', 1, 2), ' ', call_user_func_array('add', [3, 4]), ' ', call_user_func('M::twice', 5), ' ', call_user_func(['M', 'twice'], 6), ' ', call_user_func([new M, 'inst'], 7), "\n";
var_dump(is_callable('add'), is_callable('nope'), is_callable('M::twice'), is_callable([new M, 'inst']), is_callable(fn() => 1));
$name = 'add'; echo $name(10, 20), "\n";
$m = 'twice'; echo M::$m(4), ' ', [new M, 'inst'](8), ' ', 'M::twice'(9), "\n";
function counter() { return func_num_args() . ':' . json_encode(func_get_args()); }
echo counter(), ' ', counter(1, 'a', null), "\n";
function defaults($a, $b = 'B') { return func_num_args() . ':' . json_encode(func_get_args()); }
echo defaults('a'), "\n";
echo implode(',', array_filter([1, 0, 2, null, 3])), ' ', implode(',', array_map(null, [1, 2])), "\n";
$arr = [3, 1, 2];
usort($arr, 'strcmp');
echo implode(',', $arr), "\n";
echo json_encode(array_map(fn($a, $b) => $a . $b, ['x', 'y'], [1, 2])), "\n";
try { add(1); } catch (ArgumentCountError $e) { echo preg_replace('/ in .* on line \d+/', '', $e->getMessage()), "\n"; }
echo add(1, 2, 3, 4), " (extra args ignored)\n";
