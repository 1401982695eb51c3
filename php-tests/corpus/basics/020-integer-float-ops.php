<?php
var_dump(10 / 4, 10 / 5, 10 % 4, fdiv(1, 0), fdiv(-1, 0), is_nan(fdiv(0, 0)));
var_dump(0.1 * 3, 1e308 * 10, -1e308 * 10, 5e-324 / 2);
var_dump(round(1234.5678, -2), round(1234.5678, 2), round(-0.5), floor(5), sqrt(16), pow(2, 0.5), pow(2, 62), pow(2, 64), pow(-8, 1/3));
var_dump(max(1, 2.5, "3"), min([4, "2", 3.5]), max("apple", "banana"), max([1, 2], [1, 3]), array_sum([1, 2.5, "3"]), array_product([]));
var_dump(PHP_INT_MAX + 1 == PHP_INT_MAX, (float) PHP_INT_MAX, 0.1 + 0.2 === 0.3, floatval("1.5e3abc"));
var_dump(base_convert("255", 10, 16), base_convert("zz", 36, 10), dechex(PHP_INT_MAX), decbin(5), decoct(64));
var_dump(abs(PHP_INT_MIN), -PHP_INT_MIN, PHP_INT_MIN * -1);
