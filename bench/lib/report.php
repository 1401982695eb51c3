<?php
/**
 * Kiln benchmark: turns results.tsv + meta.tsv into markdown tables.
 *
 *   php -n report.php RESULTS.tsv META.tsv OUT.md
 *
 * Prints the tables and, as the very last line, the ratios:
 *   bench: web kiln/opcache=… rps; cli kiln/opcache-file=… wall; …
 * Figures are medians over rounds. Ratios between modes are paired: the
 * ratio within each round (the modes ran back to back), then the median of
 * those, which cancels the drift of a shared machine between rounds. Several
 * pages or commands are summarised by the geometric mean of their ratios.
 */
declare(strict_types=1);

[$self, $resultsFile, $metaFile, $outFile] = $argv + [null, null, null, null];
if ($outFile === null) {
    fwrite(STDERR, "usage: php report.php RESULTS.tsv META.tsv OUT.md\n");
    exit(2);
}

$data = []; // part => target => mode => metric => [values]
$rounds = []; // part => target => mode => metric => round => [values]
foreach (file($resultsFile, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [] as $line) {
    $f = explode("\t", $line);
    if (count($f) < 6) {
        continue;
    }
    [$part, $target, $mode, $metric, $round, $value] = $f;
    $data[$part][$target][$mode][$metric][] = (float)$value;
    $rounds[$part][$target][$mode][$metric][$round][] = (float)$value;
}
$meta = [];
foreach (file($metaFile, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) ?: [] as $line) {
    [$k, $v] = array_pad(explode("\t", $line, 2), 2, '');
    $meta[$k] = $v;
}

function med(?array $v): ?float
{
    if (!$v) {
        return null;
    }
    sort($v);
    $n = count($v);
    return $n % 2 ? $v[intdiv($n, 2)] : ($v[$n / 2 - 1] + $v[$n / 2]) / 2;
}
function get(array $d, string $part, string $target, string $mode, string $metric): ?float
{
    return med($d[$part][$target][$mode][$metric] ?? null);
}
function ratio(?float $a, ?float $b): ?float
{
    return ($a === null || $b === null || $b == 0.0) ? null : $a / $b;
}
/** Median over rounds of (a / b) within the same round; ratio of medians if no round has both. */
function paired(string $part, string $target, string $a, string $b, string $metric): ?float
{
    global $rounds, $data;
    $ra = $rounds[$part][$target][$a][$metric] ?? [];
    $rb = $rounds[$part][$target][$b][$metric] ?? [];
    $r = [];
    foreach ($ra as $round => $va) {
        if (isset($rb[$round])) {
            $x = ratio(med($va), med($rb[$round]));
            if ($x !== null) {
                $r[] = $x;
            }
        }
    }
    return $r ? med($r) : ratio(get($data, $part, $target, $a, $metric), get($data, $part, $target, $b, $metric));
}
function geomean(array $xs): ?float
{
    $xs = array_values(array_filter($xs, static fn ($x) => $x !== null && $x > 0));
    if (!$xs) {
        return null;
    }
    return exp(array_sum(array_map('log', $xs)) / count($xs));
}
function fmt(?float $x, int $dec = 2): string
{
    return $x === null ? 'n/a' : number_format($x, $dec, '.', '');
}
function big(?float $x): string
{
    if ($x === null) {
        return 'n/a';
    }
    $a = abs($x);
    return match (true) {
        $a >= 1e9 => sprintf('%.3fG', $x / 1e9),
        $a >= 1e6 => sprintf('%.2fM', $x / 1e6),
        $a >= 1e3 => sprintf('%.1fk', $x / 1e3),
        default => sprintf('%.0f', $x),
    };
}
/** "mw 0.86, dw 1.02, gen 0.63": the per-page (per-command, per-app) figures behind a geometric mean. */
function perName(array $byName, int $dec = 2): string
{
    $s = [];
    foreach ($byName as $name => $x) {
        $s[] = $name . ' ' . fmt($x, $dec);
    }
    return implode(', ', $s);
}
function table(array $head, array $rows): string
{
    $s = '| ' . implode(' | ', $head) . " |\n|" . str_repeat('---|', count($head)) . "\n";
    foreach ($rows as $r) {
        $s .= '| ' . implode(' | ', $r) . " |\n";
    }
    return $s;
}

$md = '';
$summary = [];
$targets = [];

// ------------------------------------------------------------- Kiln state
$kilnScripts = $kilnHits = 0;
$kilnSeen = false;
foreach (['mem', 'web', 'cli'] as $part) {
    if (isset($data[$part]['all']['kiln']['kiln_scripts'])) {
        $kilnSeen = true;
        $kilnScripts = max($kilnScripts, get($data, $part, 'all', 'kiln', 'kiln_scripts'));
        $kilnHits = max($kilnHits, get($data, $part, 'all', 'kiln', 'kiln_hits') ?? 0);
    }
}
$kilnCaching = $kilnScripts > 0 || $kilnHits > 0;
$kilnNote = '';
if ($kilnSeen && !$kilnCaching) {
    $kilnNote = "**Kiln caching not yet active in this build**: Kiln loaded and ran as a mode, but its status reported "
        . "0 cached scripts and 0 hits, so its compile hook passed through and every Kiln figure is a no-cache figure.";
}

// ------------------------------------------------------------------- web
$pages = array_keys(array_diff_key($data['web'] ?? [], ['all' => 1]));
if ($pages) {
    $modes = ['nocache', 'opcache', 'kiln'];
    $rows = [];
    $rpsRatio = $ocRatio = $p99Ratio = $cpuRatio = $cpuOc = [];
    foreach ($pages as $p) {
        foreach ($modes as $m) {
            $n = count($data['web'][$p][$m]['rps'] ?? []);
            if (!$n) {
                continue;
            }
            $bad = array_sum($data['web'][$p][$m]['bad_responses'] ?? []);
            $rows[] = [$p, $m, fmt(get($data, 'web', $p, $m, 'rps'), 1), fmt(get($data, 'web', $p, $m, 'p99_ms'), 1),
                fmt(get($data, 'web', $p, $m, 'cpu_ms_per_req'), 2), (string)$n, (string)$bad];
        }
        $rpsRatio[$p] = paired('web', $p, 'kiln', 'opcache', 'rps');
        $ocRatio[$p] = paired('web', $p, 'opcache', 'nocache', 'rps');
        $p99Ratio[$p] = paired('web', $p, 'kiln', 'opcache', 'p99_ms');
        $cpuRatio[$p] = paired('web', $p, 'kiln', 'opcache', 'cpu_ms_per_req');
        $cpuOc[$p] = paired('web', $p, 'opcache', 'nocache', 'cpu_ms_per_req');
    }
    $md .= "## Web (nginx + php-fpm, wrk)\n\n";
    $md .= "Median over rounds of requests/s and of the p99 latency; modes interleaved within every round.\n\n";
    $md .= table(['page', 'mode', 'req/s', 'p99 ms', 'worker CPU ms/req', 'rounds', 'bad responses'], $rows) . "\n";
    $rr = [];
    foreach ($pages as $p) {
        $rr[] = [$p, fmt($rpsRatio[$p]), fmt($ocRatio[$p]), fmt(paired('web', $p, 'kiln', 'nocache', 'rps')), fmt($p99Ratio[$p]),
            fmt(paired('web', $p, 'opcache', 'nocache', 'p99_ms')), fmt($cpuRatio[$p]), fmt($cpuOc[$p]), fmt(paired('web', $p, 'kiln', 'nocache', 'cpu_ms_per_req'))];
    }
    $md .= "Ratios: median over rounds of the ratio within each round.\n\n";
    $md .= table(['page', 'kiln/opcache req/s', 'opcache/nocache req/s', 'kiln/nocache req/s', 'kiln/opcache p99', 'opcache/nocache p99',
        'kiln/opcache CPU/req', 'opcache/nocache CPU/req', 'kiln/nocache CPU/req'], $rr) . "\n";
    $md .= "Worker CPU ms/req: user+system CPU time of the FPM workers during the wrk run divided by the requests served; "
        . "unlike req/s it does not count time spent waiting for a CPU, but contention (caches, frequency) still moves it. "
        . "Decide with the instruction counts below.\n\n";
    $summary['web'] = sprintf('web kiln/opcache=%s rps, %s cpu/req (opcache/nocache=%s rps)', fmt(geomean($rpsRatio)), fmt(geomean($cpuRatio)), fmt(geomean($ocRatio)));
    $targets[] = ['web req/s kiln/opcache', '≥ 1.00', geomean($rpsRatio), static fn ($x) => $x >= 1.0, perName($rpsRatio)];
    $targets[] = ['web p99 kiln/opcache', '≤ 1.00', geomean($p99Ratio), static fn ($x) => $x <= 1.0, perName($p99Ratio)];
}

// ---------------------------------------------------------------- memory
if (isset($data['mem'])) {
    $md .= "## Memory\n\n";
    $memPages = array_keys(array_diff_key($data['mem'], ['worker' => 1]));
    $rows = [];
    $memRatio = [];
    foreach ($memPages as $p) {
        if (get($data, 'mem', $p, 'opcache', 'cache_bytes') === null && get($data, 'mem', $p, 'kiln', 'cache_bytes') === null) {
            continue;
        }
        $o = get($data, 'mem', $p, 'opcache', 'cache_bytes');
        $k = get($data, 'mem', $p, 'kiln', 'cache_bytes');
        $k0 = get($data, 'mem', $p, 'kiln-c0', 'cache_bytes');
        $rows[] = [$p, big($o), big($k), big($k0), $kilnCaching ? fmt(ratio($k, $o)) : 'n/a', $kilnCaching ? fmt(ratio($k0, $o)) : 'n/a'];
        if ($p !== 'all') {
            $memRatio[$p] = $kilnCaching ? ratio($k, $o) : null;
        }
    }
    if ($rows) {
        $md .= "Shared cache bytes for the same scripts (after each page was requested, minus the state before): "
            . "OPcache `used_memory + interned_strings_usage.used_memory`, Kiln `memory.used`.\n\n";
        $md .= table(['app', 'opcache bytes', 'kiln bytes', 'kiln bytes (compress=0)', 'kiln/opcache', 'kiln(c0)/opcache'], $rows) . "\n";
        $sc = get($data, 'mem', 'all', 'opcache', 'scripts');
        if ($sc !== null) {
            $md .= "OPcache held $sc scripts after all apps (with the status script).\n\n";
        }
        $mr = $kilnCaching ? ratio(get($data, 'mem', 'all', 'kiln', 'cache_bytes'), get($data, 'mem', 'all', 'opcache', 'cache_bytes')) : null;
        $summary['mem'] = 'mem kiln/opcache=' . ($kilnCaching ? fmt($mr) : 'n/a (kiln not caching)');
        $targets[] = ['shared bytes kiln/opcache', '≤ 0.60', $mr, static fn ($x) => $x <= 0.6, 'all apps together; ' . perName($memRatio)];
    }
    if (isset($data['mem']['worker'])) {
        $rows = [];
        foreach (['nocache', 'opcache', 'kiln'] as $m) {
            if (!isset($data['mem']['worker'][$m])) {
                continue;
            }
            $rows[] = [$m, fmt(get($data, 'mem', 'worker', $m, 'pss_kb') / 1024, 1), fmt(get($data, 'mem', 'worker', $m, 'private_kb') / 1024, 1),
                fmt(get($data, 'mem', 'worker', $m, 'rss_kb') / 1024, 1), (string)count($data['mem']['worker'][$m]['pss_kb'] ?? [])];
        }
        $md .= "FPM worker memory after the load (`/proc/PID/smaps_rollup`, median over workers and rounds):\n\n";
        $md .= table(['mode', 'Pss MiB', 'private MiB', 'Rss MiB', 'samples'], $rows) . "\n";
        $pr = ratio(get($data, 'mem', 'worker', 'kiln', 'pss_kb'), get($data, 'mem', 'worker', 'opcache', 'pss_kb'));
        $md .= 'Worker Pss kiln/opcache = ' . fmt($pr) . ', opcache/nocache = '
            . fmt(ratio(get($data, 'mem', 'worker', 'opcache', 'pss_kb'), get($data, 'mem', 'worker', 'nocache', 'pss_kb'))) . ".\n\n";
        $targets[] = ['worker Pss kiln/opcache', '≤ 1.10', $pr, static fn ($x) => $x <= 1.1, 'median worker after the web load'];
    }
}

// ----------------------------------------------------------- pool memory
if (isset($data['poolmem'])) {
    $sizes = array_keys($data['poolmem']);
    usort($sizes, static fn ($a, $b) => (int)substr($a, 1) <=> (int)substr($b, 1));
    $rows = [];
    $sum = [];
    foreach ($sizes as $sz) {
        $w = (int)substr($sz, 1);
        $mib = [];
        foreach (['nocache', 'opcache', 'kiln'] as $m) {
            $x = get($data, 'poolmem', $sz, $m, 'pss_kb');
            $mib[$m] = $x === null ? null : $x / 1024;
        }
        $ko = paired('poolmem', $sz, 'kiln', 'opcache', 'pss_kb');
        $kn = paired('poolmem', $sz, 'kiln', 'nocache', 'pss_kb');
        $on = paired('poolmem', $sz, 'opcache', 'nocache', 'pss_kb');
        // per page: the least number of times one worker served it (over modes and rounds)
        // and the mean per worker (median over modes and rounds)
        $least = $mean = [];
        foreach ($data['poolmem'][$sz] as $m => $metrics) {
            foreach ($metrics as $metric => $vals) {
                if (str_starts_with($metric, 'min_requests_')) {
                    $pg = substr($metric, strlen('min_requests_'));
                    $least[$pg] = min($least[$pg] ?? PHP_INT_MAX, (int)min($vals));
                } elseif (str_starts_with($metric, 'requests_')) {
                    $pg = substr($metric, strlen('requests_'));
                    foreach ($vals as $v) {
                        $mean[$pg][] = $v / $w;
                    }
                }
            }
        }
        $served = [];
        foreach ($least as $pg => $l) {
            $served[] = sprintf('%s %d (%s)', $pg, $l, fmt(med($mean[$pg] ?? null), 1));
        }
        $procs = get($data, 'poolmem', $sz, 'kiln', 'processes') ?? get($data, 'poolmem', $sz, 'opcache', 'processes');
        $rows[] = [(string)$w, fmt($mib['nocache'], 1), fmt($mib['opcache'], 1), fmt($mib['kiln'], 1), fmt($ko), fmt($kn), fmt($on),
            $procs === null ? 'n/a' : (string)(int)$procs, implode(', ', $served),
            (string)count($data['poolmem'][$sz]['kiln']['pss_kb'] ?? [])];
        $sum[] = $w . 'w ' . fmt($ko);
        $targets[] = ["pool RAM Σ Pss kiln/opcache, $w workers", '≤ 1.00', $ko, static fn ($x) => $x <= 1.0,
            sprintf('kiln %s MiB, opcache %s MiB, nocache %s MiB', fmt($mib['kiln'], 1), fmt($mib['opcache'], 1), fmt($mib['nocache'], 1))];
    }
    $md .= "## Pool memory (php-fpm master + all workers)\n\n";
    $md .= "Sum of Pss (`/proc/PID/smaps_rollup`) of the php-fpm master and all its workers, after every worker served every page "
        . "several times (batches of the same number of requests in every mode, 2 connections per worker); shared pages, the caches' "
        . "shared memory among them, are split among the processes that map them, so the sum counts them once. "
        . "Median over rounds; ratios paired within a round.\n\n";
    $md .= table(['workers', 'nocache MiB', 'opcache MiB', 'kiln MiB', 'kiln/opcache', 'kiln/nocache', 'opcache/nocache', 'processes',
        'requests of each page by one worker: least (mean)', 'rounds'], $rows) . "\n";
    $summary['poolmem'] = 'pool kiln/opcache=' . implode(', ', $sum);
}

// ------------------------------------------------------------------- CLI
if (isset($data['cli'])) {
    $modes = ['nocache', 'opcache-file', 'kiln'];
    $rows = [];
    $kr = $or = $kcr = [];
    foreach (array_diff_key($data['cli'], ['all' => 1]) as $c => $_) {
        $w = [];
        foreach ($modes as $m) {
            $w[$m] = get($data, 'cli', $c, $m, 'wall_ms');
        }
        $kr[$c] = paired('cli', $c, 'kiln', 'opcache-file', 'wall_ms');
        $or[$c] = paired('cli', $c, 'opcache-file', 'nocache', 'wall_ms');
        $kcr[$c] = paired('cli', $c, 'kiln', 'opcache-file', 'cpu_ms');
        $rows[] = [$c, fmt($w['nocache'], 1), fmt($w['opcache-file'], 1), fmt($w['kiln'], 1), fmt($kr[$c]), fmt($or[$c]), fmt(paired('cli', $c, 'kiln', 'nocache', 'wall_ms')),
            fmt(get($data, 'cli', $c, 'nocache', 'cpu_ms'), 1), fmt(get($data, 'cli', $c, 'opcache-file', 'cpu_ms'), 1), fmt(get($data, 'cli', $c, 'kiln', 'cpu_ms'), 1),
            fmt($kcr[$c]), fmt(paired('cli', $c, 'opcache-file', 'nocache', 'cpu_ms')), fmt(paired('cli', $c, 'kiln', 'nocache', 'cpu_ms')),
            (string)count($data['cli'][$c]['nocache']['wall_ms'] ?? [])];
    }
    $md .= "## CLI (separate processes, interleaved)\n\n";
    $md .= "Median wall time per run in ms; `opcache-file` is OPcache with `opcache.file_cache_only=1`, primed; `kiln` is primed. "
        . "Ratios: median over rounds of the ratio within each round.\n\n";
    $md .= table(['command', 'nocache ms', 'opcache-file ms', 'kiln ms', 'kiln/opcache-file', 'opcache-file/nocache', 'kiln/nocache',
        'nocache CPU ms', 'opcache-file CPU ms', 'kiln CPU ms', 'kiln/opcache-file CPU', 'opcache-file/nocache CPU', 'kiln/nocache CPU', 'runs/mode'], $rows) . "\n";
    $md .= "CPU ms: user+system time of the process (and its children); it leaves out waiting for a CPU, so it is usually steadier than wall time on a shared machine.\n\n";
    $summary['cli'] = sprintf('cli kiln/opcache-file=%s wall, %s cpu (opcache-file/nocache=%s wall)', fmt(geomean($kr)), fmt(geomean($kcr)), fmt(geomean($or)));
    $targets[] = ['CLI wall kiln/opcache-file', '≤ 0.85', geomean($kr), static fn ($x) => $x <= 0.85, perName($kr)];
}

// ---------------------------------------------------------- instructions
if (isset($data['instr'])) {
    $rows = [];
    $web = $cli = $webOc = $cliOc = [];
    foreach ($data['instr'] as $t => $byMode) {
        $first = reset($byMode);
        $isCli = isset($first['per_process']);
        $metric = $isCli ? 'per_process' : 'per_request';
        $ocm = $isCli ? 'opcache-file' : 'opcache';
        $n = get($data, 'instr', $t, 'nocache', $metric);
        $o = get($data, 'instr', $t, $ocm, $metric);
        $k = get($data, 'instr', $t, 'kiln', $metric);
        $r = ratio($k, $o);
        if ($isCli) {
            $cli[$t] = $r;
            $cliOc[$t] = ratio($o, $n);
        } else {
            $web[$t] = $r;
            $webOc[$t] = ratio($o, $n);
        }
        $rows[] = [$t, $isCli ? 'process' : 'request', big($n), big($o), big($k), fmt($r), fmt(ratio($o, $n)), fmt(ratio($k, $n), 3)];
    }
    $md .= "## Instructions (callgrind)\n\n";
    $md .= "Web pages: `php-cgi -T warmup,repeat` run twice with different repeats, the difference divided by the extra requests "
        . "(instructions per steady-state request). CLI: whole process, caches primed. The opcache column is OPcache for pages and "
        . "OPcache file cache for CLI.\n\n";
    $md .= table(['target', 'per', 'nocache', 'opcache', 'kiln', 'kiln/opcache', 'opcache/nocache', 'kiln/nocache'], $rows) . "\n";
    $parts = [];
    if ($web) {
        $parts[] = 'web ' . fmt(geomean($web));
        $targets[] = ['instructions/request kiln/opcache', '≤ 1.05', geomean($web), static fn ($x) => $x <= 1.05, perName($web)];
    }
    if ($cli) {
        $parts[] = 'cli ' . fmt(geomean($cli));
        $targets[] = ['CLI instructions kiln/opcache-file', '≤ 0.80', geomean($cli), static fn ($x) => $x <= 0.8, perName($cli)];
    }
    $summary['instr'] = 'instr kiln/opcache=' . implode(', ', $parts);
}

// ------------------------------------------------------------- failures
$fails = [];
foreach ($data['fail'] ?? [] as $t => $byMode) {
    foreach ($byMode as $m => $_) {
        $fails[] = "$t ($m)";
    }
}

// --------------------------------------------------------------- output
$head = "# Kiln benchmark results\n\n";
if ($kilnNote !== '') {
    $head .= "> $kilnNote\n\n";
}
if ($fails) {
    $head .= '> **Failures:** ' . implode(', ', $fails) . " — see the log of the run.\n\n";
}
$env = [];
foreach ($meta as $k => $v) {
    $env[] = [$k, str_replace('|', '\\|', $v)];
}
$tg = [];
foreach ($targets as [$name, $want, $x, $ok, $detail]) {
    $met = $x === null ? 'n/a' : ($ok($x) ? 'yes' : 'no');
    if ($kilnSeen && !$kilnCaching && $x !== null) {
        $met .= ' (Kiln not caching)';
    }
    $tg[] = [$name, $want, fmt($x), $met, $detail];
}
$doc = $head . "## Environment\n\n" . table(['what', 'value'], $env) . "\n" . $md
    . "## Targets (reported, not asserted)\n\n" . table(['figure', 'target', 'measured', 'met', 'per page / command / app'], $tg) . "\n";
$last = 'bench: ' . implode('; ', $summary) . ($kilnSeen && !$kilnCaching ? ' [kiln not caching: pass-through build]' : '');
$doc .= "Summary line:\n\n```\n$last\n```\n";
file_put_contents($outFile, $doc);

echo $md;
echo "## Targets (reported, not asserted)\n\n", table(['figure', 'target', 'measured', 'met', 'per page / command / app'], $tg), "\n";
if ($kilnNote !== '') {
    echo str_replace('**', '', $kilnNote), "\n";
}
if ($fails) {
    echo 'FAILURES: ', implode(', ', $fails), "\n";
}
echo $last, "\n";
