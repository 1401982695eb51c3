<?php
/**
 * The `kiln` command: the cache of this user's PHP processes (FPM workers,
 * php-cgi, CLI), from a terminal. Run by cli/kiln, which loads the
 * extension with kiln.enable_cli=1; Kiln's segment is shared by every
 * process of one user and PHP build, so a CLI process reads and changes the
 * same cache the FPM pool serves from. See `kiln help`.
 */
declare(strict_types=1);

const KILN_CLI_USAGE = <<<'TXT'
usage: kiln [-d name=value ...] COMMAND [ARGS]

  status [--json] [--top N]      memory, hit rate, entries, disk tier, the N most-hit scripts (default 10)
  invalidate PATH...             drop these scripts from shared memory and disk
  invalidate --prefix DIR...     drop every cached script under these directories
  reset                          drop every cached script of this user's cache
  help                           this text

Kiln's cache belongs to one user: run kiln as the user the PHP pool runs as
(e.g. sudo -u www-data kiln status). The CLI must see the same kiln.*
settings as the pool (kiln.shm_size, kiln.shm_name, kiln.cache_dir): the
ini Debian enables for every SAPI gives them; -d overrides one.
Exit status: 0 done, 1 the cache could not be reached or changed, 2 usage.

TXT;

function kiln_cli_fail(string $msg, int $code = 1): never
{
    fwrite(STDERR, "kiln: $msg\n");
    exit($code);
}

function kiln_cli_bytes(int|float $n): string
{
    $u = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    $i = 0;
    while (abs($n) >= 1024 && $i < count($u) - 1) {
        $n /= 1024;
        $i++;
    }
    return $i ? sprintf('%.1f %s', $n, $u[$i]) : sprintf('%d B', $n);
}

/** Calls a Kiln function, turning its warnings into the command's error. */
function kiln_cli_call(string $f, array $args): mixed
{
    $warnings = [];
    set_error_handler(function (int $no, string $msg) use (&$warnings): bool {
        $warnings[] = $msg;
        return true;
    });
    try {
        $r = $f(...$args);
    } finally {
        restore_error_handler();
    }
    if ($warnings) {
        fwrite(STDERR, 'kiln: ' . implode("\nkiln: ", $warnings) . "\n");
    }
    return $r;
}

/** The status, or exit 1 saying why this process has no cache. */
function kiln_cli_status(bool $scripts): array
{
    if (!extension_loaded('kiln')) {
        kiln_cli_fail('the kiln extension is not loaded in this PHP (' . PHP_BINARY . ')');
    }
    $s = kiln_cli_call('kiln_get_status', [$scripts]);
    if (!is_array($s)) {
        kiln_cli_fail('kiln_get_status() failed');
    }
    if (!$s['enabled'] || empty($s['segment']['attached'])) {
        $why = (string)($s['reason'] ?? '') ?: (string)($s['segment']['state'] ?? '') ?: 'unknown';
        $uid = function_exists('posix_geteuid') ? posix_geteuid()
            : (preg_match('/^Uid:\s+\d+\s+(\d+)/m', (string)@file_get_contents('/proc/self/status'), $m) ? (int)$m[1] : '?');
        $seg = (string)($s['segment']['name'] ?? '');
        $hint = match (true) {
            str_contains($why, 'No such file') => "there is no segment $seg: no PHP process of this user has used Kiln since it was made, or the pool runs as another user (run kiln as that user, e.g. sudo -u www-data kiln)",
            str_contains($why, 'Permission denied'), str_contains($why, 'another user') => "segment $seg belongs to another user; run kiln as the user of the pool",
            default => $why,
        };
        kiln_cli_fail("no cache reachable for this user (uid $uid): $hint");
    }
    return $s;
}

function kiln_cli_len(string $s): int
{
    return function_exists('mb_strlen') ? mb_strlen($s) : strlen($s);
}

function kiln_cli_table(array $rows): string
{
    $w = [];
    foreach ($rows as $r) {
        foreach (array_values($r) as $i => $c) {
            $w[$i] = max($w[$i] ?? 0, kiln_cli_len((string)$c));
        }
    }
    $out = '';
    foreach ($rows as $r) {
        $line = '';
        foreach (array_values($r) as $i => $c) {
            $c = (string)$c;
            $pad = str_repeat(' ', $w[$i] - kiln_cli_len($c));
            // Numbers right-aligned, text left-aligned.
            $line .= ($i ? '  ' : '') . (preg_match('/^[\d.,%]+( \S+)?$/', $c) ? $pad . $c : $c . $pad);
        }
        $out .= rtrim($line) . "\n";
    }
    return $out;
}

