--TEST--
A segment far smaller than the working set: every script runs correctly, evictions and disk-tier hits are counted, memory stays within the segment
--FILE--
<?php
require __DIR__ . '/../inc/kiln.inc';
$c = kt_cache('small');
$n = 80;
$main = $c['dir'] . '/main.php';
$code = '<?php $t = 0;';
for ($i = 0; $i < $n; $i++) {
    // Distinct code per file so compression cannot make them tiny.
    $body = "<?php\nfunction f$i(\$x) {\n";
    for ($j = 0; $j < 250; $j++) $body .= "    \$x = \$x * 31 + " . (($i * 977 + $j * 131) % 10007) . " ^ strlen('" . bin2hex(random_bytes(8)) . "');\n";
    $body .= "    return \$x % 1000003;\n}\nreturn f$i($i);\n";
    kt_write($c['dir'] . "/s$i.php", $body);
    $code .= "\$t += include __DIR__ . '/s$i.php';";
}
kt_write($main, $code . ' echo "total ", $t, "\n";');
[$base] = kt_php([$main]);
$ini = ['kiln.shm_size' => '1M', 'kiln.shm_max' => '64K'];
$outs = [];
for ($r = 0; $r < 3; $r++) $outs[] = kt_run($c, $main, $ini);
$s = kt_status($c, $ini);
var_dump($outs[0] === $base, $outs[1] === $base, $outs[2] === $base);
$st = $s['statistics'];
echo "evictions > 0: ", var_export($st['evictions'] > 0, true), "\n";
echo "scripts cached < $n: ", var_export($st['scripts_cached'] < $n, true), "\n";
echo "used <= size: ", var_export($s['memory']['used'] + $s['memory']['free'] + $s['memory']['wasted'] <= $s['memory']['size'], true), "\n";
echo "disk entries >= $n: ", var_export($s['disk']['entries'] >= $n, true), "\n";
echo "consistent: ", var_export($s['segment']['consistent'], true), "\n";
// A brand-new segment on the same disk tier starts warm from disk.
$c2 = $c; $c2['name'] .= '-b';
echo kt_run($c2, $main, $ini) === $base ? "new segment: same output\n" : "new segment: DIFFERENT\n";
$s2 = kt_status($c2, $ini);
echo "new segment compiles: ", $s2['statistics']['compiles'], "\n";
echo "served from disk: ", var_export($s2['statistics']['hits'] >= $n, true), "\n";
kt_cleanup($c, [$c2['name']]);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
evictions > 0: true
scripts cached < 80: true
used <= size: true
disk entries >= 80: true
consistent: true
new segment: same output
new segment compiles: 0
served from disk: true
