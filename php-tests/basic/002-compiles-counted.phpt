--TEST--
The compile hook is installed, chained and counts compiles; behaviour unchanged
--FILE--
<?php
$before = kiln_get_status()['statistics']['process_compiles'];
$f = sys_get_temp_dir() . '/kiln-phpt-inc-' . getmypid() . '.php';
file_put_contents($f, '<?php return __LINE__ + 40;');
var_dump(include $f);
var_dump(include $f);
unlink($f);
var_dump(kiln_get_status()['statistics']['process_compiles'] - $before);
eval('echo "eval is not a file compile\n";');
var_dump(kiln_get_status()['statistics']['process_compiles'] - $before);
?>
--EXPECT--
int(41)
int(41)
int(2)
eval is not a file compile
int(2)
