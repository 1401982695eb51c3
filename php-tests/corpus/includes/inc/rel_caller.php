<?php
// 'rel_target.php' is not in the cwd nor on the include_path: PHP finds it in
// this file's own directory.
echo "rel_caller includes rel_target.php\n";
return include 'rel_target.php';
