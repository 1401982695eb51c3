<?php
$results = [];
for ($i = 1; $i <= 5; $i++) {
    $results[] = include __DIR__ . '/inc/counter_body.php';
}
echo json_encode($results), " iteration=$iteration\n";
foreach ([10, 11] as $i) { $x = require __DIR__ . '/inc/counter_body.php'; echo "x=$x\n"; }
function viaFunction($i) { return include __DIR__ . '/inc/counter_body.php'; }
echo viaFunction(7), ' ', viaFunction(8), "\n";
echo count(array_filter(get_included_files(), fn($f) => str_ends_with($f, 'counter_body.php'))), " entry in get_included_files\n";
