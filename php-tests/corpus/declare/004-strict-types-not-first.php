<?php
echo "never\n";
declare(strict_types=1);
