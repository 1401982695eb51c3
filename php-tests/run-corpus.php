<?php
/*
 * Kiln language-feature corpus: differential runner.
 *
 * Runs every entry script under php-tests/corpus/ (any *.php file that is not
 * inside a directory named "inc") without Kiln and with Kiln, and requires the
 * outputs (stdout, stderr, exit code) to be byte-identical:
 *
 *   base  php -n <common> script                       (reference)
 *   cold  php -n <common> <kiln> script                (fresh shm + cache dir)
 *   warm  same command again, same shm + cache dir     (served from the cache)
 *   cgi   php-cgi -n -q -T 3 <common> <kiln> script    vs the same without Kiln
 *
 * Usage:
 *   php -n php-tests/run-corpus.php [--php=php] [--cgi=php-cgi]
 *       [--ext=target/release/libkiln.so] [--ini=name=value ...]
 *       [--filter=substring] [--keep] [-v] [--self-test] [--determinism]
 *
 * --self-test     proves the runner can fail: a Kiln-only precision=5 must be
 *                 reported as a failure, an unmodified run as a pass.
 * --determinism   runs every script twice without Kiln (CLI and CGI) and
 *                 requires identical output; needs no extension. Use it when
 *                 adding tests.
 *
 * Exit status: 0 all passed, 1 something failed, 2 extension missing/unloadable
 * (or bad usage).
 */

declare(strict_types=1);

const RUN_TIMEOUT = 20.0;
const CGI_REQUESTS = 3;
const DIFF_LINES = 30;

$COMMON = [
    'display_errors=stderr',
    'log_errors=0',
    'error_reporting=-1',
    'html_errors=0',
    'precision=14',
    'serialize_precision=-1',
    'zend.assertions=1',
    'memory_limit=256M',
    'date.timezone=UTC',
    'auto_globals_jit=1',
    // PHP 8.5 has OPcache built in (enabled for CGI by default): Kiln
    // stands down while it caches. An unknown directive on older PHP.
    'opcache.enable=0',
];

function usage(): string
{
    return "usage: php -n php-tests/run-corpus.php [--php=php] [--cgi=php-cgi]"
        . " [--ext=target/release/libkiln.so] [--ini=name=value ...]"
        . " [--filter=substring] [--keep] [-v] [--self-test] [--determinism]\n";
}

function fail_usage(string $msg): never
{
    fwrite(STDERR, "run-corpus: $msg\n" . usage());
    exit(2);
}

/* ---------- options ---------- */

$repoRoot = dirname(__DIR__);
$corpusDir = __DIR__ . '/corpus';
$opt = [
    'php' => 'php',
    'cgi' => 'php-cgi',
    'ext' => 'target/release/libkiln.so',
    'ini' => [],
    'filter' => null,
    'keep' => false,
    'verbose' => false,
    'self-test' => false,
    'determinism' => false,
];
foreach (array_slice($argv, 1) as $arg) {
    if ($arg === '--keep') {
        $opt['keep'] = true;
    } elseif ($arg === '-v' || $arg === '--verbose') {
        $opt['verbose'] = true;
    } elseif ($arg === '--self-test') {
        $opt['self-test'] = true;
    } elseif ($arg === '--determinism') {
        $opt['determinism'] = true;
    } elseif ($arg === '-h' || $arg === '--help') {
        echo usage();
        exit(0);
    } elseif (preg_match('/^--(php|cgi|ext|filter|ini)=(.*)$/s', $arg, $m)) {
        if ($m[1] === 'ini') {
            if (!str_contains($m[2], '=')) {
                fail_usage("--ini expects name=value, got '{$m[2]}'");
            }
            $opt['ini'][] = $m[2];
        } else {
            $opt[$m[1]] = $m[2];
        }
    } else {
        fail_usage("unknown argument '$arg'");
    }
}

