<?php
var_dump(function_exists('cond_helper'));
var_dump(include __DIR__ . '/inc/conditional.php');
echo cond_helper(), ' ', CondClass::V, "\n";
var_dump(include __DIR__ . '/inc/conditional.php');
