<?php
$cnt = sys_get_temp_dir() . '/kiln-codec-hoist-cnt';
$n = (int) @file_get_contents($cnt);
file_put_contents($cnt, (string) ($n + 1));
if ($n == 0) { class Foo { const V = 'main'; } }
include __DIR__ . '/hoist_inc.php';
