<?php
$vals = [0, 1, -1, 1.5, "", "0", "1", "abc", "12abc", " 12", "1e3", null, true, false, [], [0], "0.0"];
foreach ($vals as $v) {
    $str = is_array($v) ? 'array' : var_export($v, true);
    printf("%-8s bool=%-5s int=%s float=%s\n", $str, var_export((bool) $v, true),
        is_array($v) ? count($v) : @var_export((int) $v, true),
        is_array($v) ? '-' : @var_export((float) $v, true));
}
var_dump((string) true, (string) false, (string) null, (array) "s", (array) null, (object) ['a' => 1]);
var_dump(intval("0x1A", 16), intval("0x1A", 0), intval("012", 0), intval("101", 2), octdec("777"), bindec("1111"), hexdec("ff"));
var_dump(settype($s, "integer"), $s, gettype(1.0), get_debug_type(1.0), get_debug_type(null));
try { echo "abc" * 1; } catch (TypeError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
echo "5" + "5", " ", "5" . "5", " ", "2" * "3", " ", -"3", "\n";
echo "12abc" + 1, "\n";
var_dump(1 + 1.0, "1" + "1", "1.0" + "1", null + 5, true + true);
try { var_dump([] + 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump((int) 3.99, (int) -3.99, (int) "1e2", (int) 1e19 === PHP_INT_MIN || true);
