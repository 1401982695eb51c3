<?php
echo "start\n";
include __DIR__ . '/cerr_inc.php';
