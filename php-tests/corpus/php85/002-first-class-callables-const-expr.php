<?php
// First-class callable syntax in constant expressions (8.5): internal and
// user functions, static methods, namespaced names, in class constants, static
// property defaults, parameter defaults and attribute arguments; here and in an
// included namespaced file; inherited by a child; errors for bad targets.
require __DIR__ . '/inc/fcc_lib.php';
use Fcc\Formatter;
const LEN = strlen(...);
class Child extends Formatter {
    const CHAIN = [parent::wrap(...), 'k' => Fcc\shout(...)];
    public static function wrap(string $s): string { return "<$s>"; }
    #[Fcc\Transform(Child::wrap(...))]
    public function tagged(\Closure $f = strtolower(...)): string { return $f('MiXed'); }
}
echo (LEN)('four'), ' ', (Formatter::TRIM)('  t  '), ' ', (Formatter::SHOUT)('hey'), ' ', (Formatter::STATIC_METHOD)('s'), "\n";
echo (Formatter::$default)('abc'), ' ', Formatter::format('f'), ' ', Child::format('c'), ' ', (Child::STATIC_METHOD)('inherited'), "\n";
echo (Child::CHAIN[0])('p'), ' ', (Child::CHAIN['k'])('k'), ' ', (new Child)->tagged(), "\n";
foreach ([(new ReflectionProperty(Formatter::class, 'secret'))->getAttributes()[0], (new ReflectionMethod(Child::class, 'tagged'))->getAttributes()[0]] as $a) {
    $t = $a->newInstance();
    $rf = new ReflectionFunction($t->fn);
    echo $a->getName(), ' -> ', ($t->fn)('attr'), ' name=', $rf->getName(), ' internal=', json_encode($rf->isInternal()), "\n";
}
$p = (new ReflectionMethod(Child::class, 'tagged'))->getParameters()[0];
echo (new ReflectionFunction($p->getDefaultValue()))->getName(), "\n";
foreach ((new ReflectionClass(Formatter::class))->getReflectionConstants() as $c) {
    $rf = new ReflectionFunction($c->getValue());
    echo $c->getName(), ': ', $rf->getName(), ' ', $rf->isInternal() ? 'internal' : basename($rf->getFileName()) . ':' . $rf->getStartLine(), "\n";
}
var_dump(Formatter::TRIM == trim(...), (LEN)(...) instanceof Closure);
try { (Formatter::SHOUT)([]); } catch (TypeError $e) { echo get_class($e), ': ', preg_replace('/, called in .*/', '', $e->getMessage()), ' @', $e->getLine(), "\n"; }
try { (LEN)(); } catch (ArgumentCountError $e) { echo get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
class Broken { const NOPE = no_such_function(...); }
try { var_dump(Broken::NOPE); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
