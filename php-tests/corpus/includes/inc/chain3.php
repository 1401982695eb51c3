<?php
echo "chain3 declares chain3_fn\n";
$chainLog[] = 'chain3';
function chain3_fn() { return 'chain3_fn'; }
