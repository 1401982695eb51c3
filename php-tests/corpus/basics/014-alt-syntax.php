<?php $items = ['red' => 1, 'green' => 2, 'blue' => 3]; $show = true; ?>
<?php if ($show): ?>
List:
<?php foreach ($items as $name => $n): ?>
  - <?= $name ?> (<?= $n ?>)
<?php endforeach; ?>
<?php elseif (false): ?>
never
<?php else: ?>
hidden
<?php endif; ?>
<?php for ($i = 0; $i < 3; $i++): echo $i; endfor; echo "\n"; ?>
<?php $k = 3; while ($k > 0): echo "w$k "; $k--; endwhile; echo "\n"; ?>
<?php switch ($k): ?>
<?php case 0: ?>
k is zero
<?php break; ?>
<?php default: ?>
k is other
<?php endswitch; ?>
<?php if ($k === 0): echo "nested: "; if (true): echo "yes"; else: echo "no"; endif; echo "\n"; endif;
declare(ticks=1): echo "declare block\n"; enddeclare;