/* Resolve the extension path: as given, else relative to the repository root. */
function resolve_ext(string $ext, string $repoRoot): ?string
{
    foreach ([$ext, $repoRoot . '/' . $ext] as $cand) {
        if ($cand !== '' && is_file($cand)) {
            return realpath($cand) ?: $cand;
        }
    }
    return null;
}

/* An executable given without a slash is looked up on PATH. */
function resolve_bin(string $bin): string
{
    if (str_contains($bin, '/')) {
        return realpath($bin) ?: $bin;
    }
    foreach (explode(PATH_SEPARATOR, (string) getenv('PATH')) as $dir) {
        if ($dir !== '' && is_file("$dir/$bin") && is_executable("$dir/$bin")) {
            return "$dir/$bin";
        }
    }
    return $bin;
}

/* ---------- process running ---------- */

/**
 * Run argv (no shell) in $cwd; returns [stdout, stderr, exit code, timed out].
 */
function run_proc(array $cmd, string $cwd, float $timeout = RUN_TIMEOUT): array
{
    $env = [
        'PATH' => (string) getenv('PATH'),
        'LC_ALL' => 'C',
        'TZ' => 'UTC',
    ];
    $spec = [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']];
    $proc = proc_open($cmd, $spec, $pipes, $cwd, $env);
    if (!is_resource($proc)) {
        return ['', 'run-corpus: proc_open failed for ' . implode(' ', $cmd) . "\n", -1, false];
    }
    fclose($pipes[0]);
    stream_set_blocking($pipes[1], false);
    stream_set_blocking($pipes[2], false);
    $out = ['', ''];
    $open = [1 => $pipes[1], 2 => $pipes[2]];
    $deadline = microtime(true) + $timeout;
    $timedOut = false;
    while ($open) {
        $left = $deadline - microtime(true);
        if ($left <= 0) {
            $timedOut = true;
            break;
        }
        $r = array_values($open);
        $w = $e = null;
        $n = @stream_select($r, $w, $e, (int) $left, (int) (($left - (int) $left) * 1e6));
        if ($n === false) {
            break;
        }
        foreach ($open as $i => $p) {
            if (!in_array($p, $r, true)) {
                continue;
            }
            $chunk = fread($p, 65536);
            if ($chunk === '' || $chunk === false) {
                if (feof($p)) {
                    fclose($p);
                    unset($open[$i]);
                }
                continue;
            }
            $out[$i - 1] .= $chunk;
        }
    }
    if ($timedOut) {
        proc_terminate($proc, 9);
        foreach ($open as $p) {
            fclose($p);
        }
        proc_close($proc);
        return [$out[0], $out[1], -1, true];
    }
    // Both pipes hit EOF: wait for the exit status.
    $code = -1;
    while (true) {
        $st = proc_get_status($proc);
        if (!$st['running']) {
            $code = $st['exitcode'];
            break;
        }
        if (microtime(true) > $deadline) {
            proc_terminate($proc, 9);
            proc_close($proc);
            return [$out[0], $out[1], -1, true];
        }
        usleep(1000);
    }
    proc_close($proc);
    return [$out[0], $out[1], $code, false];
}

/* php-cgi -T prints "\nElapsed time: N sec\n" to stderr once per process. */
function normalize_cgi(array $r): array
{
    $r[1] = preg_replace('/\n?Elapsed time: [0-9.e+-]+ sec\n?/', '', $r[1]);
    return $r;
}

/* ---------- diff ---------- */

function split_lines(string $s): array
{
    if ($s === '') {
        return [];
    }
    $lines = explode("\n", $s);
    if (end($lines) === '') {
        array_pop($lines);
    } else {
        $lines[count($lines) - 1] .= '\\ (no newline at end)';
    }
    return $lines;
}

function show_line(string $l): string
{
    $l = addcslashes($l, "\0..\10\13..\37\177");
    return strlen($l) > 200 ? substr($l, 0, 200) . '...' : $l;
}

/** Short unified-style diff: '-' expected (reference), '+' actual (Kiln). */
function short_diff(string $want, string $got, int $max = DIFF_LINES): string
{
    $a = split_lines($want);
    $b = split_lines($got);
    $pre = 0;
    while ($pre < count($a) && $pre < count($b) && $a[$pre] === $b[$pre]) {
        $pre++;
    }
    $suf = 0;
    while ($suf < count($a) - $pre && $suf < count($b) - $pre
        && $a[count($a) - 1 - $suf] === $b[count($b) - 1 - $suf]) {
        $suf++;
    }
    $ma = array_slice($a, $pre, count($a) - $pre - $suf);
    $mb = array_slice($b, $pre, count($b) - $pre - $suf);
    $ops = [];
    if (count($ma) * count($mb) <= 4_000_000) {
        // LCS on the differing middle.
        $n = count($ma);
        $m = count($mb);
        $L = array_fill(0, $n + 1, array_fill(0, $m + 1, 0));
        for ($i = $n - 1; $i >= 0; $i--) {
            for ($j = $m - 1; $j >= 0; $j--) {
                $L[$i][$j] = $ma[$i] === $mb[$j] ? $L[$i + 1][$j + 1] + 1 : max($L[$i + 1][$j], $L[$i][$j + 1]);
            }
        }
        $i = $j = 0;
        while ($i < $n || $j < $m) {
            if ($i < $n && $j < $m && $ma[$i] === $mb[$j]) {
                $ops[] = ' ' . $ma[$i];
                $i++;
                $j++;
            } elseif ($j < $m && ($i >= $n || $L[$i][$j + 1] >= $L[$i + 1][$j])) {
                $ops[] = '+' . $mb[$j++];
            } else {
                $ops[] = '-' . $ma[$i++];
            }
        }
    } else {
        foreach ($ma as $l) {
            $ops[] = '-' . $l;
        }
        foreach ($mb as $l) {
            $ops[] = '+' . $l;
        }
    }
    // Print changed lines with up to 3 lines of context, eliding long
    // unchanged stretches; stop after $max changed lines.
    $n = count($ops);
    $show = array_fill(0, $n, false);
    foreach ($ops as $i => $op) {
        if ($op[0] !== ' ') {
            for ($j = max(0, $i - 3); $j <= min($n - 1, $i + 3); $j++) {
                $show[$j] = true;
            }
        }
    }
    $total = count(array_filter($ops, fn($op) => $op[0] !== ' '));
    $out = sprintf("      @@ first difference at line %d @@\n", $pre + 1);
    if ($pre > 0) {
        $out .= '       ' . show_line($a[$pre - 1]) . "\n";
    }
    $shown = 0;
    $gap = false;
    foreach ($ops as $i => $op) {
        if (!$show[$i]) {
            $gap = true;
            continue;
        }
        if ($gap) {
            $out .= "      ...\n";
            $gap = false;
        }
        if ($shown >= $max) {
            $out .= sprintf("      ... (%d more differing lines)\n", $total - $shown);
            break;
        }
        $out .= '      ' . $op[0] . show_line(substr($op, 1)) . "\n";
        if ($op[0] !== ' ') {
            $shown++;
        }
    }
    return $out;
}

/** Compare [stdout, stderr, code, timedout] results; returns list of failure texts. */
function compare(string $mode, array $ref, array $got): array
{
    $f = [];
    if ($got[3]) {
        $f[] = "  [$mode] timed out after " . RUN_TIMEOUT . "s (killed)\n";
        return $f;
    }
    if ($ref[3]) {
        $f[] = "  [$mode] reference run timed out after " . RUN_TIMEOUT . "s\n";
        return $f;
    }
    if ($ref[0] !== $got[0]) {
        $f[] = "  [$mode] stdout differs (- reference, + kiln):\n" . short_diff($ref[0], $got[0]);
    }
    if ($ref[1] !== $got[1]) {
        $f[] = "  [$mode] stderr differs (- reference, + kiln):\n" . short_diff($ref[1], $got[1]);
    }
    if ($ref[2] !== $got[2]) {
        $f[] = "  [$mode] exit code differs: reference {$ref[2]}, kiln {$got[2]}\n";
    }
    return $f;
}

/* ---------- hits ---------- */

$hitStats = ['cached' => 0, 'hit' => 0];

/**
 * The warm run must have been served from the cache: when the entry script
 * is in the cache after the two runs, it must show a hit. (Scripts Kiln
 * declines to cache, e.g. syntax errors, are not in the table.) A probe in
 * the same segment reads kiln_get_status().
 */
function warm_hits(string $php, array $commonD, array $kCli, string $path, string $cwd): array
{
    global $hitStats;
    $probe = 'foreach ((kiln_get_status(true)["scripts"] ?? []) as $s) {'
        . ' if ($s["path"] === $argv[1]) { echo $s["hits"], "\n"; exit(0); } } echo "none\n";';
    [$out, $err, $code] = run_proc([$php, '-n', ...$commonD, ...$kCli, '-r', $probe, realpath($path)], $cwd);
    $v = trim($out);
    if ($code !== 0 || ($v !== 'none' && !preg_match('/^[0-9]+$/', $v))) {
        return ["  [hits] probe failed (exit $code): " . trim($out . $err) . "\n"];
    }
    // A script Kiln is expected to decline says so near its top, with the
    // reason: "// kiln-corpus: not cached: <why>". Any other script must be
    // in the cache after its warm run, and a marked one must not be.
    $head = implode('', array_slice(file($path) ?: [], 0, 12));
    $marked = preg_match('~^// kiln-corpus: not cached\b~m', $head) === 1;
    if ($v === 'none') {
        $hitStats['uncached'][] = $path;
        return $marked ? [] : ["  [hits] Kiln did not cache the entry script (KILN_CODEC_DEBUG=1 says why;"
            . " if that is expected, mark it '// kiln-corpus: not cached: <why>')\n"];
    }
    if ($marked) {
        return ["  [hits] the script is marked 'kiln-corpus: not cached' but Kiln cached it: drop the marker\n"];
    }
    $hitStats['cached']++;
    if ((int) $v < 1) {
        return ["  [hits] the entry script is cached but the warm run did not hit it\n"];
    }
    $hitStats['hit']++;
    return [];
}

/* ---------- discovery ---------- */

function discover(string $dir): array
{
    $list = [];
    $it = new RecursiveIteratorIterator(
        new RecursiveCallbackFilterIterator(
            new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS),
            // "inc" holds included files; "php84", "php85" scripts that
            // need at least that PHP version.
            fn(SplFileInfo $f) => !($f->isDir() && ($f->getFilename() === 'inc'
                || (preg_match('/^php(\d)(\d)$/', $f->getFilename(), $m)
                    && PHP_VERSION_ID < (int) $m[1] * 10000 + (int) $m[2] * 100)))
        )
    );
    foreach ($it as $f) {
        if ($f->isFile() && str_ends_with($f->getFilename(), '.php')) {
            $list[] = substr($f->getPathname(), strlen($dir) + 1);
        }
    }
    sort($list, SORT_STRING);
    return $list;
}

