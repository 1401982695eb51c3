<?php
// Included several times: declares nothing, uses and changes the includer's scope.
$iteration = ($iteration ?? 0) + 1;
echo "body run $iteration, i=$i\n";
return $i * $i;
