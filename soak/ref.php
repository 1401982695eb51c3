<?php
/**
 * Kiln soak test: the reference runner — PHP WITHOUT Kiln (run it with -n or
 * an ini that does not load the extension). It prints what a correct run of
 * an exact set of file versions of the generated app (soak/gen.php) prints.
 *
 *   php -n -d display_errors=1 -d error_reporting=-1 soak/ref.php STORE_DIR WORK_DIR 3>answers
 *
 * Reads one JSON request per line on stdin:
 *   {"id": 1, "page": "index.php", "q": 5, "v": {"Model/C3": 2, ...}}
 * (files not named run at version 0), builds WORK_DIR/tree from hard links
 * into STORE_DIR (only the files whose version changed are relinked), forks,
 * and the child runs the page at global scope with $_GET['q'] under output
 * buffering, fatal errors included. Answers one JSON line per request:
 *   {"id": 1, "status": 0, "out": "<base64 of the output>"}
 * on file descriptor 3 (never on stdout: see below).
 */
declare(strict_types=1);

if ($argc < 3 || !function_exists('pcntl_fork')) {
    fwrite(STDERR, "usage: php -n ref.php STORE_DIR WORK_DIR (needs pcntl)\n");
    exit(2);
}
if (extension_loaded('kiln')) {
    fwrite(STDERR, "ref.php must run without Kiln\n");
    exit(2);
}
$__store = realpath($argv[1]);
$__work = realpath($argv[2]);
if ($__store === false || $__work === false) {
    fwrite(STDERR, "ref.php: no such directory: {$argv[1]} or {$argv[2]}\n");
    exit(2);
}
$__manifest = json_decode((string)file_get_contents("$__store/manifest.json"), true, 512, JSON_THROW_ON_ERROR);
$__tree = "$__work/tree";
// Answers go to fd 3: this process never writes to stdout, so for the child
// (as for a fresh CLI run) no output has been sent before the page's own.
$__resp = fopen('php://fd/3', 'w');
if ($__resp === false) {
    fwrite(STDERR, "ref.php: fd 3 must be open for the answers\n");
    exit(2);
}
$__outFile = "$__work/ref-out";
$__linked = [];

function __ref_link(string $from, string $to): void
{
    $d = dirname($to);
    if (!is_dir($d)) {
        mkdir($d, 0755, true);
    }
    @unlink($to);
    if (!link($from, $to)) {
        copy($from, $to);
    }
}

foreach ($__manifest['fixed'] as $__rel) {
    __ref_link("$__store/fixed/$__rel", "$__tree/$__rel");
}

while (($__line = fgets(STDIN)) !== false) {
    $__req = json_decode($__line, true);
    if (!is_array($__req)) {
        continue;
    }
    foreach ($__manifest['mutable'] as $__m) {
        $__key = substr($__m['rel'], 4, -4); // src/Model/C3.php -> Model/C3
        $__v = (int)($__req['v'][$__key] ?? 0);
        if (($__linked[$__m['rel']] ?? -1) !== $__v) {
            __ref_link("$__store/var/{$__m['rel']}@$__v", "$__tree/{$__m['rel']}");
            $__linked[$__m['rel']] = $__v;
        }
    }
    clearstatcache();
    @unlink($__outFile);
    $__pid = pcntl_fork();
    if ($__pid === 0) {
        $__page = "$__tree/" . basename((string)($__req['page'] ?? 'index.php'));
        $_GET = ['q' => (string)(int)($__req['q'] ?? 0)];
        $_SERVER['argv'] = $argv = [$__page];
        $argc = 1;
        $__of = $__outFile;
        fclose($__resp);
        unset($__resp, $__req, $__line, $__m, $__key, $__v, $__linked, $__manifest, $__rel, $__store, $__work, $__pid, $__outFile);
        chdir(dirname($__page));
        ob_start();
        register_shutdown_function(static function () use ($__of): void {
            $out = '';
            while (ob_get_level() > 0) {
                $out = ob_get_clean() . $out;
            }
            file_put_contents($__of, $out);
        });
        unset($__of);
        include $__page;
        exit(0);
    }
    pcntl_waitpid($__pid, $__status);
    $__out = (string)@file_get_contents($__outFile);
    fwrite($__resp, json_encode(['id' => $__req['id'] ?? 0, 'status' => pcntl_wexitstatus($__status), 'out' => base64_encode($__out)]) . "\n");
    fflush($__resp);
}
