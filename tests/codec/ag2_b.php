<?php echo "b sees ", count($_SERVER) > 3 ? "server" : "nothing", "\n";
