<?php $x = $_SERVER; echo "a\n";
