<?php
echo "exiting with 3\n";
register_shutdown_function(fn() => print("shutdown before exit code\n"));
exit(3);
