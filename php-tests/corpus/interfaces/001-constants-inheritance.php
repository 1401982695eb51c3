<?php
interface Base { const NAME = 'base'; const LIST = [self::NAME, 'x']; public function name(): string; }
interface Ext extends Base { const EXTRA = Base::NAME . '+ext'; public function extra(): string; }
interface Other { const OTHER = 1; }
interface Multi extends Ext, Other, Countable {}
class Impl implements Multi {
    public function name(): string { return self::NAME; }
    public function extra(): string { return static::EXTRA . ' ' . self::OTHER; }
    public function count(): int { return count(self::LIST); }
}
$i = new Impl;
echo $i->name(), ' ', $i->extra(), ' ', count($i), ' ', Impl::EXTRA, ' ', Multi::NAME, "\n";
foreach (['Base', 'Ext', 'Other', 'Multi', 'Countable', 'Traversable', 'Impl'] as $c) echo $c, '=', var_export($i instanceof $c, true), ' ';
echo "\n";
echo json_encode(class_implements($i)), "\n";
echo json_encode((new ReflectionClass('Multi'))->getInterfaceNames()), ' ', json_encode((new ReflectionClass('Multi'))->getConstants()), "\n";
var_dump(interface_exists('Multi'), (new ReflectionClass('Multi'))->isInterface(), is_subclass_of('Impl', 'Base'));
try { new Base; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class Overrider implements Base { const NAME = 'overridden-in-8.1'; public function name(): string { return self::NAME; } }
echo (new Overrider)->name(), ' ', Overrider::LIST[0], "\n";
