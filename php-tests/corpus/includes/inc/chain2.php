<?php
echo "chain2 start\n";
$chainLog[] = 'chain2';
include_once __DIR__ . '/chain3.php';
include_once __DIR__ . '/chain3.php';
return 'chain2-result+' . chain3_fn();
