<?php
const BASE = 10;
class Cfg { const MUL = 3; const LIST = ['a', 'b']; }
function f($a = BASE, $b = BASE * Cfg::MUL + 1, $c = Cfg::LIST, $d = PHP_INT_SIZE * 2, $e = 'x' . 'y', $f = null, $g = [1, [2, 3]], $h = -1.5, $i = E_ALL & ~E_NOTICE, $j = Cfg::class) {
    return json_encode(func_get_args()) . ' | ' . json_encode([$a, $b, $c, $d, $e, $f, $g, $h, $i, $j]);
}
echo f(), "\n";
echo f(1), "\n";
echo f(1, 2, ['z']), "\n";
function g(int $n = PHP_INT_MAX, string $s = __FUNCTION__, ?array $arr = null, $cond = BASE > 5 ? 'big' : 'small', $mag = __LINE__) {
    return "$n $s " . var_export($arr, true) . " $cond $mag";
}
echo g(), "\n";
echo g(5, 'five', [1]), "\n";
class K {
    public function m($x = self::DEF) { return $x; }
    const DEF = 'self-def';
    public function m2($x = self::DEF . '!', $y = [self::DEF => 1]) { return $x . json_encode($y); }
}
echo (new K)->m(), " ", (new K)->m2(), "\n";
function byDefault(&$ref = 5) { $ref++; return $ref; }
echo byDefault(), "\n";
$v = 1; byDefault($v); echo $v, "\n";
