<?php
echo "never printed\n";
$x = [1, 2;
echo "also never\n";
