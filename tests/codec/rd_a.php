<?php function dup_fn() { return 1; }
