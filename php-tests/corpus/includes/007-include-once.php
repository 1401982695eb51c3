<?php
var_dump(include_once __DIR__ . '/inc/once.php');
var_dump(include_once __DIR__ . '/inc/once.php');
var_dump(require_once __DIR__ . '/inc/once.php');
var_dump(include_once __DIR__ . '/inc/../inc/once.php');
var_dump(include_once 'inc/once.php');
echo "onceCount=$onceCount\n";
var_dump(include __DIR__ . '/inc/once.php');
echo "onceCount=$onceCount\n";
var_dump(include_once __DIR__ . '/inc/once.php');
