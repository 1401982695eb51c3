<?php
echo "b runs\n";
function dup_fn() {
  return 2;
}
