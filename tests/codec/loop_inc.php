<?php
if (!function_exists('once_fn')) { function once_fn() { return 'o'; } }
$o = new class { public $v = 'A'; };
return once_fn() . $o->v . (static function () { static $c = 0; return ++$c; })();
