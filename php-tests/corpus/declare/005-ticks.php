<?php
declare(ticks=1);
$ticks = 0;
register_tick_function(function () use (&$ticks) { $ticks++; });
$a = 1;
$b = 2;
$c = $a + $b;
if ($c) { $d = 4; }
echo "ticks counted: ", $ticks > 3 ? 'several' : $ticks, "\n";
function tick_in_function() { $x = 1; $y = 2; return $x + $y; }
$before = $ticks; tick_in_function(); echo 'ticks inside function: ', $ticks - $before, "\n";