function kiln_cli_cmd_status(array $args): int
{
    $json = false;
    $top = 10;
    for ($i = 0; $i < count($args); $i++) {
        if ($args[$i] === '--json') {
            $json = true;
        } elseif ($args[$i] === '--top' && isset($args[$i + 1]) && preg_match('/^\d+$/', $args[$i + 1])) {
            $top = (int)$args[++$i];
        } elseif (preg_match('/^--top=(\d+)$/', $args[$i], $m)) {
            $top = (int)$m[1];
        } else {
            kiln_cli_fail("status: unknown option '{$args[$i]}'\n" . KILN_CLI_USAGE, 2);
        }
    }
    $s = kiln_cli_status(true);
    if ($json) {
        echo json_encode($s, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE), "\n";
        return 0;
    }
    $m = $s['memory'];
    $st = $s['statistics'];
    $d = $s['disk'];
    $pct = fn (int $a, int $b): string => $b > 0 ? sprintf('%.1f%%', $a * 100 / $b) : '-';
    $rows = [
        ['Kiln', $s['version'] . ' on PHP ' . PHP_VERSION],
        ['segment', $s['segment']['name'] . ($s['segment']['state'] !== '' ? ' (' . $s['segment']['state'] . ')' : '')],
        ['memory', kiln_cli_bytes($m['size']) . ' size, ' . kiln_cli_bytes($m['used']) . ' used (' . $pct($m['used'], $m['size']) . '), '
            . kiln_cli_bytes($m['free']) . ' free, ' . kiln_cli_bytes($m['wasted']) . ' wasted'],
        ['scripts', number_format($st['scripts_cached']) . ' cached, ' . number_format($st['scripts_removed']) . ' removed'],
        ['hits', number_format($st['hits']) . ' hits, ' . number_format($st['misses']) . ' misses, hit rate ' . sprintf('%.1f%%', $st['hit_rate'])],
        ['revalidated', number_format($st['revalidated_by_content']) . ' by content (same bytes, new ctime/inode)'],
        ['removed by', number_format($st['evictions']) . ' evictions, ' . number_format($st['invalidations']) . ' invalidations, '
            . number_format($st['resets']) . ' resets, ' . number_format($st['checksum_failures']) . ' checksum failures'],
        ['disk', $d['enabled'] ? number_format((int)($d['entries'] ?? 0)) . ' entries, ' . kiln_cli_bytes((int)($d['bytes'] ?? 0))
            . ' in ' . (string)ini_get('kiln.cache_dir') : 'off' . ($d['state'] !== '' ? ' (' . $d['state'] . ')' : '')],
        ['since', date('Y-m-d H:i:s', (int)$st['start_time']) . ($st['resets'] > 0 ? ', last reset ' . date('Y-m-d H:i:s', (int)$st['last_reset_time']) : '')],
    ];
    echo kiln_cli_table($rows);
    $scripts = $s['scripts'] ?? [];
    if ($top > 0 && $scripts) {
        usort($scripts, fn ($a, $b) => [$b['hits'], $a['path']] <=> [$a['hits'], $b['path']]);
        $t = [['hits', 'stored', 'tier', 'script']];
        foreach (array_slice($scripts, 0, $top) as $r) {
            $t[] = [number_format($r['hits']), kiln_cli_bytes($r['stored_size']), $r['tier'], $r['path']];
        }
        echo "\nTop ", min($top, count($scripts)), ' of ', number_format(count($scripts)), " scripts by hits:\n", kiln_cli_table($t);
    }
    return 0;
}

function kiln_cli_cmd_invalidate(array $args): int
{
    $prefix = false;
    $targets = [];
    foreach ($args as $a) {
        if ($a === '--prefix') {
            $prefix = true;
        } elseif (str_starts_with($a, '--prefix=')) {
            $prefix = true;
            $targets[] = substr($a, 9);
        } elseif ($a !== '' && $a[0] === '-') {
            kiln_cli_fail("invalidate: unknown option '$a'\n" . KILN_CLI_USAGE, 2);
        } else {
            $targets[] = $a;
        }
    }
    if (!$targets) {
        kiln_cli_fail("invalidate: no " . ($prefix ? 'directory' : 'script') . " given\n" . KILN_CLI_USAGE, 2);
    }
    kiln_cli_status(false);
    $failed = 0;
    foreach ($targets as $t) {
        // A relative name means the caller's directory, as a shell user expects.
        $abs = $t[0] === '/' ? $t : getcwd() . '/' . $t;
        if ($prefix) {
            $n = kiln_cli_call('kiln_invalidate_prefix', [$abs]);
            if ($n === false) {
                $failed++;
                continue;
            }
            echo "invalidated $n script", $n === 1 ? '' : 's', ' under ', rtrim(realpath($abs) ?: $abs, '/'), "/\n";
        } else {
            $ok = kiln_cli_call('kiln_invalidate', [$abs, true]);
            echo $ok ? 'invalidated ' : 'not cached  ', realpath($abs) ?: $abs, "\n";
        }
    }
    return $failed ? 1 : 0;
}

function kiln_cli_cmd_reset(array $args): int
{
    if ($args) {
        kiln_cli_fail("reset takes no arguments\n" . KILN_CLI_USAGE, 2);
    }
    $s = kiln_cli_status(false);
    if (!kiln_cli_call('kiln_reset', [])) {
        kiln_cli_fail('the reset failed');
    }
    echo 'reset: dropped ', number_format($s['statistics']['scripts_cached']), ' scripts of ', $s['segment']['name'], " and its disk tier\n";
    return 0;
}

$args = array_slice($argv, 1);
$cmd = array_shift($args) ?? 'help';
exit(match ($cmd) {
    'status' => kiln_cli_cmd_status($args),
    'invalidate' => kiln_cli_cmd_invalidate($args),
    'reset' => kiln_cli_cmd_reset($args),
    'help', '-h', '--help' => (function (): int { echo KILN_CLI_USAGE; return 0; })(),
    default => kiln_cli_fail("unknown command '$cmd'\n" . KILN_CLI_USAGE, 2),
});
