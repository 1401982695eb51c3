<?php
// Request 1 arms $_SERVER through ag2_a.php before ag2_b.php is compiled;
// later requests (php-cgi -T) load ag2_b.php alone from the cache and must
// still see $_SERVER (auto_globals_jit).
$cnt = sys_get_temp_dir() . '/kiln-codec-ag2-cnt';
$n = (int) @file_get_contents($cnt);
file_put_contents($cnt, (string) ($n + 1));
if ($n == 0) { include __DIR__ . '/ag2_a.php'; }
include __DIR__ . '/ag2_b.php';
