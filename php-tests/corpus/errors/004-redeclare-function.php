<?php
require __DIR__ . '/inc/declares_fn.php';
echo shared_name(), "\n";
require __DIR__ . '/inc/declares_fn_again.php';
echo "not reached\n";
