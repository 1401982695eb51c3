--TEST--
Status page ?format=prometheus: text exposition format 0.0.4 checked line by line, values equal the status
--FILE--
<?php
require __DIR__ . '/status.inc';

/**
 * Checks a Prometheus text exposition (format 0.0.4). Returns a list of
 * problems and fills $samples (name => [labels string => value]) and
 * $types (family => type).
 */
function prom_check(string $text, ?array &$samples, ?array &$types): array
{
    $errors = [];
    $samples = $types = $help = [];
    $name = '[a-zA-Z_:][a-zA-Z0-9_:]*';
    $label = '[a-zA-Z_][a-zA-Z0-9_]*';
    $value = '(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]?Inf|NaN)';
    $labelValue = '"(?:[^"\\\\\n]|\\\\[\\\\"n])*"';
    $seenFamilies = [];   // in order of first sample
    $current = null;
    if ($text === '' || !str_ends_with($text, "\n")) {
        $errors[] = 'output is empty or does not end with a newline';
    }
    foreach (explode("\n", rtrim($text, "\n")) as $i => $line) {
        $n = $i + 1;
        if ($line === '') {
            $errors[] = "line $n: empty line";
            continue;
        }
        if ($line[0] === '#') {
            if (preg_match("/^# (HELP|TYPE) ($name)(?: (.*))?$/", $line, $m)) {
                [, $kind, $fam, $rest] = $m + [3 => ''];
                if ($kind === 'HELP') {
                    if (isset($help[$fam])) $errors[] = "line $n: second HELP for $fam";
                    if (preg_match('/\\\\[^\\\\n]/', $rest)) $errors[] = "line $n: bad escape in HELP";
                    if ($rest === '') $errors[] = "line $n: empty HELP for $fam";
                    $help[$fam] = $rest;
                } else {
                    if (isset($types[$fam])) $errors[] = "line $n: second TYPE for $fam";
                    if (!in_array($rest, ['counter', 'gauge', 'histogram', 'summary', 'untyped'], true)) $errors[] = "line $n: bad type '$rest'";
                    if (isset($seenFamilies[$fam])) $errors[] = "line $n: TYPE after samples of $fam";
                    $types[$fam] = $rest;
                }
                continue;
            }
            if (preg_match('/^# (HELP|TYPE)\b/', $line)) {
                $errors[] = "line $n: malformed $line";
            }
            continue; // other comments are allowed
        }
        if (!preg_match("/^($name)(\\{(?:$label=$labelValue(?:,$label=$labelValue)*,?)?\\})? ($value)(?: (-?\\d+))?$/", $line, $m)) {
            $errors[] = "line $n: malformed sample: $line";
            continue;
        }
        [, $metric, $labels, $v] = $m + [2 => '', 3 => ''];
        if (isset($samples[$metric][$labels])) $errors[] = "line $n: duplicate sample $metric$labels";
        if ($labels !== '') {
            preg_match_all("/($label)=/", $labels, $lm);
            if (count($lm[1]) !== count(array_unique($lm[1]))) $errors[] = "line $n: repeated label name";
        }
        $samples[$metric][$labels] = $v;
        $fam = $metric;
        if (isset($seenFamilies[$fam]) && $current !== $fam) $errors[] = "line $n: samples of $fam are not contiguous";
        $seenFamilies[$fam] = true;
        $current = $fam;
        if (!isset($types[$fam]) || !isset($help[$fam])) $errors[] = "line $n: $fam has no HELP/TYPE before its sample";
        if (($types[$fam] ?? '') === 'counter' && !str_ends_with($fam, '_total')) $errors[] = "line $n: counter $fam does not end in _total";
        if (($types[$fam] ?? '') !== 'counter' && str_ends_with($fam, '_total')) $errors[] = "line $n: $fam ends in _total but is not a counter";
        if (($types[$fam] ?? '') === 'counter' && (float)$v < 0) $errors[] = "line $n: negative counter";
    }
    foreach (array_keys($types + $help) as $fam) {
        if (!isset($seenFamilies[$fam])) $errors[] = "family $fam has no sample";
    }
    return $errors;
}

// The checker itself, on known-bad input.
$bad = "# HELP a_total x\n# TYPE a_total counter\na_total 1\n# TYPE b gauge\nb{x=\"1\"} 2\n9bad 1\nc_total 3\n# HELP a_total again\na_total 4\n";
$problems = prom_check($bad, $s0, $t0);
echo "checker rejects bad input: ", count($problems) >= 4 ? 'yes' : 'no: ' . implode(' / ', $problems), "\n";

