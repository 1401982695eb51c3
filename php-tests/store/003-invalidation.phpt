--TEST--
Touching or rewriting a file invalidates it; a symlink switch picks up the new target; a file newer than file_update_protection is not cached
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('inval');
$f = $c['dir'] . '/v.php';
kt_write($f, '<?php echo "version 1\n";', 100);
echo kt_run($c, $f), kt_run($c, $f);
// Same size, same content length, new mtime.
kt_write($f, '<?php echo "version 2\n";', 50);
echo kt_run($c, $f);
// Same size, rewritten in place with its mtime set back to version 2's:
// only the change time (ctime) tells the versions apart.
file_put_contents($f, '<?php echo "version 3\n";');
touch($f, time() - 50);
echo kt_run($c, $f);
// A different size, mtime restored to the cached one.
kt_write($f, '<?php echo "version four\n";', 50);
echo kt_run($c, $f);

// Symlink deploy: current -> r1, then current -> r2.
foreach (['r1', 'r2'] as $r) kt_write($c['dir'] . "/$r/app.php", "<?php echo 'release $r: ', __FILE__ === realpath(__FILE__) ? 'realpath' : 'link', \"\\n\";");
symlink($c['dir'] . '/r1', $c['dir'] . '/current');
$entry = $c['dir'] . '/current/app.php';
echo kt_run($c, $entry), kt_run($c, $entry);
unlink($c['dir'] . '/current');
symlink($c['dir'] . '/r2', $c['dir'] . '/current');
echo kt_run($c, $entry);

// kiln.file_update_protection: a just-written file runs but is not cached.
$fresh = $c['dir'] . '/fresh.php';
file_put_contents($fresh, '<?php echo "fresh\n";');
echo kt_run($c, $fresh, ['kiln.file_update_protection' => '30']);
[$o] = kt_php(array_merge(kt_args($c, ['kiln.file_update_protection' => '30']), ['-r', 'var_dump(kiln_is_script_cached($argv[1]));', $fresh]));
echo "fresh cached: $o";
// Protection counts from the last change (ctime), which touch() cannot set
// back: the same file is cached once the protection window allows it.
echo kt_run($c, $fresh, ['kiln.file_update_protection' => '0']);
[$o] = kt_php(array_merge(kt_args($c), ['-r', 'var_dump(kiln_is_script_cached($argv[1]));', $fresh]));
echo "cached without protection: $o";
$s = kt_status($c);
echo "scripts cached: ", $s['statistics']['scripts_cached'], ", removed: ", $s['statistics']['scripts_removed'], "\n";
kt_cleanup($c);
?>
--EXPECT--
version 1
version 1
version 2
version 3
version four
release r1: realpath
release r1: realpath
release r2: realpath
fresh
fresh cached: bool(false)
fresh
cached without protection: bool(true)
scripts cached: 4, removed: 3
