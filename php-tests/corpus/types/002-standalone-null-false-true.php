<?php
class Finder {
    public function find(string $k): array|false { return $k === 'x' ? ['x'] : false; }
    public function alwaysNull(): null { return null; }
    public function ok(): true { return true; }
    public ?Finder $next = null;
    public false|int $pos = false;
}
$f = new Finder;
var_dump($f->find('x'), $f->find('y'), $f->alwaysNull(), $f->ok(), $f->pos);
$f->pos = 5; var_dump($f->pos);
try { $f->pos = true; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
foreach (['find', 'alwaysNull', 'ok'] as $m) echo $m, ': ', (new ReflectionMethod($f, $m))->getReturnType(), "\n";
echo (new ReflectionProperty('Finder', 'pos'))->getType(), ' ', get_class((new ReflectionProperty('Finder', 'pos'))->getType()), "\n";
$t = (new ReflectionMethod($f, 'find'))->getReturnType();
echo implode('|', array_map(fn($x) => $x->getName(), $t->getTypes())), ' ', var_export($t->allowsNull(), true), "\n";