$env = kst_env('prom');
kst_install_page($env);
file_put_contents($env['docroot'] . '/dump.php', '<?php echo serialize(kiln_get_status());');
$files = [$env['docroot'] . '/p1.php', $env['docroot'] . '/p2.php'];
foreach ($files as $f) {
    file_put_contents($f, "<?php return __FILE__;\n");
}
$mode = kst_warm($env, $files);
kst_php($env, 'echo serialize(kiln_reset());');
$mode = kst_warm($env, $files);   // again after the reset: resets_total is 1
$srv = kst_server_start($env);
try {
    foreach ([1, 2] as $_) {
        kst_http($srv, 'GET', '/kiln-status.php?format=prometheus');
        kst_http($srv, 'GET', '/dump.php');
    }
    $r = kst_http($srv, 'GET', '/kiln-status.php?format=prometheus');
    $st = unserialize(kst_http($srv, 'GET', '/dump.php')['body']);
    kst_check('status 200', $r['status'] === 200);
    kst_check('Content-Type text/plain; version=0.0.4', str_starts_with($r['headers']['content-type'][0] ?? '', 'text/plain; version=0.0.4'));
    $problems = prom_check($r['body'], $samples, $types);
    foreach ($problems as $p) {
        kst_check("exposition: $p", false);
    }
    $one = fn(string $m) => isset($samples[$m]) && count($samples[$m]) === 1 ? (float)reset($samples[$m]) : null;
    $expect = [
        'kiln_loaded' => ['gauge', 1],
        'kiln_enabled' => ['gauge', 1],
        'kiln_memory_size_bytes' => ['gauge', $st['memory']['size']],
        'kiln_memory_used_bytes' => ['gauge', $st['memory']['used']],
        'kiln_memory_free_bytes' => ['gauge', $st['memory']['free']],
        'kiln_memory_wasted_bytes' => ['gauge', $st['memory']['wasted']],
        'kiln_scripts_cached' => ['gauge', $st['statistics']['scripts_cached']],
        'kiln_hits_total' => ['counter', null],
        'kiln_misses_total' => ['counter', null],
        'kiln_compiles_total' => ['counter', null],
        'kiln_revalidated_by_content_total' => ['counter', $st['statistics']['revalidated_by_content']],
        'kiln_hit_ratio' => ['gauge', null],
        'kiln_scripts_removed_total' => ['counter', $st['statistics']['scripts_removed']],
        'kiln_evictions_total' => ['counter', $st['statistics']['evictions']],
        'kiln_invalidations_total' => ['counter', $st['statistics']['invalidations']],
        'kiln_checksum_failures_total' => ['counter', $st['statistics']['checksum_failures']],
        'kiln_resets_total' => ['counter', 1],
        'kiln_lock_recoveries_total' => ['counter', $st['statistics']['lock_recoveries']],
        'kiln_start_time_seconds' => ['gauge', $st['statistics']['start_time']],
        'kiln_last_reset_time_seconds' => ['gauge', $st['statistics']['last_reset_time']],
        'kiln_disk_enabled' => ['gauge', 1],
        'kiln_disk_entries' => ['gauge', $st['disk']['entries']],
        'kiln_disk_bytes' => ['gauge', $st['disk']['bytes']],
        'kiln_scripts_listed' => ['gauge', count($st['scripts'])],
        'kiln_scripts_raw_bytes' => ['gauge', array_sum(array_column($st['scripts'], 'raw_size'))],
        'kiln_scripts_stored_bytes' => ['gauge', array_sum(array_column($st['scripts'], 'stored_size'))],
    ];
    foreach ($expect as $m => [$type, $v]) {
        kst_check("$m is a $type", ($types[$m] ?? null) === $type);
        kst_check("$m has one sample", $one($m) !== null);
        if ($v !== null) {
            kst_check("$m = $v (got " . var_export($one($m), true) . ')', $one($m) === (float)$v);
        }
    }
    kst_check('hits/misses/compiles >= the status before', $one('kiln_hits_total') >= 0 && $one('kiln_compiles_total') >= 0);
    kst_check('hit ratio in 0..1', $one('kiln_hit_ratio') >= 0 && $one('kiln_hit_ratio') <= 1);
    kst_check('raw >= 0 and warmed entries counted', str_starts_with($mode, 'skip') || $one('kiln_scripts_listed') >= 2);
    $info = array_key_first($samples['kiln_info'] ?? []);
    kst_check('kiln_info labels', is_string($info) && str_contains($info, 'sapi="cli-server"') && str_contains($info, 'segment="/' . $env['shm'] . '"'));
} finally {
    kst_server_stop($srv);
}

// Not loaded: still valid, kiln_loaded 0.
$srv = kst_server_start($env, false);
try {
    $r = kst_http($srv, 'GET', '/kiln-status.php?format=prometheus');
    kst_check('not loaded: valid exposition', prom_check($r['body'], $samples, $types) === []);
    kst_check('not loaded: kiln_loaded 0', ($samples['kiln_loaded'][''] ?? null) === '0' && count($samples) === 1);
} finally {
    kst_server_stop($srv);
}
kst_cleanup($env);
kst_report();
?>
--EXPECT--
checker rejects bad input: yes
checks: all passed
