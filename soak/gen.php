<?php
/**
 * Kiln soak test: writes a versioned multi-file application.
 *
 *   php -n soak/gen.php APP_DIR STORE_DIR [MODELS] [VARIANTS]
 *
 * APP_DIR    the served tree (every mutable file at version 0):
 *              index.php  front controller: ?q=N (or argv[1] in the CLI)
 *              boot.php   the registry \Soak\Reg and the PSR-4 autoloader
 *              lib/repeat.php  a fixed partial included three times a request
 *              src/{Contract,Concern,Kind,Base,Model,fn,partials}/...
 * STORE_DIR  every version of every file: STORE_DIR/fixed/REL and
 *            STORE_DIR/var/REL@V (V = 0..VARIANTS-1), plus manifest.json.
 *
 * Every mutable file registers its version when it runs (\Soak\Reg::seen)
 * and bakes the version into everything it declares (constants, enum case
 * values, method bodies, closures, static variables, generators, anonymous
 * classes), so a page prints the exact version of every file it ran
 * ("versions: ..." line) and a body that only a correct run of exactly those
 * versions prints. Variants V and V+2 have the same size (the version only
 * changes digits of fixed width), odd variants add padding.
 *
 * The output is deterministic and warning-free without any cache; the soak
 * driver's reference runner (soak/ref.php) checks that for every variant.
 */
declare(strict_types=1);

if ($argc < 3) {
    fwrite(STDERR, "usage: php gen.php APP_DIR STORE_DIR [MODELS] [VARIANTS]\n");
    exit(2);
}
$app = rtrim($argv[1], '/');
$store = rtrim($argv[2], '/');
$nModels = max(6, (int)($argv[3] ?? 30));
$nVariants = max(2, min(9, (int)($argv[4] ?? 4)));
$nIfaces = 6;
$nTraits = 6;
$nEnums = 6;
$nBases = 6;
$nFn = 6;
$nParts = 4;
const QS = 12; // the page takes q = 0..QS-1

$manifest = ['fixed' => [], 'mutable' => [], 'variants' => $nVariants, 'qs' => QS];

function put(string $path, string $code): void
{
    $d = dirname($path);
    if (!is_dir($d) && !mkdir($d, 0755, true) && !is_dir($d)) {
        throw new RuntimeException("cannot create $d");
    }
    file_put_contents($path, $code);
}

/** A fixed-width number depending on the file and the version: same width for every version. */
function salt(int $file, int $v): int
{
    return 1000 + (($file * 7919 + $v * 104729) % 9000);
}

function pad(int $v): string
{
    return ($v % 2) ? "\n// padding " . str_repeat('~', 13 * $v) . "\n" : '';
}

function fixed(string $rel, string $code): void
{
    global $app, $store, $manifest;
    put("$app/$rel", $code);
    put("$store/fixed/$rel", $code);
    $manifest['fixed'][] = $rel;
}

/** $make(int $v): string gives the code of version $v. */
function mutable(string $rel, callable $make): void
{
    global $app, $store, $manifest, $nVariants;
    $id = count($manifest['mutable']);
    $sizes = [];
    for ($v = 0; $v < $nVariants; $v++) {
        $code = $make($v, salt($id, $v));
        put("$store/var/$rel@$v", $code);
        if ($v === 0) {
            put("$app/$rel", $code);
        }
        $sizes[] = strlen($code);
    }
    $manifest['mutable'][] = ['rel' => $rel, 'id' => $id, 'sizes' => $sizes];
}

// Dependencies, fixed for every version (the versions change bodies, not the graph).
$baseIface = [];
for ($j = 0; $j < $nBases; $j++) {
    $baseIface[$j] = $j % $nIfaces;
}
$model = [];
for ($k = 0; $k < $nModels; $k++) {
    // Every base, interface, trait and enum is used by several models.
    $b = ($k * 5 + 1) % $nBases;
    $i2 = ($baseIface[$b] + 1 + $k % ($nIfaces - 1)) % $nIfaces; // != the base's interface
    $t = $k % $nTraits;
    $t2 = ($t + 1 + ($k * 7) % ($nTraits - 1)) % $nTraits;     // != $t
    $model[$k] = ['b' => $b, 'i' => $i2, 't' => $t, 't2' => $t2, 'e' => ($k * 7 + 2) % $nEnums];
}

