<?php
echo isset($_SERVER['SCRIPT_FILENAME']) ? "have server\n" : "no server\n";
echo gettype($_ENV), "\n";
