<?php
echo "once.php executing\n";
$onceCount = ($onceCount ?? 0) + 1;
return 'once-value';
