<?php
// echo uses `precision`, var_dump/var_export/json use serialize_precision.
echo 1 / 3, "\n";
echo 2 / 3, "\n";
echo 0.1 + 0.2, "\n";
echo 1e15, " ", 1e16, " ", 1.5e-7, " ", 123456789012345678.0, "\n";
echo M_PI, " ", -M_E, "\n";
var_dump(1 / 3, 0.1 + 0.2, 1e100, -0.0, 1.0, 100.0, 7.0E-10);
var_export([1 / 7, 2.5, 3.0]);
echo "\n", json_encode(['f' => 0.1 + 0.7, 'g' => 1e22]), "\n";
echo (string) 1.10, " ", strval(2.50), " ", 3.0 . "", "\n";
echo round(2.5), " ", round(-2.5), " ", round(1.955, 2), " ", floor(-1.5), " ", ceil(-1.5), "\n";
echo number_format(1234567.891, 2), " ", number_format(0.5), " ", number_format(-1234.567, 1, ',', '.'), "\n";
var_dump(INF, -INF, is_nan(NAN), (string) INF, PHP_FLOAT_EPSILON, PHP_FLOAT_MAX, PHP_FLOAT_DIG);
ini_set('precision', '4');
echo "precision 4: ", 1 / 3, " ", 12345.678, "\n";
ini_set('precision', '17');
echo "precision 17: ", 0.1, "\n";
ini_set('precision', '-1');
echo "precision -1: ", 0.1, " ", 1 / 3, "\n";