// ---------------------------------------------------------------- fixed files
fixed('boot.php', <<<'PHP'
<?php
declare(strict_types=1);

namespace Soak;

/** Which version of which file ran in this request. */
final class Reg
{
    /** @var array<string, list<int>> */
    public static array $seen = [];

    public static function seen(string $file, int $v): void
    {
        self::$seen[$file][] = $v;
    }

    public static function dump(): string
    {
        ksort(self::$seen, SORT_STRING);
        $out = [];
        foreach (self::$seen as $f => $vs) {
            $out[] = $f . '=' . implode('+', $vs);
        }
        return implode(',', $out);
    }
}

spl_autoload_register(static function (string $class): void {
    if (strncmp($class, 'Soak\\', 5) !== 0) {
        return;
    }
    $file = __DIR__ . '/src/' . str_replace('\\', '/', substr($class, 5)) . '.php';
    if (is_file($file)) {
        require $file;
    }
});

PHP);

fixed('lib/repeat.php', <<<'PHP'
<?php
// Included three times per request (plain include): returns and prints.
$repeat = ($repeat ?? 0) + 1;
echo 'repeat ', $repeat, ' ', str_repeat('*', $repeat), "\n";
return $repeat * 11;

PHP);

// ------------------------------------------------------------- interfaces
for ($j = 0; $j < $nIfaces; $j++) {
    mutable("src/Contract/I$j.php", fn (int $v, int $s) => <<<PHP
<?php
declare(strict_types=1);

namespace Soak\\Contract;

\\Soak\\Reg::seen('Contract/I$j', $v);

/** Interface $j, version $v. */
interface I$j
{
    public const I{$j}_SALT = $s;
    public const I{$j}_TAG = 'i$j-v$v';

    public function i$j(int \$x): string;
}
PHP . pad($v));
}

// ----------------------------------------------------------------- traits
for ($j = 0; $j < $nTraits; $j++) {
    mutable("src/Concern/T$j.php", fn (int $v, int $s) => <<<PHP
<?php
declare(strict_types=1);

namespace Soak\\Concern;

\\Soak\\Reg::seen('Concern/T$j', $v);

/** Trait $j, version $v: a static property and a static variable per using class. */
trait T$j
{
    private static int \$t{$j}Sum = 0;

    public function t$j(string \$s): string
    {
        static \$calls = 0;
        \$calls++;
        self::\$t{$j}Sum += $s;
        \$up = static fn (string \$x): string => strtoupper(\$x) . '-t$j-v$v';
        return sprintf('t$j.v$v:%s:%d:%d', \$up(\$s), \$calls, self::\$t{$j}Sum % 100000);
    }

    public static function t{$j}Static(): string
    {
        return static::class . '@t$j.v$v';
    }
}
PHP . pad($v));
}

// ------------------------------------------------------------------ enums
for ($j = 0; $j < $nEnums; $j++) {
    mutable("src/Kind/E$j.php", function (int $v, int $s) use ($j) {
        $names = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Omega'];
        $n = 3 + ($v % 2); // odd versions have a fourth case
        $cases = '';
        $scores = '';
        for ($c = 0; $c < $n; $c++) {
            $cases .= "    case {$names[$c]} = '" . strtolower($names[$c]) . "-e$j-v$v';\n";
            $scores .= "            self::{$names[$c]} => " . ($s + $c * 3) . ",\n";
        }
        return <<<PHP
<?php
declare(strict_types=1);

namespace Soak\\Kind;

\\Soak\\Reg::seen('Kind/E$j', $v);

/** Enum $j, version $v. */
enum E$j: string
{
$cases
    public const FIRST = self::Alpha;

    public function score(): int
    {
        return match (\$this) {
$scores        };
    }

    public static function pick(int \$i): self
    {
        \$all = self::cases();
        return \$all[\$i % count(\$all)];
    }
}
PHP . pad($v);
    });
}

