<?php
echo "exits.php: calling exit()\n";
exit();
echo "not reached\n";
