<?php
foreach (['return 1 +;', 'class { }', 'function () {', 'return "ok";', '$x = ;', 'return __LINE__ . " " . __FILE__ === "" ? "x" : "line+file";'] as $code) {
    try { $r = eval($code); echo 'ok: ', var_export($r, true), "\n"; }
    catch (ParseError $e) { echo 'ParseError: ', $e->getMessage(), ' (line ', $e->getLine(), ")\n"; }
}
try { eval('function dup_eval() {} function dup_eval() {}'); } catch (Error $e) { echo get_class($e); }
echo "not reached\n";