function rmtree(string $path): void
{
    if (is_link($path) || is_file($path)) {
        @unlink($path);
        return;
    }
    if (!is_dir($path)) {
        return;
    }
    foreach (scandir($path) as $e) {
        if ($e !== '.' && $e !== '..') {
            rmtree("$path/$e");
        }
    }
    @rmdir($path);
}

/* ---------- self-test ---------- */

if ($opt['self-test']) {
    // The runner must pass a script normally and report a failure when the
    // Kiln runs are made to differ (precision=5 passed to the Kiln runs only).
    $script = 'basics/005-float-precision.php';
    $base = [PHP_BINARY, '-n', __FILE__, '--php=' . $opt['php'], '--cgi=' . $opt['cgi'],
        '--ext=' . $opt['ext'], '--filter=' . $script];
    $ok = true;
    [$o1, $e1, $c1] = run_proc($base, getcwd(), 120.0);
    $last1 = trim((string) strrchr("\n" . rtrim($o1), "\n"));
    if ($c1 !== 0 || $last1 !== 'corpus: 1 passed, 0 failed') {
        echo "self-test: FAIL: unmodified run should pass (exit $c1, last line '$last1')\n$o1$e1";
        $ok = false;
    } else {
        echo "self-test: unmodified run passes: ok\n";
    }
    [$o2, $e2, $c2] = run_proc([...$base, '--ini=precision=5'], getcwd(), 120.0);
    $last2 = trim((string) strrchr("\n" . rtrim($o2), "\n"));
    if ($c2 !== 1 || $last2 !== 'corpus: 0 passed, 1 failed' || !str_contains($o2, 'stdout differs')) {
        echo "self-test: FAIL: run with Kiln-only precision=5 should fail (exit $c2, last line '$last2')\n$o2$e2";
        $ok = false;
    } else {
        echo "self-test: run with Kiln-only precision=5 is reported as failing: ok\n";
    }
    echo $ok ? "self-test: OK\n" : "self-test: FAILED\n";
    exit($ok ? 0 : 1);
}