// ------------------------------------------------------------ base classes
for ($j = 0; $j < $nBases; $j++) {
    $i = $baseIface[$j];
    mutable("src/Base/B$j.php", fn (int $v, int $s) => <<<PHP
<?php
declare(strict_types=1);

namespace Soak\\Base;

use Soak\\Contract\\I$i;

\\Soak\\Reg::seen('Base/B$j', $v);

/** Base class $j, version $v. */
abstract class B$j implements I$i
{
    public const B_SALT = $s;
    protected static int \$made = 0;

    public function __construct(protected readonly int \$id)
    {
        static::\$made++;
    }

    abstract public function name(): string;

    public function i$i(int \$x): string
    {
        return 'b$j.v$v/' . (\$x * self::B_SALT + static::I{$i}_SALT) . '/' . static::I{$i}_TAG;
    }

    public function describe(): string
    {
        \$c = function (string \$sep): string {
            return \$this->name() . \$sep . \$this->id . \$sep . 'b$j.v$v';
        };
        return \$c('#');
    }

    public static function made(): int
    {
        return static::\$made;
    }

    public static function create(int \$id): static
    {
        return new static(\$id);
    }
}
PHP . pad($v));
}

// ----------------------------------------------------------------- models
for ($k = 0; $k < $nModels; $k++) {
    ['b' => $b, 'i' => $i, 't' => $t, 't2' => $t2, 'e' => $e] = $model[$k];
    $bi = $baseIface[$b];
    mutable("src/Model/C$k.php", function (int $v, int $s) use ($k, $b, $i, $t, $t2, $e, $bi) {
        // Every other version carries an anonymous class (not freezable: copied per request).
        $anon = ($v % 2 === 0)
            ? "\$anon = new class (\$q) { public function __construct(public int \$q) {} public function v(): string { return 'anon-c$k-v$v-' . \$this->q; } };\n        \$parts[] = \$anon->v();"
            : "\$parts[] = 'no-anon-c$k-v$v';";
        return <<<PHP
<?php
declare(strict_types=1);

namespace Soak\\Model;

use Soak\\Base\\B$b;
use Soak\\Concern\\T$t;
use Soak\\Concern\\T$t2;
use Soak\\Contract\\I$i;
use Soak\\Kind\\E$e;

\\Soak\\Reg::seen('Model/C$k', $v);

/** Model $k, version $v. */
final class C$k extends B$b implements I$i
{
    use T$t, T$t2 {
        T$t2::t{$t2}Static as protected secondStatic;
    }

    public const C_SALT = $s;
    private static array \$log = [];

    public function __construct(int \$id, private E$e \$kind = E$e::FIRST)
    {
        parent::__construct(\$id);
    }

    public function name(): string
    {
        return 'c$k.v$v';
    }

    public function i$i(int \$x): string
    {
        return 'c$k.v$v/' . (\$x + self::C_SALT) . '/' . I$i::I{$i}_TAG;
    }

    public function run(int \$q): string
    {
        static \$runs = 0;
        \$runs++;
        self::\$log[] = \$q;
        \$kind = E$e::pick(\$q + $k);
        \$parts = [
            \$this->describe(),
            \$this->i$bi(\$q),
            \$this->i$i(\$q),
            \$this->t$t('c$k'),
            \$this->t$t2('c{$k}b'),
            self::t{$t}Static() . ',' . self::secondStatic(),
            \$this->kind->value,
            \$kind->value . '=' . \$kind->score(),
            'runs=' . \$runs,
            'log=' . count(self::\$log),
            'salt=' . (self::C_SALT + parent::B_SALT),
            'made=' . static::made(),
        ];
        \$gen = (static function (int \$q): \\Generator {
            for (\$i = 0; \$i < 3; \$i++) {
                yield \$i => \$i * \$q + $s;
            }
            return 'g$k.v$v';
        })(\$q);
        foreach (\$gen as \$i => \$g) {
            \$parts[] = "\$i:\$g";
        }
        \$parts[] = \$gen->getReturn();
        \$fmt = sprintf(...);
        \$parts[] = \$fmt('%s-%05d', 'fcc', \$q * $s % 99991);
        \$parts[] = match (true) {
            \$q % 3 === 0 => 'm0.v$v',
            \$q % 3 === 1 => 'm1.v$v',
            default => 'm2.v$v',
        };
        $anon
        return implode('|', \$parts);
    }
}
PHP . pad($v);
    });
}

