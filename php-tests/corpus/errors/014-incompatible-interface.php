<?php
echo "start\n";
interface Shape { public function area(): float; }
class Bad implements Shape { public function area(int $precision): float { return 1.0; } }
echo "not reached\n";
