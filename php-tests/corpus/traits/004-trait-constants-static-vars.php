<?php
trait Versioned {
    public const VERSION = '2.0';
    final public const STABLE = true;
    public function version(): string { return self::VERSION . (static::STABLE ? '-stable' : ''); }
    public function hits(): int { static $hits = 0; return ++$hits; }
    public static function shits(): int { static $n = 100; return ++$n; }
}
class Lib { use Versioned; }
class OtherLib { use Versioned; }
class SubLib extends Lib {}
echo Lib::VERSION, ' ', (new Lib)->version(), ' ', OtherLib::STABLE ? 'y' : 'n', "\n";
$l = new Lib; $o = new OtherLib; $s = new SubLib;
echo $l->hits(), $l->hits(), $o->hits(), $s->hits(), $l->hits(), "\n";
echo Lib::shits(), ' ', OtherLib::shits(), ' ', SubLib::shits(), ' ', Lib::shits(), "\n";
try { echo Versioned::VERSION; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo json_encode((new ReflectionClass('Lib'))->getConstants()), "\n";
