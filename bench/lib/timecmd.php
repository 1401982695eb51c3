<?php
/**
 * Kiln benchmark: interleaved wall-time runs of command-line PHP tools.
 *
 *   php -n timecmd.php SPEC.json >> results.tsv
 *
 * SPEC: {"php": BIN, "rounds": N, "env": {..}, "modes": [{"name", "ini"}],
 *        "commands": [{"name", "argv": [..], "cwd", "expect"}], "logdir": DIR}
 *
 * Every (command, mode) first runs once with its output checked against
 * "expect" (this is also the priming run of the caching modes); a failing pair
 * is reported (TSV "error" line, message on stderr) and left out. Then N rounds:
 * each round runs every command in every mode, the mode order rotating from
 * round to round, so slow drifts of the machine hit all modes alike. Each run
 * is a separate process; its wall time (hrtime) and CPU time (children's
 * rusage) are printed as TSV lines: cli CMD MODE wall_ms|cpu_ms ROUND VALUE.
 * Every process is waited for (proc_close) before the next starts.
 */
declare(strict_types=1);

$spec = json_decode((string)file_get_contents($argv[1] ?? ''), true);
if (!is_array($spec)) {
    fwrite(STDERR, "usage: php timecmd.php SPEC.json\n");
    exit(2);
}
$env = ($spec['env'] ?? []) + ['PHP_INI_SCAN_DIR' => ''];
foreach (['PATH', 'HOME', 'LANG', 'TMPDIR'] as $k) {
    if (!isset($env[$k]) && getenv($k) !== false) {
        $env[$k] = getenv($k);
    }
}
$logdir = $spec['logdir'];

function cpu_children(): float
{
    $r = getrusage(1);
    return ($r['ru_utime.tv_sec'] + $r['ru_stime.tv_sec']) * 1e3 + ($r['ru_utime.tv_usec'] + $r['ru_stime.tv_usec']) / 1e3;
}

/** @return array{0:int,1:float,2:float} exit code, wall ms, cpu ms */
function run(array $cmd, string $cwd, array $env, string $out, string $err): array
{
    $cpu0 = cpu_children();
    $t0 = hrtime(true);
    $p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $out, 'w'], 2 => ['file', $err, 'w']], $pipes, $cwd, $env);
    if (!is_resource($p)) {
        return [-1, 0.0, 0.0];
    }
    $rc = proc_close($p);
    $wall = (hrtime(true) - $t0) / 1e6;
    return [$rc, $wall, cpu_children() - $cpu0];
}

$cmdline = static fn (array $mode, array $c): array => array_merge([$spec['php'], '-c', $mode['ini']], $c['argv']);

$ok = [];
foreach ($spec['commands'] as $c) {
    foreach ($spec['modes'] as $m) {
        $base = "$logdir/cli-{$c['name']}-{$m['name']}";
        [$rc] = run($cmdline($m, $c), $c['cwd'], $env, "$base.out", "$base.err");
        $text = (string)@file_get_contents("$base.out");
        if ($rc !== 0 || ($c['expect'] !== '' && !str_contains($text, $c['expect']))) {
            fwrite(STDERR, "timecmd: {$c['name']} ({$m['name']}) failed: exit $rc, expected \"{$c['expect']}\"; see $base.out / $base.err\n");
            printf("fail\t%s\t%s\terror\t0\t1\n", $c['name'], $m['name']);
            continue;
        }
        $ok[$c['name']][$m['name']] = true;
    }
}

$modes = $spec['modes'];
$n = count($modes);
for ($round = 1; $round <= (int)$spec['rounds']; $round++) {
    foreach ($spec['commands'] as $c) {
        for ($i = 0; $i < $n; $i++) {
            $m = $modes[($i + $round - 1) % $n];
            if (empty($ok[$c['name']][$m['name']])) {
                continue;
            }
            [$rc, $wall, $cpu] = run($cmdline($m, $c), $c['cwd'], $env, '/dev/null', '/dev/null');
            if ($rc !== 0) {
                printf("fail\t%s\t%s\terror\t%d\t1\n", $c['name'], $m['name'], $round);
                continue;
            }
            printf("cli\t%s\t%s\twall_ms\t%d\t%.3f\n", $c['name'], $m['name'], $round, $wall);
            printf("cli\t%s\t%s\tcpu_ms\t%d\t%.3f\n", $c['name'], $m['name'], $round, $cpu);
        }
    }
    fwrite(STDERR, "  cli round $round/{$spec['rounds']} done\n");
}
