<?php
// Attribute validation happens when newInstance() is called: wrong targets
// (constant-only attribute on a class constant, method-only on a constant, a
// closure argument on a property), non-repeatable repeats; declarations in an
// included file and in a child class here.
require __DIR__ . '/inc/attr_targets.php';
#[MethodOnly]
const GLOBAL_WITH_METHOD_ATTR = 1;
#[ConstOnly]
const GLOBAL_OK = 2;
class AttrChild extends AttrParent {
    #[MethodOnly(static function () { return 'child cb'; })]
    public function run() {}
    #[Single(1), Single(2)]
    public int $twice = 0;
    #[ConstOnly, Single(3)]
    const CHILD_CONST = 3;
    #[MethodOnly(static function () { return 'on property'; })]
    public $prop;
    #[NoDiscard]
    public function nd(): int { return 1; }
}
function show(string $what, array $attrs): void {
    foreach ($attrs as $a) {
        try { $o = $a->newInstance(); echo "$what ", $a->getName(), ': ok', isset($o->cb) ? ' ' . ($o->cb)() : '', "\n"; }
        catch (Throwable $e) { echo "$what ", $a->getName(), ': ', get_class($e), ': ', $e->getMessage(), "\n"; }
    }
}
show('global GLOBAL_WITH_METHOD_ATTR', (new ReflectionConstant('GLOBAL_WITH_METHOD_ATTR'))->getAttributes());
show('global GLOBAL_OK', (new ReflectionConstant('GLOBAL_OK'))->getAttributes());
show('AttrParent::run', (new ReflectionMethod(AttrParent::class, 'run'))->getAttributes());
show('AttrChild::run', (new ReflectionMethod(AttrChild::class, 'run'))->getAttributes());
show('AttrChild::$twice', (new ReflectionProperty(AttrChild::class, 'twice'))->getAttributes());
show('AttrChild::CHILD_CONST', (new ReflectionClassConstant(AttrChild::class, 'CHILD_CONST'))->getAttributes());
show('AttrChild::PARENT_CONST', (new ReflectionClassConstant(AttrChild::class, 'PARENT_CONST'))->getAttributes());
show('AttrChild::$prop', (new ReflectionProperty(AttrChild::class, 'prop'))->getAttributes());
show('AttrChild::nd', (new ReflectionMethod(AttrChild::class, 'nd'))->getAttributes());
$args = (new ReflectionProperty(AttrChild::class, 'prop'))->getAttributes()[0]->getArguments();
echo get_class($args[0]), ' ', $args[0](), "\n";
