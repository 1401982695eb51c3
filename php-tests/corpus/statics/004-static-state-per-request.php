<?php
// Static state starts fresh on every request (matters under php-cgi -T N).
class Hits { public static int $n = 0; }
function hits() { static $h = 0; return ++$h; }
Hits::$n++;
echo 'static prop: ', Hits::$n, ', static var: ', hits(), hits(), "\n";
$GLOBALS['g'] = ($GLOBALS['g'] ?? 0) + 1;
echo 'global: ', $g, "\n";
var_dump(function_exists('declared_later'), defined('REQ_CONST'));
define('REQ_CONST', 1);
function declared_later() {}
echo count(get_included_files()), "\n";
