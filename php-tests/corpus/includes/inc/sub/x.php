<?php
echo "inc/sub/x.php executing\n";
return 'sub-x';
