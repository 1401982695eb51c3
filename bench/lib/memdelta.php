<?php
// Kiln benchmark: cache bytes per page from the status snapshots of one mode.
//   php -n memdelta.php MODE WEB_DIR PAGE...
// WEB_DIR/status-0.json is the baseline (only _status.php has run),
// status-N.json was taken after page N had been requested. Prints
// results.tsv lines: mem PAGE MODE cache_bytes 1 BYTES (and "all"), plus
// whether the cache reported itself active.
declare(strict_types=1);

[$self, $mode, $dir] = array_slice($argv, 0, 3);
$pages = array_slice($argv, 3);
$read = static function (int $n) use ($dir): array {
    $j = json_decode((string)@file_get_contents("$dir/status-$n.json"), true);
    if (!is_array($j)) {
        fwrite(STDERR, "memdelta: no status in $dir/status-$n.json\n");
        exit(1);
    }
    return $j;
};
$bytes = static function (array $s) use ($mode): int {
    if (str_starts_with($mode, 'kiln')) {
        return (int)($s['kiln']['used'] ?? 0);
    }
    return (int)($s['opcache']['used'] ?? 0) + (int)($s['opcache']['interned_used'] ?? 0);
};
$prev = $read(0);
$first = $prev;
foreach ($pages as $i => $page) {
    $cur = $read($i + 1);
    printf("mem\t%s\t%s\tcache_bytes\t1\t%d\n", $page, $mode, $bytes($cur) - $bytes($prev));
    $prev = $cur;
}
printf("mem\tall\t%s\tcache_bytes\t1\t%d\n", $mode, $bytes($prev) - $bytes($first));
if (str_starts_with($mode, 'kiln')) {
    $k = $prev['kiln'] ?? [];
    printf("mem\tall\t%s\tkiln_enabled\t1\t%d\n", $mode, !empty($k['enabled']));
    printf("mem\tall\t%s\tkiln_scripts\t1\t%d\n", $mode, (int)($k['scripts'] ?? 0));
    printf("mem\tall\t%s\tkiln_hits\t1\t%d\n", $mode, (int)($k['hits'] ?? 0));
    printf("mem\tall\t%s\tkiln_disk_bytes\t1\t%d\n", $mode, (int)($k['disk_bytes'] ?? 0) - (int)($first['kiln']['disk_bytes'] ?? 0));
} else {
    printf("mem\tall\t%s\tscripts\t1\t%d\n", $mode, (int)($prev['opcache']['scripts'] ?? 0));
}
