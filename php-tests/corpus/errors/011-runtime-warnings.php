<?php
function f() {
    echo $undefinedVar;
    $arr = ['a' => 1];
    echo $arr['missing'];
    echo $arr[5];
    $o = new stdClass;
    echo $o->missingProp;
    $n = null;
    echo $n['x'];
    echo $n->prop;
    $s = 'str';
    echo $s[10];
    $i = 5;
    echo $i['k'];
    $list = [1];
    [$a, $b] = $list;
    $x = 'abc' + 0 ?? 0;
}
try { f(); } catch (TypeError $e) { echo 'TypeError: ', $e->getMessage(), "\n"; }
echo "arithmetic warnings:\n";
echo '5 apples' + 5, "\n";
$arr = [];
$arr[] = 1;
$u = $undefinedArr['k'] ?? 'coalesce-silent';
echo $u, "\n";
$false = false; $false[] = 'auto-vivify from false';
echo json_encode($false), "\n";
echo implode(',', [1, [2]]), "\n";
echo intdiv(7, 2) . (string) @$silenced, "\n";
