<?php
// PHP 8.1+: writing to $GLOBALS as a whole is a compile-time error.
echo "never printed\n";
$GLOBALS = [];
