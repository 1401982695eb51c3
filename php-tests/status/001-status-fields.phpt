--TEST--
kiln_get_status(): fields and their types, with and without the script listing (rows typed when entries exist)
--FILE--
<?php
require __DIR__ . '/status.inc';

function check(string $what, bool $ok): void { kst_check($what, $ok); }
function typed(array $a, array $spec, string $where): void
{
    foreach ($spec as $k => $types) {
        $t = get_debug_type($a[$k] ?? null);
        check("$where.$k is $types", array_key_exists($k, $a) && in_array($t, explode('|', $types), true));
    }
}

function check_status(array $s, string $where): void
{
    typed($s, ['enabled' => 'bool', 'reason' => 'null|string', 'version' => 'string', 'sapi' => 'string',
        'segment' => 'array', 'disk' => 'array', 'memory' => 'array', 'statistics' => 'array'], $where);
    typed($s['segment'], ['name' => 'string', 'attached' => 'bool', 'state' => 'string'], "$where.segment");
    typed($s['disk'], ['enabled' => 'bool', 'state' => 'string'], "$where.disk");
    if ($s['disk']['enabled']) {
        typed($s['disk'], ['entries' => 'int', 'bytes' => 'int'], "$where.disk");
    }
    typed($s['memory'], ['size' => 'int', 'used' => 'int', 'free' => 'int', 'wasted' => 'int'], "$where.memory");
    $m = $s['memory'];
    check("$where.memory: used+free+wasted <= size, all >= 0", min($m) >= 0 && $m['used'] + $m['free'] + $m['wasted'] <= $m['size']);
    $ints = ['scripts_cached', 'scripts_removed', 'hits', 'misses', 'compiles', 'process_compiles', 'revalidated_by_content', 'evictions',
        'invalidations', 'checksum_failures', 'resets', 'lock_recoveries', 'start_time', 'last_reset_time'];
    typed($s['statistics'], array_fill_keys($ints, 'int') + ['hit_rate' => 'float'], "$where.statistics");
    $st = $s['statistics'];
    check("$where.statistics: counters >= 0", min(array_map(fn($k) => $st[$k], $ints)) >= 0);
    check("$where.statistics: 0 <= hit_rate <= 100", $st['hit_rate'] >= 0 && $st['hit_rate'] <= 100);
    check("$where.statistics: last_reset_time >= start_time > 0", $st['start_time'] > 0 && $st['last_reset_time'] >= $st['start_time']);
    check("$where.statistics: no unexpected key", array_diff(array_keys($st), array_merge($ints, ['hit_rate'])) === []);
    if (isset($s['scripts'])) {
        check("$where.scripts is a list", array_is_list($s['scripts']));
        foreach ($s['scripts'] as $i => $r) {
            typed($r, ['path' => 'string', 'tier' => 'string', 'raw_size' => 'int', 'stored_size' => 'int', 'compressed' => 'bool',
                'hits' => 'int', 'last_used' => 'int', 'created' => 'int', 'mtime' => 'int', 'size' => 'int'], "$where.scripts[row]");
            check("$where.scripts[row].tier is shm|disk|shm+disk", in_array($r['tier'], ['shm', 'disk', 'shm+disk'], true));
        }
    }
}

// This process (the harness's segment).
$s = kiln_get_status();
check_status($s, 'status');
check('status has scripts by default', isset($s['scripts']));
check('status(false) has no scripts', !array_key_exists('scripts', kiln_get_status(false)));
check('status is enabled in the CLI', $s['enabled'] === true && $s['reason'] === null && $s['sapi'] === 'cli');

// A fresh segment with entries (compiled once the codec has landed; planted in the disk tier until then).
$env = kst_env('fields');
$files = [];
foreach (['a', 'b'] as $n) {
    $files[] = $f = $env['docroot'] . "/$n.php";
    file_put_contents($f, "<?php\nfunction f_$n() { return '$n'; }\n");
}
$mode = kst_warm($env, $files);
echo "warm: ", str_starts_with($mode, 'skip') ? 'skipped' : 'ok', "\n";
if (str_starts_with($mode, 'skip')) {
    fwrite(STDERR, "$mode\n");
}
$s2 = kst_status($env);
check_status($s2, 'fresh');
check('fresh: state created or attached', in_array($s2['segment']['state'], ['created', 'attached'], true));
check('fresh: memory size is kiln.shm_size (8M)', $s2['memory']['size'] === 8 << 20);
$paths = array_column($s2['scripts'], 'path');
check('fresh: every warmed script is listed', str_starts_with($mode, 'skip') || array_diff(array_map('realpath', $files), $paths) === []);
kst_cleanup($env);
kst_report();
?>
--EXPECT--
warm: ok
checks: all passed
