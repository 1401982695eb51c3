<?php
ob_start();
echo "captured";
$c = ob_get_clean();
echo "got: [$c]\n";
ob_start(fn($buf, $phase) => '<' . strtoupper($buf) . ":$phase>");
echo "callback text";
ob_end_flush();
echo "\n";
ob_start(); echo "level1 "; ob_start(); echo "level2 "; echo ob_get_level(); $inner = ob_get_clean(); $outer = ob_get_clean();
echo json_encode([$inner, $outer]), "\n";
ob_start(null, 4); echo "chunked-output "; ob_end_clean(); echo "(chunks flushed early are visible)\n";
function wrap(callable $f) { ob_start(); try { $f(); return ob_get_contents(); } finally { ob_end_clean(); } }
echo strrev(wrap(function () { echo 'reversed'; })), "\n";
ob_start(function ($b) { return str_replace('secret', '******', $b); });
echo "the secret is out\n";
ob_flush();
echo "another secret\n";
ob_end_flush();
echo json_encode(ob_list_handlers()), ' ', ob_get_level(), "\n";
ob_start(); print_r(['a' => [1]]); var_dump(1.5); $dump = ob_get_clean(); echo md5($dump), ' ', strlen($dump), "\n";
echo print_r([1], true), var_export([true], true), "\n";
ob_start(); echo "left open at exit\n";
