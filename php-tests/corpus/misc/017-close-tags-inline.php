<?php $items = ['a', 'b']; ?>
<ul>
<?php foreach ($items as $i): ?>
  <li><?= $i ?></li>
<?php endforeach ?>
</ul>
<?php if (true) { ?>  spaced block <?php } ?>

Newline directly after a close tag is eaten: <?php echo 'x' ?>
y
<?= 'short echo', ' with ', 'commas' ?>

<?php
echo "final php block without close tag\n";
