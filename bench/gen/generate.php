<?php
/**
 * Kiln benchmark: writes a compile-heavy PHP application into a directory.
 *
 *   php -n bench/gen/generate.php OUT_DIR [FILES]
 *
 * FILES (default 300) PHP files under OUT_DIR/src: interfaces, traits, enums,
 * an abstract base class and many model classes with realistic methods
 * (typed and promoted properties, readonly, closures and arrow functions,
 * match, generators, heredocs, sprintf/implode-heavy string code, first-class
 * callables, nullsafe calls, named arguments), plus a PSR-4 autoloader and
 * two entry points:
 *
 *   OUT_DIR/index.php  front controller (web): autoloads every class, calls a
 *                      few methods on each, prints a small HTML page ending in
 *                      <!-- gen-ok:HASH -->
 *   OUT_DIR/cli.php    the same for the command line, prints "gen-ok:HASH"
 *
 * The output is deterministic (fixed seed) and HASH depends only on the
 * generated code, so every cache mode must print the same HASH.
 */
declare(strict_types=1);

if ($argc < 2) {
    fwrite(STDERR, "usage: php generate.php OUT_DIR [FILES]\n");
    exit(2);
}
$out = rtrim($argv[1], '/');
$files = max(40, (int)($argv[2] ?? 300));

mt_srand(20240601);
$NS = 'Bench\\Gen';
$nIfaces = 20;
$nTraits = 20;
$nEnums = 20;
$fixed = 5; // Base, Renderer, App, Manifest, autoload.php
$nModels = $files - $nIfaces - $nTraits - $nEnums - $fixed;

$words = ['account', 'invoice', 'order', 'customer', 'product', 'shipment', 'ledger', 'payment',
    'category', 'review', 'session', 'token', 'profile', 'address', 'catalog', 'voucher', 'refund',
    'warehouse', 'supplier', 'contract', 'channel', 'message', 'thread', 'report', 'metric', 'quota',
    'region', 'tenant', 'webhook', 'schedule', 'segment', 'campaign', 'asset', 'license', 'ticket'];
$verbs = ['load', 'store', 'refresh', 'merge', 'split', 'archive', 'publish', 'approve', 'reject',
    'normalize', 'summarize', 'export', 'import', 'verify', 'resolve', 'expand', 'collect', 'filter'];
$statusSets = [
    ['Active', 'Inactive', 'Pending', 'Archived'],
    ['Draft', 'Review', 'Published', 'Retired', 'Deleted'],
    ['Open', 'Closed', 'OnHold'],
    ['Low', 'Medium', 'High', 'Critical', 'Blocker', 'Trivial'],
];

function pick(array $a)
{
    return $a[mt_rand(0, count($a) - 1)];
}

function w(string $path, string $code): void
{
    if (!is_dir(dirname($path)) && !mkdir(dirname($path), 0755, true) && !is_dir(dirname($path))) {
        throw new RuntimeException("cannot create " . dirname($path));
    }
    file_put_contents($path, $code);
}

function sentence(array $words, int $n): string
{
    $s = [];
    for ($i = 0; $i < $n; $i++) {
        $s[] = pick($words);
    }
    return ucfirst(implode(' ', $s)) . '.';
}

// ---------------------------------------------------------------- interfaces
for ($k = 0; $k < $nIfaces; $k++) {
    $w = pick($words);
    $doc = sentence($words, 12);
    w("$out/src/Contract/I$k.php", <<<PHP
<?php
declare(strict_types=1);

namespace $NS\\Contract;

/**
 * $doc
 *
 * Implementations expose a stable name and a weight used for ordering.
 */
interface I$k
{
    public const I{$k}_CHANNEL = 'i$k.$w';
    public const I{$k}_VERSION = $k;

    /** Human readable name of the $w. */
    public function i{$k}Name(): string;

    /** Relative weight, multiplied by \$scale. */
    public function i{$k}Weight(int \$scale = 1): int;

    /** @return array<string, scalar|null> */
    public function i{$k}Export(bool \$withMeta = false): array;
}

PHP);
}

