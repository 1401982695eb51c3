<?php
$i = 0;
start:
$i++;
echo "iteration $i\n";
if ($i < 3) goto start;
goto skip;
echo "skipped\n";
skip:
echo "after skip\n";
foreach ([1, 2, 3, 4] as $v) {
    for ($j = 0; $j < 10; $j++) {
        if ($v * $j == 6) goto out;
    }
}
out:
echo "jumped out at v=$v j=$j\n";
function g($n) {
    $acc = [];
    loop:
    if ($n <= 0) goto done;
    $acc[] = $n;
    $n -= 2;
    goto loop;
    done:
    return implode(',', $acc);
}
echo g(9), "\n";
function withFinally() {
    $log = [];
    try {
        $log[] = 'try';
        goto after;
    } finally {
        $log[] = 'finally';
    }
    after:
    $log[] = 'after';
    return implode('>', $log);
}
echo withFinally(), "\n";
