<?php
// inc/linked is a symlink to inc/sub: the same file reached by two paths.
function rel(string $p): string { return str_replace(__DIR__, '', $p); }
echo include __DIR__ . '/inc/linked/x.php', "\n";
echo include __DIR__ . '/inc/sub/x.php', "\n";
var_dump(include_once __DIR__ . '/inc/linked/x.php');
var_dump(include_once __DIR__ . '/inc/sub/x.php');
echo json_encode(array_map('rel', get_included_files())), "\n";
echo rel(realpath(__DIR__ . '/inc/linked/x.php')), "\n";
