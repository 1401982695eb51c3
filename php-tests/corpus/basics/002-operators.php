<?php
$a = 17; $b = 5;
foreach (['+', '-', '*', '/', '%', '**', 'intdiv', 'fmod'] as $op) {
    $r = match ($op) {
        '+' => $a + $b, '-' => $a - $b, '*' => $a * $b, '/' => $a / $b,
        '%' => $a % $b, '**' => $a ** $b, 'intdiv' => intdiv($a, $b), 'fmod' => fmod($a, $b),
    };
    echo "$a $op $b = ", var_export($r, true), "\n";
}
var_dump(-17 % 5, 17 % -5, -7 / 2, 2 ** -1, 2 ** 63, (-2) ** 2, -2 ** 2);
var_dump(7 <=> 3, "a" <=> "b", [1, 2] <=> [1, 3], 1.5 <=> 1.5);
var_dump(true && false, true || false, true xor true, !0, (bool) "0", (bool) "0.0");
$x = 5;
$x += 3; $x -= 1; $x *= 2; $x /= 7; $x **= 3; var_dump($x);
$s = "ab"; $s .= "cd"; var_dump($s);
$i = 10; $i %= 4; $i <<= 3; $i >>= 1; $i |= 1; $i &= 13; $i ^= 6; var_dump($i);
var_dump(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 10 - 2 - 3, 2 ** 3 ** 2);
var_dump("10" + 5, "1.5" + 1, "0x1A" == 26, "1e3" == "1000", 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < PHP_FLOAT_EPSILON);