/* ---------- main ---------- */

$php = resolve_bin($opt['php']);
$cgi = resolve_bin($opt['cgi']);

if ($opt['determinism']) {
    // No extension involved: each script twice under the CLI and under CGI.
    $commonD = [];
    foreach ($COMMON as $d) {
        array_push($commonD, '-d', $d);
    }
    $tests = discover($corpusDir);
    if ($opt['filter'] !== null) {
        $tests = array_values(array_filter($tests, fn($t) => str_contains($t, $opt['filter'])));
    }
    $passed = $failed = 0;
    foreach ($tests as $test) {
        $path = $corpusDir . '/' . $test;
        $cwd = dirname($path);
        $cliCmd = [$php, '-n', ...$commonD, $path];
        $cgiCmd = [$cgi, '-n', '-q', '-T', (string) CGI_REQUESTS, ...$commonD, $path];
        $fails = array_merge(
            compare('cli-twice', run_proc($cliCmd, $cwd), run_proc($cliCmd, $cwd)),
            compare('cgi-twice', normalize_cgi(run_proc($cgiCmd, $cwd)), normalize_cgi(run_proc($cgiCmd, $cwd))),
        );
        if ($fails) {
            $failed++;
            echo "FAIL $test (not deterministic)\n", implode('', $fails);
        } else {
            $passed++;
            if ($opt['verbose']) {
                echo "ok   $test\n";
            }
        }
    }
    echo "corpus: $passed passed, $failed failed\n";
    exit($failed ? 1 : 0);
}

