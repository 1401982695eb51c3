<?php
// PHP 8 string <-> number comparison semantics
$cases = [
    [0, "a"], ["1", "01"], ["10", "1e1"], [100, "1e2"], ["abc", 0], [null, 0], [null, "0"],
    ["1", " 1"], ["1", "1 "], [1, "1 "], [1, " 1"], [0, ""], ["", null], ["0", false],
    [" ", 0], ["1abc", 1], [42, "42.0"], ["42", "42.0"], [-0.0, 0], ["INF", INF], [true, "false"],
    [[], false], ["abc", "ABC"], ["10", "9"], [10, "9"], ["0x10", 16],
];
foreach ($cases as [$a, $b]) {
    printf("%-10s == %-10s : %-5s  <=> %2d   === %s\n",
        var_export($a, true), var_export($b, true),
        var_export($a == $b, true), $a <=> $b, var_export($a === $b, true));
}
var_dump(in_array("abc", [0]), in_array(0, ["abc"]), array_search("1", [0, 1, "1"]));
var_dump(is_numeric("1e5"), is_numeric(" 5"), is_numeric("5 "), is_numeric("0x1A"), is_numeric("."), is_numeric("-.5"));
var_dump("abc" < "abd", "Z" < "a", "10" < "9", "10" < "9a", 2 < "10", "2" < "10");
switch ("1e1") { case 10: echo "switch numeric match\n"; break; default: echo "switch default\n"; }
var_dump(match (true) { "0" == false => "zero-false", default => "other" });
