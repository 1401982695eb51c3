<?php
$chainLog = ['main'];
$r = include __DIR__ . '/inc/chain1.php';
echo "main got: $r\n";
echo implode(' > ', $chainLog), "\n";
echo chain3_fn(), "\n";
var_dump(require_once __DIR__ . '/inc/chain3.php');
var_dump(include_once __DIR__ . '/inc/chain1.php');
