<?php
declare(foo='bar');
declare(ticks=1, bogus=2);
echo "script runs after compile warnings\n";
