<?php
echo "before\n";
include __DIR__ . '/perr_inc.php';
echo "after\n";
