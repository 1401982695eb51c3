<?php
// Kiln benchmark: cache status of this FPM pool as JSON (copied into the
// generated docroot as /gen/_status.php; only the harness requests it).
header('Content-Type: application/json');
$o = null;
if (function_exists('opcache_get_status')) {
    $s = @opcache_get_status(false);
    if (is_array($s)) {
        $o = [
            'enabled' => $s['opcache_enabled'] ?? false,
            'used' => $s['memory_usage']['used_memory'] ?? 0,
            'wasted' => $s['memory_usage']['wasted_memory'] ?? 0,
            'interned_used' => $s['interned_strings_usage']['used_memory'] ?? 0,
            'scripts' => $s['opcache_statistics']['num_cached_scripts'] ?? 0,
            'hits' => $s['opcache_statistics']['hits'] ?? 0,
            'misses' => $s['opcache_statistics']['misses'] ?? 0,
        ];
    }
}
$k = null;
if (function_exists('kiln_get_status')) {
    $s = kiln_get_status(false);
    if (is_array($s)) {
        $k = [
            'enabled' => $s['enabled'] ?? false,
            'reason' => $s['reason'] ?? null,
            'used' => $s['memory']['used'] ?? 0,
            'scripts' => $s['statistics']['scripts_cached'] ?? 0,
            'hits' => $s['statistics']['hits'] ?? 0,
            'misses' => $s['statistics']['misses'] ?? 0,
            'compiles' => $s['statistics']['compiles'] ?? 0,
            'disk_bytes' => $s['disk']['bytes'] ?? 0,
        ];
    }
}
echo json_encode(['sapi' => PHP_SAPI, 'pid' => getmypid(), 'opcache' => $o, 'kiln' => $k]), "\n";
