<?php
echo "chain1 start (", basename(__FILE__), ")\n";
$chainLog[] = 'chain1';
$r = require __DIR__ . '/chain2.php';
echo "chain1 got from chain2: $r\n";
return 'chain1-result';
