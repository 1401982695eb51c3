<?php
include __DIR__ . '/inc/sub/x.php';
require_once __DIR__ . '/inc/chain3.php';
$r = include __DIR__ . '/inc/does-not-exist.php';
var_dump($r);
$r = @include 'also-missing.php';
var_dump($r);
$r = include_once 'missing-once.php';
echo json_encode(array_map('basename', get_included_files())), "\n";
echo json_encode(array_map('basename', get_required_files())), "\n";
echo "now require a missing file (fatal)\n";
require 'inc/missing-required.php';
echo "not reached\n";
