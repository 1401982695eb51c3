<?php
$fmts = [
    ['%d', 42], ['%5d', 42], ['%-5d|', 42], ['%05d', -42], ['%+d', 42], ['%+d', -42],
    ['%u', -1], ['%x', 255], ['%X', 255], ['%o', 8], ['%b', 10], ['%c', 65], ['%e', 12345.678],
    ['%.2e', 0.000123], ['%E', 1.5], ['%f', 1.5], ['%.3f', 2 / 3], ['%10.4f|', M_PI], ['%-10.2f|', M_PI],
    ['%g', 0.00001234], ['%g', 123456789.0], ['%G', 1.0E-10], ['%s', 'str'], ['%10s|', 'right'],
    ['%-10s|', 'left'], ["%'*10s", 'pad'], ["%'010d", 7], ['%.3s', 'truncate'], ['%%', null],
    ['%5.1f%%', 99.44], ['%F', 1234.5],
];
foreach ($fmts as [$f, $v]) {
    echo str_pad($f, 8), ' => [', sprintf($f, $v), "]\n";
}
printf("%2\$s %1\$s %2\$s\n", 'world', 'hello');
echo sprintf('%08.3f', -3.14159), "\n";
echo vsprintf("%s is %d years and %.1f%% done\n", ['Kiln', 3, 45.67]);
echo sprintf('%b', PHP_INT_MAX), "\n", sprintf('%x', -1), "\n";
echo number_format(1e6), ' ', sprintf('%.15g', 0.1), ' ', sprintf('%.17g', 0.1), "\n";
fprintf(STDOUT, "%s via fprintf\n", 'written');
try { sprintf('%d %d', 1); } catch (ArgumentCountError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { sprintf('%z', 1); } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
