<?php
class Registry {
    const TYPES = ['int' => 1, 'string' => 2, 'nested' => ['deep' => ['deeper' => [1, 2, 3]]]];
    const KEYS = [self::TYPES['int'] => 'one', 'x' . 'y' => true, 1.5 => 'float key', true => 'bool key', null => 'null key'];
    public static array $cache = ['initial' => self::TYPES['string'], 'list' => [1, 2]];
    public static $items = [];
    public array $inst = [self::KEYS[1], [PHP_INT_SIZE]];
}
var_dump(Registry::KEYS);
echo json_encode(Registry::TYPES), ' ', Registry::TYPES['nested']['deep']['deeper'][2], "\n";
Registry::$cache['added'] = 1; Registry::$cache['list'][] = 3; Registry::$items[] = 'x';
echo json_encode(Registry::$cache), json_encode(Registry::$items), "\n";
$a = new Registry; $b = new Registry; $a->inst[] = 'only a';
echo json_encode($a->inst), json_encode($b->inst), "\n";
const TOP = ['a', 'b', ['c']];
echo TOP[2][0], count(TOP), "\n";
$copy = Registry::TYPES; $copy['int'] = 99; echo Registry::TYPES['int'], "\n";
function defaults($opts = Registry::TYPES['nested'], $list = [], $map = ['k' => [null]]) { $list[] = 1; return json_encode([$opts, $list, $map]); }
echo defaults(), defaults(), "\n";
