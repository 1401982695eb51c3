<?php
/**
 * Kiln status page: HTML (default), ?format=json, ?format=prometheus.
 * Self-contained: no external CSS, JS or fonts. Drop it anywhere PHP serves
 * (protect it like any admin page) or require it from a page of yours.
 */
declare(strict_types=1);

function kiln_status_h(mixed $v): string
{
    return htmlspecialchars((string)$v, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
}

function kiln_status_bytes(int|float $n): string
{
    $u = ['B', 'KiB', 'MiB', 'GiB'];
    $i = 0;
    while ($n >= 1024 && $i < count($u) - 1) { $n /= 1024; $i++; }
    return ($i ? number_format($n, 1) : (string)$n) . ' ' . $u[$i];
}

/** Prometheus text exposition of the status array. */
function kiln_status_prometheus(array $s): string
{
    $out = '';
    $metric = function (string $name, string $type, string $help, int|float $value) use (&$out) {
        $out .= "# HELP $name $help\n# TYPE $name $type\n$name " . (is_float($value) ? sprintf('%.6F', $value) : $value) . "\n";
    };
    $metric('kiln_enabled', 'gauge', 'Whether Kiln caches in this SAPI (1) or stood down (0).', $s['enabled'] ? 1 : 0);
    $metric('kiln_memory_size_bytes', 'gauge', 'Size of the shared-memory segment.', $s['memory']['size']);
    $metric('kiln_memory_used_bytes', 'gauge', 'Bytes of the segment holding cached scripts.', $s['memory']['used']);
    $metric('kiln_memory_free_bytes', 'gauge', 'Free bytes in the segment.', $s['memory']['free']);
    $metric('kiln_memory_wasted_bytes', 'gauge', 'Bytes of dead entries not yet reclaimed.', $s['memory']['wasted']);
    $st = $s['statistics'];
    $metric('kiln_scripts_cached', 'gauge', 'Scripts currently cached in shared memory.', $st['scripts_cached']);
    $metric('kiln_scripts_removed_total', 'counter', 'Scripts removed (replaced, evicted or invalidated).', $st['scripts_removed']);
    $metric('kiln_hits_total', 'counter', 'Compiles served from the cache.', $st['hits']);
    $metric('kiln_misses_total', 'counter', 'Compiles not found in the cache.', $st['misses']);
    $metric('kiln_compiles_total', 'counter', 'Scripts compiled by PHP.', $st['compiles']);
    $metric('kiln_evictions_total', 'counter', 'Entries evicted to make room.', $st['evictions']);
    $metric('kiln_invalidations_total', 'counter', 'Entries invalidated.', $st['invalidations']);
    $metric('kiln_checksum_failures_total', 'counter', 'Damaged entries detected and dropped.', $st['checksum_failures']);
    $metric('kiln_resets_total', 'counter', 'Whole-cache resets.', $st['resets']);
    $metric('kiln_start_time_seconds', 'gauge', 'Unix time the segment was created.', $st['start_time']);
    return $out;
}

function kiln_status_main(): void
{
    $format = $_GET['format'] ?? 'html';
    $loaded = extension_loaded('kiln');
    $s = $loaded ? kiln_get_status() : false;

    if ($format === 'json') {
        header('Content-Type: application/json');
        echo json_encode($loaded ? $s : ['loaded' => false, 'error' => 'Kiln is not loaded'], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
        return;
    }
    if ($format === 'prometheus') {
        header('Content-Type: text/plain; version=0.0.4');
        echo is_array($s) ? kiln_status_prometheus($s) : "# Kiln is not loaded\n";
        return;
    }

    header('Content-Type: text/html; charset=UTF-8');
    $refresh = isset($_GET['refresh']) ? max(1, (int)$_GET['refresh']) : 0;
    echo "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Kiln status</title>\n";
    if ($refresh) echo "<meta http-equiv=\"refresh\" content=\"$refresh\">\n";
    echo <<<'CSS'
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#222;max-width:70em}
h1{font-size:1.5em;margin:0 0 .3em} .muted{color:#666}
.bar{display:flex;height:1.4em;border:1px solid #999;border-radius:3px;overflow:hidden;margin:.5em 0}
.bar span{display:block}.used{background:#d9642b}.wasted{background:#999}.free{background:#e8eef3}
table{border-collapse:collapse;margin:1em 0}td,th{padding:.25em .8em;border-bottom:1px solid #ddd;text-align:left}
td.n{text-align:right;font-variant-numeric:tabular-nums}.warn{background:#fff3cd;padding:.6em;border:1px solid #e0c36c}
</style></head><body>
CSS;
    echo "<h1>Kiln opcode cache</h1>\n";
    if (!$loaded) {
        echo "<p class=\"warn\" id=\"state\">Kiln is not loaded in this PHP (" . kiln_status_h(PHP_SAPI) . "). Add <code>extension=kiln.so</code> to php.ini.</p></body></html>\n";
        return;
    }
    if ($s === false) {
        echo "<p class=\"warn\" id=\"state\">The Kiln API is restricted by kiln.restrict_api for this script.</p></body></html>\n";
        return;
    }
    if (!$s['enabled']) {
        echo '<p class="warn" id="state">Kiln is loaded but not caching: ' . kiln_status_h($s['reason']) . "</p>\n";
    } else {
        echo '<p id="state">Enabled · ' . kiln_status_h($s['sapi']) . ' · segment <code>' . kiln_status_h($s['segment']['name']) . '</code> (' . kiln_status_h($s['segment']['state']) . ")</p>\n";
    }
    $m = $s['memory'];
    $size = max(1, $m['size']);
    $pct = fn($v) => sprintf('%.3f', 100 * $v / $size);
    echo '<div class="bar" title="used / wasted / free"><span class="used" style="width:' . $pct($m['used']) . '%"></span><span class="wasted" style="width:' . $pct($m['wasted']) . '%"></span><span class="free" style="width:' . $pct($m['free']) . "%\"></span></div>\n";
    echo "<table id=\"memory\"><tr><th>Memory</th><th>bytes</th><th></th></tr>\n";
    foreach (['size', 'used', 'free', 'wasted'] as $k) {
        echo '<tr><td>' . $k . '</td><td class="n" data-key="memory.' . $k . '">' . (int)$m[$k] . '</td><td class="muted">' . kiln_status_bytes($m[$k]) . "</td></tr>\n";
    }
    echo "</table>\n<table id=\"statistics\"><tr><th>Statistic</th><th>value</th></tr>\n";
    foreach ($s['statistics'] as $k => $v) {
        $shown = is_float($v) ? sprintf('%.1f%%', $v) : (str_ends_with($k, '_time') && $v ? gmdate('Y-m-d H:i:s', $v) . ' UTC' : $v);
        echo '<tr><td>' . kiln_status_h($k) . '</td><td class="n" data-key="statistics.' . kiln_status_h($k) . '">' . kiln_status_h($shown) . "</td></tr>\n";
    }
    echo "</table>\n<p class=\"muted\">Kiln " . kiln_status_h($s['version']) . ' · <a href="?format=json">JSON</a> · <a href="?format=prometheus">Prometheus</a> · <a href="?refresh=5">auto-refresh</a></p>' . "\n</body></html>\n";
}

kiln_status_main();
