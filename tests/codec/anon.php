<?php
for ($i = 0; $i < 3; $i++) { $o = include __DIR__ . '/anon_inc.php'; echo json_encode(get_class($o)), "\n"; }