$ext = resolve_ext($opt['ext'], $repoRoot);
if ($ext === null) {
    fwrite(STDERR, "run-corpus: Kiln extension not found: '{$opt['ext']}' (build it with `cargo build --release` or pass --ext=PATH)\n");
    exit(2);
}
// kiln.enable=0: the probe must not create the default-named (64M) segment.
[$lo, $le, $lc, $lt] = run_proc([$php, '-n', '-d', 'extension=' . $ext, '-d', 'kiln.enable=0', '-r', 'exit(extension_loaded("kiln")?0:1);'], getcwd(), 60.0);
if ($lc !== 0) {
    fwrite(STDERR, "run-corpus: Kiln extension does not load: $ext (exit $lc)\n" . $lo . $le);
    exit(2);
}

$tests = discover($corpusDir);
if ($opt['filter'] !== null) {
    $tests = array_values(array_filter($tests, fn($t) => str_contains($t, $opt['filter'])));
}

$commonD = [];
foreach ($COMMON as $d) {
    array_push($commonD, '-d', $d);
}

$tmpRoot = sys_get_temp_dir() . '/kiln-corpus-' . getmypid();
@mkdir($tmpRoot, 0700, true);
$shmNames = [];
$shmSeq = 0;

$kilnArgs = function (string $cacheDir) use (&$shmNames, &$shmSeq, $ext, $opt): array {
    $name = '/kiln-corpus-' . getmypid() . '-' . (++$shmSeq);
    $shmNames[] = $name;
    // A small segment per test, removed right after the test: each segment
    // is fully backed by shared memory (tmpfs) while it exists.
    $a = ['-d', 'extension=' . $ext, '-d', 'kiln.enable_cli=1', '-d', 'kiln.shm_name=' . $name, '-d', 'kiln.shm_size=4M',
        '-d', 'kiln.cache_dir=' . $cacheDir, '-d', 'kiln.file_update_protection=0'];
    foreach ($opt['ini'] as $i) {
        array_push($a, '-d', $i);
    }
    return $a;
};

