<?php
echo "start\n";
function typed(int $x) {}
try { typed('abc'); } catch (TypeError $e) { echo "caught first\n"; }
typed([]);
