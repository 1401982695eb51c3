<?php
class StrictParent { public function run(int $x): int { return $x; } }