$passed = $failed = 0;
$t0 = microtime(true);
foreach ($tests as $idx => $test) {
    $path = $corpusDir . '/' . $test;
    $cwd = dirname($path);
    $tdir = sprintf('%s/t%04d', $tmpRoot, $idx);
    @mkdir("$tdir/cli", 0700, true);
    @mkdir("$tdir/cgi", 0700, true);
    $ts = microtime(true);

    $kCli = $kilnArgs("$tdir/cli");
    $kCgi = $kilnArgs("$tdir/cgi");

    $base = run_proc([$php, '-n', ...$commonD, $path], $cwd);
    $cold = run_proc([$php, '-n', ...$commonD, ...$kCli, $path], $cwd);
    $warm = run_proc([$php, '-n', ...$commonD, ...$kCli, $path], $cwd);
    $cgiRef = normalize_cgi(run_proc([$cgi, '-n', '-q', '-T', (string) CGI_REQUESTS, ...$commonD, $path], $cwd));
    $cgiK = normalize_cgi(run_proc([$cgi, '-n', '-q', '-T', (string) CGI_REQUESTS, ...$commonD, ...$kCgi, $path], $cwd));

    $fails = array_merge(
        compare('cold', $base, $cold),
        compare('warm', $base, $warm),
        compare('cgi', $cgiRef, $cgiK),
        warm_hits($php, $commonD, $kCli, $path, $cwd),
    );
    if (!$opt['keep']) {
        foreach ($shmNames as $n) {
            @unlink('/dev/shm/' . ltrim($n, '/'));
        }
        $shmNames = [];
        rmtree($tdir);
    }
    $ms = (int) round((microtime(true) - $ts) * 1000);
    if ($fails) {
        $failed++;
        echo "FAIL $test\n", implode('', $fails);
    } else {
        $passed++;
        if ($opt['verbose']) {
            printf("ok   %s (%d ms, exit %d)\n", $test, $ms, $base[2]);
        }
    }
}

// Clean up: named shm segments we created and the temp dirs.
foreach ($shmNames as $n) {
    $f = '/dev/shm/' . ltrim($n, '/');
    if (file_exists($f) && !$opt['keep']) {
        @unlink($f);
    }
}
if ($opt['keep']) {
    echo "kept temp dir: $tmpRoot\n";
} else {
    rmtree($tmpRoot);
}
if ($opt['verbose']) {
    printf("elapsed: %.1f s\n", microtime(true) - $t0);
}
if ($opt['verbose']) {
    foreach ($hitStats['uncached'] ?? [] as $u) {
        echo "not cached: $u\n";
    }
}
printf("corpus: warm runs hit the cache for %d of %d cached entry scripts (PHP %s)\n",
    $hitStats['hit'], $hitStats['cached'], PHP_VERSION);
echo "corpus: $passed passed, $failed failed\n";
exit($failed ? 1 : 0);
