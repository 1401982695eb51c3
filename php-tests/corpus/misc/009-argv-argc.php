<?php
// CLI and CGI differ here, but each mode is compared only against itself.
echo 'argc: ', $argc ?? 'unset', "\n";
echo 'argv count: ', isset($argv) ? count($argv) : 'unset', "\n";
echo 'server argv count: ', isset($_SERVER['argv']) ? count($_SERVER['argv']) : 'unset', "\n";
echo 'argv[0] is script: ', isset($argv[0]) ? var_export(basename($argv[0]) === basename(__FILE__), true) : 'n/a', "\n";
function inFunction() { return isset($argc) ? 'argc visible' : 'argc not visible in function scope'; }
echo inFunction(), "\n";
echo 'script filename matches: ', isset($_SERVER['SCRIPT_FILENAME']) ? var_export(realpath($_SERVER['SCRIPT_FILENAME']) === __FILE__, true) : 'not set', "\n";
echo 'REQUEST_TIME is int: ', var_export(is_int($_SERVER['REQUEST_TIME']), true), "\n";
