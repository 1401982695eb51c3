<?php
// RUNTIME_FLAG is defined by the includer at run time; it must not be folded.
echo 'included file sees RUNTIME_FLAG=', RUNTIME_FLAG, ', defined()=', var_export(defined('LATER_FLAG'), true), "\n";
define('FROM_INCLUDE', RUNTIME_FLAG . '+include');
const INCLUDE_CONST = 'include-const';
