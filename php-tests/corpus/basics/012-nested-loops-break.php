<?php
for ($i = 0; $i < 4; $i++) {
    for ($j = 0; $j < 4; $j++) {
        if ($j == 2) continue 2;
        if ($i == 3) break 2;
        echo "$i$j ";
    }
    echo "never\n";
}
echo "\n";
$i = 0;
while (true) {
    $i++;
    foreach ([1, 2, 3] as $v) {
        do {
            if ($v == 2 && $i == 2) break 3;
            if ($v == 3) continue 3;
            echo "[$i:$v]";
        } while (false);
    }
}
echo "\nbroke out at i=$i\n";
$out = '';
foreach (['a' => [1, 2, 3], 'b' => [4, 5, 6], 'c' => [7, 8, 9]] as $k => $list) {
    foreach ($list as $n) {
        if ($n % 2 == 0) continue;
        if ($n > 7) break 2;
        $out .= "$k$n,";
    }
}
echo $out, "\n";
$n = 0;
do { $n++; if ($n < 3) continue; echo "do-while n=$n\n"; } while ($n < 5);
for ($a = 0, $b = 10; $a < $b; $a += 3, $b -= 2) echo "a=$a b=$b\n";
for (;;) { echo "infinite for with break\n"; break; }
