<?php
// Closures in constant expressions (8.5): global constants, class constants,
// static property defaults, parameter defaults and attribute arguments, from an
// included file and here; each evaluation gives a closure; Reflection of them.
require __DIR__ . '/inc/const_closures.php';
class LocalRules extends Rules {
    const LOWER = static function (string $s): string { return strtolower($s) . '@' . __LINE__; };
    #[Validator(static function ($v) { return is_string($v); }, 'string'), Validator(static function ($v) { return $v !== ''; }, 'non-empty')]
    public string $name = 'x';
    public static function applyLocal(string $s, ?Closure $f = self::LOWER): string { return $f($s); }
}
function with_default(array $xs, Closure $map = static function ($x) { return $x ** 2; }): array { return array_map($map, $xs); }
echo (DOUBLER)(21), ' ', (Rules::UPPER)('abc'), ' ', (LocalRules::LOWER)('ABC'), "\n";
$v = 4;
foreach (Rules::PIPELINE as $f) $v = $f($v);
echo $v, ' ', (Rules::$fallback)(), ' ', (LocalRules::$fallback)(), "\n";
echo Rules::apply(7), ' ', Rules::apply(7, DOUBLER), ' ', LocalRules::applyLocal('MiXeD'), "\n";
echo json_encode(with_default([1, 2, 3])), ' ', json_encode(with_default([1], DOUBLER)), "\n";
var_dump(Rules::UPPER instanceof Closure, Rules::UPPER === Rules::UPPER);
foreach ([[Rules::class, 'count'], [LocalRules::class, 'name']] as [$c, $p]) {
    foreach ((new ReflectionProperty($c, $p))->getAttributes() as $a) {
        $inst = $a->newInstance();
        echo "$c::\$$p ", $a->getName(), ' ', $inst->label, ': ', json_encode([($inst->check)(5), ($inst->check)(''), ($inst->check)('s')]), "\n";
        $rf = new ReflectionFunction($inst->check);
        echo '  closure static=', json_encode($rf->isStatic()), ' line=', $rf->getStartLine(), ' file=', basename($rf->getFileName()), ' params=', $rf->getNumberOfParameters(), "\n";
    }
}
$rp = (new ReflectionMethod(Rules::class, 'apply'))->getParameters()[1];
echo 'default available=', json_encode($rp->isDefaultValueAvailable()), ' ', get_class($rp->getDefaultValue()), ' ', ($rp->getDefaultValue())('r'), "\n";
$rc = new ReflectionClassConstant(LocalRules::class, 'LOWER');
echo get_class($rc->getValue()), ' ', (new ReflectionFunction($rc->getValue()))->getStartLine(), "\n";
echo str_replace(__DIR__, '', (new ReflectionFunction(DOUBLER))->getName()), "\n";
try { echo Rules::apply([]), "\n"; } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
try { echo (DOUBLER)('x'), "\n"; } catch (TypeError $e) { echo get_class($e), ': ', preg_replace('/, called in .*/', '', $e->getMessage()), ' @', $e->getLine(), "\n"; }
