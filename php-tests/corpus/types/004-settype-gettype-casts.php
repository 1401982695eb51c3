<?php
$values = [42, -0.0, 'str', '', null, true, [1, 'a' => 2], new ArrayObject([1]), 1e20, PHP_INT_MIN, "123abc", STDIN];
foreach ($values as $v) {
    echo str_pad(get_debug_type($v), 12), str_pad(gettype($v), 10), ' bool=', json_encode((bool) $v);
    if (!is_resource($v) && !is_object($v)) echo ' str=', json_encode(@(string) @json_encode($v)), ' int=', @var_export((int) $v, true) ;
    echo "\n";
}
var_dump(is_int(5), is_integer('5'), is_float(1.0), is_string(''), is_bool(0), is_array([]), is_object(new stdClass), is_null(null), is_iterable([1]), is_countable(new ArrayObject), is_scalar(1.5), is_scalar(null));
var_dump(boolval('0'), intval('42abc'), floatval('.5'), strval(0.1));
