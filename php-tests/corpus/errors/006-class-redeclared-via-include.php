<?php
include __DIR__ . '/inc/declares_class.php';
echo OnlyOnce::WHERE, "\n";
include __DIR__ . '/inc/declares_class.php';
echo "not reached\n";
