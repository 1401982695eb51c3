<?php
class Typed {
    public int $i = 0;
    public ?string $s = null;
    public float $f = 1.5;
    public array $a = [];
    public int|string $u = 'u';
    public bool $b;
    public static ?Typed $inst = null;
    public iterable $it = [];
    public self $me;
}
$t = new Typed;
$t->i = '42'; $t->f = 3; $t->s = 55; $t->u = 1.0;
var_dump($t->i, $t->f, $t->s, $t->u);
foreach ([
    fn() => $t->i = 'abc', fn() => $t->a = 'str', fn() => $t->b, fn() => $t->me = new stdClass, fn() => Typed::$inst = new stdClass, fn() => $t->i = null,
    fn() => $t->i = 1.5,
] as $k => $f) {
    try { $f(); echo "$k: ok\n"; } catch (Error $e) { echo "$k: ", get_class($e), ': ', $e->getMessage(), "\n"; }
}
$t->me = $t; echo get_class($t->me), "\n";
$r = &$t->i; try { $r = 'bad'; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$t->i++; echo $t->i, "\n";
$t->i = PHP_INT_MAX; try { $t->i++; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
unset($t->s);
try { echo $t->s; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo implode(',', array_map(fn($p) => $p->getType() . ' $' . $p->name, (new ReflectionClass('Typed'))->getProperties())), "\n";
var_dump((new ReflectionProperty('Typed', 'b'))->isInitialized($t), (new ReflectionProperty('Typed', 'i'))->hasDefaultValue());
