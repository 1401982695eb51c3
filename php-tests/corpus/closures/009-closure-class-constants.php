<?php
class Config {
    const DEFAULTS = ['level' => 2, 'name' => 'cfg'];
    const LEVEL = self::DEFAULTS['level'] * 10;
    private const HIDDEN = 'hidden-const';
    public function getter(): Closure { return fn(string $k) => self::DEFAULTS[$k] ?? static::LEVEL; }
    public static function hiddenReader(): Closure { return static fn() => self::HIDDEN . '/' . static::LEVEL; }
}
class SubConfig extends Config { const LEVEL = 99; }
$g = (new Config)->getter();
echo $g('name'), ' ', $g('missing'), "\n";
echo (new SubConfig)->getter()('missing'), "\n";
echo Config::hiddenReader()(), ' ', SubConfig::hiddenReader()(), "\n";
$read = function (string $c) { return constant(static::class . '::' . $c); };
echo Closure::bind($read, null, SubConfig::class)('LEVEL'), "\n";
$priv = fn() => Config::HIDDEN;
try { $priv(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo Closure::bind($priv, null, Config::class)(), "\n";
enum Level: int { case Low = 1; case High = 2; const DEFAULT = self::Low; public function label(): Closure { return fn() => $this->name . '=' . $this->value; } }
echo Level::DEFAULT->label()(), ' ', Level::High->label()(), "\n";