// -------------------------------------------------------------------- traits
for ($k = 0; $k < $nTraits; $k++) {
    $w = pick($words);
    $v = pick($verbs);
    $doc = sentence($words, 10);
    w("$out/src/Concern/T$k.php", <<<PHP
<?php
declare(strict_types=1);

namespace $NS\\Concern;

/**
 * $doc
 */
trait T$k
{
    /** @var list<string> */
    protected array \$t{$k}Log = [];
    private static int \$t{$k}Calls = 0;

    abstract public function key(): string;

    public function t{$k}Record(string \$event, string|int|float ...\$args): static
    {
        self::\$t{$k}Calls++;
        \$this->t{$k}Log[] = sprintf('[%s] %s(%s) #%d', \$this->key(), \$event, implode(', ', array_map('strval', \$args)), self::\$t{$k}Calls);
        if (count(\$this->t{$k}Log) > 32) {
            array_shift(\$this->t{$k}Log);
        }
        return \$this;
    }

    public function t{$k}Summary(int \$limit = 5): string
    {
        \$lines = array_slice(\$this->t{$k}Log, -\$limit);
        \$lines = array_map(static fn (string \$l): string => ucfirst(trim(\$l)), \$lines);
        return \$lines === [] ? '(no $w events)' : implode("; ", \$lines);
    }

    public function t{$k}{$v}(array \$items, ?callable \$map = null): array
    {
        \$map ??= static fn (mixed \$x): string => is_scalar(\$x) ? (string)\$x : get_debug_type(\$x);
        \$result = [];
        foreach (\$items as \$key => \$item) {
            \$result[is_int(\$key) ? "$w-\$key" : \$key] = \$map(\$item);
        }
        ksort(\$result, SORT_STRING);
        return \$result;
    }

    protected function t{$k}Escape(string \$text): string
    {
        return htmlspecialchars(\$text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8');
    }
}

PHP);
}

// --------------------------------------------------------------------- enums
for ($k = 0; $k < $nEnums; $k++) {
    $set = $statusSets[$k % count($statusSets)];
    $cases = '';
    $labels = '';
    $weights = '';
    foreach ($set as $i => $c) {
        $val = strtolower($c) . "_$k";
        $cases .= "    case $c = '$val';\n";
        $label = ucfirst(strtolower(preg_replace('/(?<!^)[A-Z]/', ' $0', $c)));
        $labels .= "            self::$c => '$label',\n";
        $weights .= "            self::$c => " . (($i + 1) * ($k + 3)) . ",\n";
    }
    $first = $set[0];
    w("$out/src/Kind/E$k.php", <<<PHP
<?php
declare(strict_types=1);

namespace $NS\\Kind;

/** Status values of kind $k. */
enum E$k: string implements \\JsonSerializable
{
$cases
    public const DEFAULT = self::$first;

    public function label(): string
    {
        return match (\$this) {
$labels        };
    }

    public function weight(): int
    {
        return match (\$this) {
$weights        };
    }

    public function isTerminal(): bool
    {
        return \$this->weight() >= max(array_map(static fn (self \$c): int => \$c->weight(), self::cases()));
    }

    public static function fromLabel(string \$label): self
    {
        foreach (self::cases() as \$case) {
            if (strcasecmp(\$case->label(), \$label) === 0) {
                return \$case;
            }
        }
        throw new \\ValueError(sprintf('"%s" is not a valid label of %s', \$label, self::class));
    }

    public function jsonSerialize(): array
    {
        return ['value' => \$this->value, 'label' => \$this->label(), 'weight' => \$this->weight()];
    }
}

PHP);
}

// ---------------------------------------------------------------- base etc.
w("$out/src/Model/Base.php", <<<PHP
<?php
declare(strict_types=1);

namespace $NS\\Model;

use $NS\\Renderer;

/**
 * Common behaviour of every model: identity, attributes, rendering.
 */
abstract class Base implements \\Stringable, \\JsonSerializable
{
    /** @var array<string, mixed> */
    protected array \$attributes = [];
    protected ?Renderer \$renderer = null;
    private static int \$created = 0;

    abstract public function key(): string;

    abstract public function render(array \$context = []): string;

    public function __construct()
    {
        self::\$created++;
    }

    public static function created(): int
    {
        return self::\$created;
    }

    public function with(string \$name, mixed \$value): static
    {
        \$clone = clone \$this;
        \$clone->attributes[\$name] = \$value;
        return \$clone;
    }

    public function get(string \$name, mixed \$default = null): mixed
    {
        return \$this->attributes[\$name] ?? \$default;
    }

    public function renderer(): Renderer
    {
        return \$this->renderer ??= new Renderer(static::class);
    }

    public function __toString(): string
    {
        return static::class . '#' . \$this->key();
    }

    public function jsonSerialize(): array
    {
        return ['key' => \$this->key(), 'class' => static::class, 'attributes' => \$this->attributes];
    }
}

PHP);

w("$out/src/Renderer.php", <<<PHP
<?php
declare(strict_types=1);

namespace $NS;

/** Tiny template renderer: {placeholders}, escaping, lists and tables. */
final class Renderer
{
    private array \$filters;

    public function __construct(private readonly string \$owner)
    {
        \$this->filters = [
            'upper' => strtoupper(...),
            'lower' => strtolower(...),
            'title' => static fn (string \$s): string => ucwords(strtolower(\$s)),
            'trim' => trim(...),
            'slug' => static fn (string \$s): string => trim((string)preg_replace('/[^a-z0-9]+/', '-', strtolower(\$s)), '-'),
        ];
    }

    public function template(string \$template, array \$vars): string
    {
        return (string)preg_replace_callback('/\\{(\\w+)(?:\\|(\\w+))?\\}/', function (array \$m) use (\$vars): string {
            \$value = (string)(\$vars[\$m[1]] ?? '');
            if (isset(\$m[2], \$this->filters[\$m[2]])) {
                \$value = (\$this->filters[\$m[2]])(\$value);
            }
            return htmlspecialchars(\$value, ENT_QUOTES, 'UTF-8');
        }, \$template);
    }

    public function list(iterable \$items, string \$class = 'items'): string
    {
        \$html = '';
        foreach (\$items as \$key => \$item) {
            \$html .= sprintf('<li data-key="%s">%s</li>', htmlspecialchars((string)\$key), htmlspecialchars((string)\$item));
        }
        return "<ul class=\"\$class\">" . \$html . '</ul>';
    }

    public function table(array \$rows): string
    {
        if (\$rows === []) {
            return '<table></table>';
        }
        \$head = implode('', array_map(static fn (\$h) => "<th>\$h</th>", array_keys(reset(\$rows))));
        \$body = implode("\\n", array_map(
            static fn (array \$r): string => '<tr>' . implode('', array_map(static fn (\$c) => '<td>' . htmlspecialchars((string)\$c) . '</td>', \$r)) . '</tr>',
            \$rows
        ));
        return "<table data-owner=\"{\$this->owner}\"><thead><tr>\$head</tr></thead><tbody>\$body</tbody></table>";
    }
}

PHP);

// ------------------------------------------------------------------- models
$classes = [];
for ($k = 0; $k < $nModels; $k++) {
    $classes[] = "C$k";
}
foreach ($classes as $k => $cls) {
    $w = $words[$k % count($words)];
    $w2 = pick($words);
    $ifs = array_values(array_unique([mt_rand(0, $nIfaces - 1), mt_rand(0, $nIfaces - 1)]));
    $trs = array_values(array_unique([mt_rand(0, $nTraits - 1), mt_rand(0, $nTraits - 1)]));
    $en = mt_rand(0, $nEnums - 1);
    $set = $statusSets[$en % count($statusSets)];
    $uses = [];
    foreach ($ifs as $i) {
        $uses[] = "use $NS\\Contract\\I$i;";
    }
    foreach ($trs as $t) {
        $uses[] = "use $NS\\Concern\\T$t;";
    }
    $uses[] = "use $NS\\Kind\\E$en;";
    $uses = implode("\n", $uses);
    $implements = implode(', ', array_map(static fn ($i) => "I$i", $ifs));
    $traitUse = implode(', ', array_map(static fn ($t) => "T$t", $trs));
    $fields = [];
    $nf = mt_rand(5, 9);
    for ($i = 0; $i < $nf; $i++) {
        $fields[] = pick($words) . '_' . pick(['id', 'name', 'code', 'total', 'at', 'note', 'ref']);
    }
    $fields = array_values(array_unique($fields));
    $fieldList = "'" . implode("', '", $fields) . "'";
    $doc = sentence($words, 16);
    $doc2 = sentence($words, 9);

    $ifaceMethods = '';
    foreach ($ifs as $i) {
        $mul = mt_rand(2, 9);
        $ifaceMethods .= <<<PHP

    public function i{$i}Name(): string
    {
        return sprintf('%s %s (%s)', ucfirst('$w'), \$this->name, \$this->status->label());
    }

    public function i{$i}Weight(int \$scale = 1): int
    {
        return (\$this->id * $mul + \$this->status->weight() + count(\$this->tags)) * \$scale;
    }

    public function i{$i}Export(bool \$withMeta = false): array
    {
        \$data = ['id' => \$this->id, 'name' => \$this->name, 'status' => \$this->status->value];
        if (\$withMeta) {
            \$data += ['channel' => I$i::I{$i}_CHANNEL, 'version' => I$i::I{$i}_VERSION, 'tags' => implode(',', \$this->tags)];
        }
        return \$data;
    }

PHP;
    }
    $traitCalls = '';
    foreach ($trs as $t) {
        $traitCalls .= "        \$this->t{$t}Record('render', \$this->id, count(\$context));\n";
    }
    $firstTrait = $trs[0];

    // A few filler methods with varied bodies.
    $extra = '';
    $nx = mt_rand(4, 8);
    for ($x = 0; $x < $nx; $x++) {
        $v = pick($verbs);
        $m = $v . ucfirst(pick($words)) . $x;
        $kind = mt_rand(0, 5);
        $extra .= match ($kind) {
            0 => <<<PHP

    /** {$v}s the {$w} rows matching \$needle. */
    public function $m(array \$rows, string \$needle = ''): array
    {
        \$needle = strtolower(trim(\$needle));
        return array_values(array_filter(
            array_map(fn (array \$r): array => \$r + ['owner' => \$this->key()], \$rows),
            static fn (array \$r): bool => \$needle === '' || str_contains(strtolower(implode(' ', array_map('strval', \$r))), \$needle)
        ));
    }

PHP,
            1 => <<<PHP

    public function $m(int \$from = 0, int \$to = 10): \\Generator
    {
        for (\$i = \$from; \$i < \$to; \$i++) {
            \$key = sprintf('%s-%04d', self::TABLE, \$i);
            yield \$key => str_pad(dechex(crc32(\$key . \$this->name)), 8, '0', STR_PAD_LEFT);
        }
        return \$to - \$from;
    }

PHP,
            2 => <<<PHP

    public function $m(string \$format = 'text'): string
    {
        \$parts = [];
        foreach (self::FIELDS as \$i => \$field) {
            \$parts[] = match (\$format) {
                'csv' => '"' . str_replace('"', '""', \$field) . '"',
                'json' => json_encode([\$field => \$i], JSON_THROW_ON_ERROR),
                'sql' => sprintf('`%s`.`%s`', self::TABLE, \$field),
                default => ucwords(str_replace('_', ' ', \$field)),
            };
        }
        return implode(\$format === 'csv' ? ',' : ' | ', \$parts);
    }

PHP,
            3 => <<<PHP

    public function $m(array \$input): array
    {
        \$errors = [];
        foreach (self::FIELDS as \$field) {
            \$value = \$input[\$field] ?? null;
            \$error = match (true) {
                \$value === null => "\$field is required",
                is_string(\$value) && strlen(\$value) > 255 => "\$field is too long",
                is_string(\$value) && !preg_match('/^[\\w .,@-]*\$/u', \$value) => "\$field has invalid characters",
                is_int(\$value) && \$value < 0 => "\$field must not be negative",
                default => null,
            };
            if (\$error !== null) {
                \$errors[\$field] = ucfirst(\$error) . ' (' . self::TABLE . ')';
            }
        }
        return \$errors;
    }

PHP,
            4 => <<<PHP

    public function $m(?self \$other = null): string
    {
        \$text = <<<TXT
            {$w2} report for {\$this->name}
              status:  {\$this->status->label()}
              weight:  {\$this->status->weight()}
              other:   {\$other?->name}
              tags:    %s
            TXT;
        return sprintf(\$text, \$this->tags === [] ? '-' : implode(', ', \$this->tags));
    }

PHP,
            default => <<<PHP

    public function $m(iterable \$values, int \$precision = 2): array
    {
        \$sum = 0.0;
        \$count = 0;
        \$min = INF;
        \$max = -INF;
        foreach (\$values as \$value) {
            \$value = (float)\$value;
            \$sum += \$value;
            \$count++;
            \$min = min(\$min, \$value);
            \$max = max(\$max, \$value);
        }
        \$avg = \$count ? \$sum / \$count : 0.0;
        return array_map(static fn (float \$x): float => round(\$x, \$precision), compact('sum', 'avg', 'min', 'max') + ['count' => (float)\$count]);
    }

PHP,
        };
    }

    $cases = implode(', ', array_map(static fn ($c) => "'" . strtolower($c) . "'", $set));
    $code = <<<PHP
<?php
declare(strict_types=1);

namespace $NS\\Model;

$uses

/**
 * $doc
 *
 * $doc2
 */
final class $cls extends Base implements $implements
{
    use $traitUse;

    public const TABLE = '{$w}_$k';
    public const FIELDS = [$fieldList];
    private const TEMPLATE = <<<'TPL'
        <article class="$w" id="{key|slug}">
          <h2>{name|title}</h2>
          <p class="status status-{status|lower}">{status}</p>
          <p class="summary">{summary}</p>
        </article>
        TPL;

    private static int \$instances = 0;
    protected ?string \$cachedLabel = null;
    /** @var array<string, int> */
    private array \$counters = [];

    public function __construct(
        public readonly int \$id,
        protected string \$name,
        private E$en \$status = E$en::DEFAULT,
        private array \$tags = [],
    ) {
        parent::__construct();
        self::\$instances++;
    }

    public static function make(int \$id, string \$name, string ...\$tags): static
    {
        return new static(\$id, \$name, E$en::DEFAULT, \$tags);
    }

    public static function instances(): int
    {
        return self::\$instances;
    }

    public function key(): string
    {
        return self::TABLE . ':' . \$this->id;
    }

    public function label(): string
    {
        return \$this->cachedLabel ??= sprintf('%s #%d: %s', ucfirst('$w'), \$this->id, \$this->name);
    }
$ifaceMethods
    public function render(array \$context = []): string
    {
$traitCalls        \$this->count('render');
        return \$this->renderer()->template(self::TEMPLATE, [
            'key' => \$this->key(),
            'name' => \$this->name,
            'status' => \$this->status->label(),
            'summary' => \$this->t{$firstTrait}Summary(2),
        ] + \$context);
    }

    public function handle(string \$action, array \$payload = []): array
    {
        \$this->count(\$action);
        return match (\$action) {
            'create' => ['ok' => true, 'key' => \$this->key(), 'fields' => array_intersect_key(\$payload, array_flip(self::FIELDS))],
            'update' => ['ok' => true, 'changed' => array_keys(array_diff_assoc(\$payload, \$this->attributes))],
            'status' => ['ok' => true, 'status' => \$this->status->jsonSerialize(), 'allowed' => [$cases]],
            'delete' => ['ok' => !\$this->status->isTerminal(), 'key' => \$this->key()],
            default => throw new \\InvalidArgumentException(sprintf('Unknown action "%s" for %s', \$action, self::class)),
        };
    }

    public function query(array \$filters = [], int \$limit = 20, string \$order = 'id'): string
    {
        \$where = [];
        foreach (\$filters as \$column => \$value) {
            if (!in_array(\$column, self::FIELDS, true)) {
                continue;
            }
            \$where[] = is_array(\$value)
                ? sprintf('%s IN (%s)', \$column, implode(', ', array_map(static fn (\$v) => "'" . addslashes((string)\$v) . "'", \$value)))
                : sprintf("%s = '%s'", \$column, addslashes((string)\$value));
        }
        return sprintf(
            'SELECT %s FROM %s%s ORDER BY %s LIMIT %d',
            implode(', ', self::FIELDS),
            self::TABLE,
            \$where ? ' WHERE ' . implode(' AND ', \$where) : '',
            in_array(\$order, self::FIELDS, true) ? \$order : 'id',
            max(1, \$limit)
        );
    }

    public function tags(): array
    {
        return \$this->tags;
    }

    public function withStatus(E$en \$status): static
    {
        \$clone = clone \$this;
        \$clone->status = \$status;
        \$clone->cachedLabel = null;
        return \$clone;
    }

    private function count(string \$what): void
    {
        \$this->counters[\$what] = (\$this->counters[\$what] ?? 0) + 1;
    }
$extra}

PHP;
    w("$out/src/Model/$cls.php", $code);
}

// --------------------------------------------------------- manifest and app
$list = implode(",\n        ", array_map(static fn ($c) => "Model\\$c::class", $classes));
w("$out/src/Manifest.php", <<<PHP
<?php
declare(strict_types=1);

namespace $NS;

/** Every model class of the generated application. */
final class Manifest
{
    public const MODELS = [
        $list,
    ];
}

PHP);

w("$out/src/App.php", <<<PHP
<?php
declare(strict_types=1);

namespace $NS;

use $NS\\Model\\Base;

/** Front controller logic: touches every model once, renders a page. */
final class App
{
    public function __construct(private readonly string \$title = 'Generated application')
    {
    }

    public function run(): array
    {
        \$hash = hash_init('crc32b');
        \$items = [];
        foreach (Manifest::MODELS as \$i => \$class) {
            /** @var Base \$model */
            \$model = \$class::make(\$i + 1, "item \$i", 'bench', 'gen');
            \$html = \$model->render(['index' => \$i]);
            \$result = \$model->handle('create', ['id' => \$i, 'name' => "item \$i"]);
            \$sql = \$model->query(['id' => [\$i, \$i + 1]], 10);
            hash_update(\$hash, \$html . json_encode(\$result) . \$sql . \$model->label());
            if (\$i % 20 === 0) {
                \$items[\$model->key()] = \$model->label();
            }
        }
        return [\$items, hash_final(\$hash), Base::created()];
    }

    public function page(): string
    {
        [\$items, \$hash, \$created] = \$this->run();
        \$r = new Renderer(self::class);
        return "<!DOCTYPE html>\\n<html><head><meta charset=\"utf-8\"><title>" . htmlspecialchars(\$this->title) . "</title></head><body>\\n"
            . '<h1>' . htmlspecialchars(\$this->title) . "</h1>\\n"
            . \$r->list(\$items) . "\\n"
            . sprintf('<p>%d models, %d classes</p>', \$created, count(Manifest::MODELS)) . "\\n"
            . "</body></html>\\n<!-- gen-ok:\$hash -->\\n";
    }
}

PHP);

w("$out/src/autoload.php", <<<PHP
<?php
declare(strict_types=1);

spl_autoload_register(static function (string \$class): void {
    \$prefix = '$NS\\\\';
    if (strncmp(\$class, \$prefix, strlen(\$prefix)) !== 0) {
        return;
    }
    \$file = __DIR__ . '/' . str_replace('\\\\', '/', substr(\$class, strlen(\$prefix))) . '.php';
    if (is_file(\$file)) {
        require \$file;
    }
});

PHP);

w("$out/index.php", <<<PHP
<?php
declare(strict_types=1);

require __DIR__ . '/src/autoload.php';

header('Content-Type: text/html; charset=utf-8');
echo (new $NS\\App('Kiln benchmark: generated application'))->page();

PHP);

w("$out/cli.php", <<<PHP
<?php
declare(strict_types=1);

require __DIR__ . '/src/autoload.php';

[\$items, \$hash, \$created] = (new $NS\\App())->run();
echo "gen-ok:\$hash \$created models\\n";

PHP);

$count = 0;
$bytes = 0;
foreach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator("$out/src", FilesystemIterator::SKIP_DOTS)) as $f) {
    if (str_ends_with((string)$f, '.php')) {
        $count++;
        $bytes += $f->getSize();
    }
}
echo "generated $count class files (" . round($bytes / 1024) . " KiB) in $out\n";
