<?php
echo "before\n";
exit("exit with a string message (exit code 0)\n");
