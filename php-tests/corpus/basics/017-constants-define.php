<?php
const A = 10;
const B = A * 2 + 1;
const ARR = ['x' => A, 'y' => [B, 'z']];
const STR = 'pre' . 'fix' . PHP_EOL;
define('RUNTIME', A + B);
define('LATE_' . 'NAME', strtoupper('computed'));
echo A, ' ', B, ' ', ARR['y'][0], ' ', RUNTIME, ' ', LATE_NAME, "\n", STR;
var_dump(defined('RUNTIME'), defined('NOPE'), constant('B'), constant('ARR')['x']);
if (!defined('COND')) define('COND', 'first');
if (!defined('COND')) define('COND', 'second');
echo COND, "\n";
var_dump(define('COND', 'again'));
namespace\foo();
function foo() { echo 'in foo, RUNTIME=', RUNTIME, "\n"; }
try { echo UNDEFINED_CONST; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(PHP_INT_SIZE, M_PI > 3, E_ALL, E_STRICT, E_DEPRECATED | E_USER_DEPRECATED, PHP_EOL === "\n", DIRECTORY_SEPARATOR);
var_dump(true === TRUE, null === NULL, \true);
