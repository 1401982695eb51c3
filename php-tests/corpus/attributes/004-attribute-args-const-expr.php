<?php
enum Level: int { case Debug = 10; case Info = 20; }
class Cfg { const BASE = 100; const NAMES = ['a', 'b']; }
#[Attribute(Attribute::TARGET_ALL | Attribute::IS_REPEATABLE)]
class Opt { public array $args; public function __construct(...$args) { $this->args = $args; } }
#[Opt(Cfg::BASE * 2 + 1, Cfg::NAMES, [Cfg::BASE => ['deep' => [true, null, 1.5]]], PHP_VERSION_ID >= 80000 ? 'php8' : 'old', Level::Info, E_ALL & ~E_NOTICE, Opt::class, key: 'named', list: [...Cfg::NAMES, 'c'])]
#[Opt(new ArrayObject([1, 2]))]
class Target {}
foreach ((new ReflectionClass(Target::class))->getAttributes() as $i => $a) {
    try {
        $args = $a->getArguments();
        echo "#$i ", str_replace("\n", ' ', var_export(array_map(fn($v) => is_object($v) && !$v instanceof UnitEnum ? get_class($v) : $v, $args), true)), "\n";
        $o = $a->newInstance();
        echo "  instance args: ", count($o->args), "\n";
    } catch (Throwable $e) { echo "#$i ", get_class($e), ': ', $e->getMessage(), "\n"; }
}
