<?php
include __DIR__ . '/rd_a.php';
$x = new class extends ArrayObject {};
echo json_encode(get_class($x)), "\n";
for ($i = 0; $i < 3; $i++) { $o = include __DIR__ . '/anon_inc.php'; echo json_encode(get_class($o)), "\n"; }
if (false) { class Cond1 {} }
$y = include __DIR__ . '/anon_inc.php'; echo json_encode(get_class($y)), ' ', get_class($y) === get_class($o) ? 'same' : 'diff', "\n";
