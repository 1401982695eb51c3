<?php
echo "script starts\n";
foreach ([1, 2, 3] as $i) {
    switch ($i) {
        case 2:
            continue;
        default:
            echo "i=$i\n";
    }
    echo "after switch $i\n";
}
