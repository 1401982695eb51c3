<?php
include __DIR__ . '/warn_inc.php';
var_dump(error_get_last()['message'] ?? null);
set_error_handler(function($no, $str, $file, $line) { echo "HANDLER: $str @$line\n"; return true; });
include __DIR__ . '/warn_inc.php';
