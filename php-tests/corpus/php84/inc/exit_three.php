<?php
echo "in the included file\n";
function leave(int $code): never { echo "leaving with $code\n"; exit($code); }
if (!defined('NO_EXIT')) leave(3);
