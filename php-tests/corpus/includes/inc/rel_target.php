<?php
echo "rel_target.php in inc/ executing\n";
return 'found via the including script directory';
