--TEST--
Processes with a different compile configuration (short_open_tag, precision) share the segment without recreating it, and never run each other's compiles
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('cfg');
$d = $c['dir'];
kt_write("$d/t.php", "<? echo 'short tag on'; ?>\n<?php echo ' | ', 'p=' . 1/3, \"\\n\";\n");
$plain = fn(array $ini) => kt_php(array_merge(array_merge(...array_map(fn($k, $v) => ['-d', "$k=$v"], array_keys($ini), $ini)), ["$d/t.php"]))[0];
$kiln = function (array $ini) use ($c, $d) { [$o, $e] = kt_php(array_merge(kt_args($c, $ini), ["$d/t.php"])); return $o . $e; };
$configs = [['short_open_tag' => '1', 'precision' => '14'], ['short_open_tag' => '0', 'precision' => '14'], ['short_open_tag' => '1', 'precision' => '4']];
$ok = true;
for ($round = 0; $round < 2; $round++) {
    foreach ($configs as $i => $ini) {
        $want = $plain($ini);
        $got = $kiln($ini);
        if ($got !== $want) { $ok = false; echo "config $i round $round: got ", var_export($got, true), " want ", var_export($want, true), "\n"; }
        if ($round === 0) echo "config $i: ", trim($want), "\n";
    }
}
echo "all identical, no warning: ", var_export($ok, true), "\n";
$s = kt_status($c);
echo "segment: ", $s['segment']['state'], "\n";
kt_cleanup($c);
?>
--EXPECTF--
config 0: short tag on | p=0.33333333333333
config 1: <? echo 'short tag on'; ?>
 | p=0.33333333333333
config 2: short tag on | p=0.3333
all identical, no warning: true
segment: %s
