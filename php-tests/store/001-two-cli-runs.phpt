--TEST--
Two separate CLI runs: the second is served from shared memory (a hit, no compile), byte-identical output
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('two');
$lib = $c['dir'] . '/lib.php';
$main = $c['dir'] . '/main.php';
kt_write($lib, '<?php function greet(string $w): string { return "hello $w from " . basename(__FILE__) . ":" . __LINE__; } class K { const V = [1, 2, 3]; }');
kt_write($main, '<?php require __DIR__ . "/lib.php"; echo greet("kiln"), " ", array_sum(K::V), "\n"; trigger_error("a notice", E_USER_NOTICE);');
[$base] = kt_php(['-d', 'display_errors=1', $main]);
$first = kt_run($c, $main);
$s1 = kt_status($c);
$second = kt_run($c, $main);
$s2 = kt_status($c);
echo $base;
var_dump($first === $base, $second === $base);
var_dump($s1['statistics']['misses'], $s1['statistics']['compiles'], $s1['statistics']['scripts_cached']);
var_dump($s2['statistics']['hits'] - $s1['statistics']['hits'], $s2['statistics']['compiles'] - $s1['statistics']['compiles']);
$tiers = array_column($s2['scripts'], 'tier', 'path');
var_dump($tiers[realpath($lib)], $tiers[realpath($main)]);
kt_cleanup($c);
?>
--EXPECTF--
hello kiln from lib.php:1 6

Notice: a notice in %smain.php on line 1
bool(true)
bool(true)
int(2)
int(2)
int(2)
int(2)
int(0)
string(8) "shm+disk"
string(8) "shm+disk"
