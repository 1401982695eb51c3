<?php
$cfg = require __DIR__ . '/inc/config.php';
echo $cfg['name'], ' ', json_encode($cfg['nested']), ' ', $cfg['computed'], ' ', $cfg['const'], ' ', ($cfg['closure'])(21), "\n";
$cfg2 = require __DIR__ . '/inc/config.php';
var_dump($cfg2['closure'] === $cfg['closure'], $cfg2['nested'] === $cfg['nested']);
$x = include __DIR__ . '/inc/chain3.php';
var_dump($x);
var_dump((include __DIR__ . '/inc/sub/x.php') . '!');
function loadInFunction() { $localVar = 'fn-local'; $r = include __DIR__ . '/inc/scope_vars.php'; return "$r / $createdByInclude"; }
echo loadInFunction(), "\n";
$r = include __DIR__ . '/inc/scope_vars.php';
echo $r, ' / ', $createdByInclude, "\n";
