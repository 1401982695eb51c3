<?php
$fp = fopen(__FILE__, 'r');
fseek($fp, __COMPILER_HALT_OFFSET__);
$payload = trim(stream_get_contents($fp));
fclose($fp);
return "included payload: [$payload]";
__halt_compiler() ?>
payload of the included file
