<?php
$orig = get_include_path();
echo 'default path starts with .: ', var_export(str_starts_with($orig, '.'), true), "\n";
set_include_path(__DIR__ . '/inc/alt');
echo include 'same.php', "\n";
set_include_path(__DIR__ . '/inc/other');
echo include 'same.php', "\n";
set_include_path(__DIR__ . '/inc/other' . PATH_SEPARATOR . __DIR__ . '/inc/alt');
echo include 'same.php', "\n";
set_include_path(__DIR__ . '/inc/alt' . PATH_SEPARATOR . __DIR__ . '/inc/other');
echo include 'same.php', "\n";
echo stream_resolve_include_path('same.php') === __DIR__ . '/inc/alt/same.php' ? "resolved to alt\n" : "resolved elsewhere\n";
ini_set('include_path', __DIR__ . '/inc/sub');
echo include 'x.php', "\n";
set_include_path($orig);
var_dump(@include 'x.php');
echo json_encode(array_map(fn($f) => str_replace(__DIR__, '', $f), get_included_files())), "\n";
