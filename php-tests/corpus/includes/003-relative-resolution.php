<?php
// The runner starts this script with the cwd set to its directory.
echo 'cwd is script dir: ', var_export(getcwd() === __DIR__, true), "\n";
echo include 'inc/sub/x.php', "\n";            // relative to cwd ('.' on include_path)
echo include './inc/sub/x.php', "\n";          // explicitly relative to cwd
echo include 'inc/rel_caller.php', "\n";       // nested relative include via the includer's dir
chdir(__DIR__ . '/inc');
echo include 'sub/x.php', "\n";                // cwd changed: resolves against the new cwd
chdir(__DIR__);
echo json_encode(array_map('basename', get_included_files())), "\n";
