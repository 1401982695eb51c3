<?php
include __DIR__ . '/ag_inc.php';
echo count($GLOBALS) > 0 ? "g\n" : "";
echo implode(",", array_keys($GLOBALS)), "\n";