// ------------------------------------------------------------ functions
for ($j = 0; $j < $nFn; $j++) {
    mutable("src/fn/f$j.php", fn (int $v, int $s) => <<<PHP
<?php
declare(strict_types=1);

namespace Soak\\Fn;

\\Soak\\Reg::seen('fn/f$j', $v);

const F{$j}_SALT = $s;

function f$j(int \$q): string
{
    static \$memo = [];
    \$memo[\$q] = (\$memo[\$q] ?? 0) + 1;
    \$mul = static fn (int \$a): int => \$a * F{$j}_SALT % 9973;
    \$acc = array_sum(array_map(\$mul, range(1, 5 + \$q)));
    return 'f$j.v$v:' . \$mul(\$q) . ':' . \$acc . ':' . count(\$memo) . ':' . \$memo[\$q];
}

function f{$j}_heredoc(string \$who): string
{
    return <<<TXT
        f$j.v$v says hello to {\$who}
        TXT;
}
PHP . pad($v));
}

// ------------------------------------------------------------- partials
for ($j = 0; $j < $nParts; $j++) {
    mutable("src/partials/p$j.php", fn (int $v, int $s) => <<<PHP
<?php
// Partial $j, version $v: included (plain include) with \$n in scope.
\\Soak\\Reg::seen('partials/p$j', $v);
echo '<p$j v$v n=', \$n, '>', str_repeat('=', $v + 1), "\\n";
return $s + \$n;
PHP . pad($v));
}

// ---------------------------------------------------------- front controller
$qs = QS;
fixed('index.php', <<<PHP
<?php
declare(strict_types=1);

header('X-Soak-Pid: ' . getmypid());
require __DIR__ . '/boot.php';

\$q = (int)(\$_GET['q'] ?? (\$argv[1] ?? 0));
\$q = ((\$q % $qs) + $qs) % $qs;
echo "soak-page q=\$q\\n";

// Function files: dynamic paths, require_once (twice: the second is a no-op).
foreach ([\$q % $nFn, (\$q + 2) % $nFn, \$q % $nFn] as \$f) {
    require_once __DIR__ . "/src/fn/f\$f.php";
    echo \\call_user_func("Soak\\\\Fn\\\\f\$f", \$q), ' ', \\call_user_func("Soak\\\\Fn\\\\f{\$f}_heredoc", "q\$q"), "\\n";
}

// Models: a subset depending on q, loaded by the autoloader.
\$sum = 0;
for (\$k = 0; \$k < $nModels; \$k++) {
    if ((\$k * 7 + \$q) % 3 === 0) {
        continue;
    }
    \$class = "Soak\\\\Model\\\\C\$k";
    \$o = \$k % 2 ? new \$class(\$k + \$q) : \$class::create(\$k + \$q);
    \$line = \$o->run(\$q);
    if (\$k % 5 === 0) {
        \$line .= ' / again ' . \$o->run(\$q + 1);
    }
    echo "C\$k ", \$line, "\\n";
    \$sum += strlen(\$line);
}

// One partial (plain include), then a fixed partial three times.
\$n = \$q * 3;
\$r = include __DIR__ . '/src/partials/p' . (\$q % $nParts) . '.php';
echo "partial returned \$r\\n";
for (\$i = 0; \$i < 3; \$i++) {
    \$r = include __DIR__ . '/lib/repeat.php';
}
echo "repeat returned \$r\\n";

echo 'sum=', \$sum, ' classes=', count(array_filter(get_declared_classes(), static fn (\$c) => str_starts_with(\$c, 'Soak\\\\'))), "\\n";
echo 'versions: ', \\Soak\\Reg::dump(), "\\n";
echo "soak-end\\n";

PHP);

file_put_contents("$store/manifest.json", json_encode($manifest, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
printf("soak app: %d mutable files x %d variants, %d fixed, in %s\n", count($manifest['mutable']), $nVariants, count($manifest['fixed']), $app);
