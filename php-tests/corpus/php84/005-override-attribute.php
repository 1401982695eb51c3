<?php
// #[\Override] (8.3) on methods overriding an interface method, an abstract
// method, a parent method (through a trait) and a constructor, with the parent
// and child in different files; Reflection sees the attribute.
require __DIR__ . '/inc/override_parent.php';
require __DIR__ . '/inc/override_child.php';
final class OverrideGrandChild extends OverrideChild {
    #[Override] public function name(): string { return 'grand ' . parent::name(); }
    #[\Override, \Deprecated] public function greet(): string { return strtoupper(parent::greet()); }
}
$o = new OverrideChild;
echo $o->greet(), "\n";
$g = new OverrideGrandChild;
echo $g->greet(), "\n";
foreach ([OverrideChild::class, OverrideGrandChild::class] as $c) {
    foreach ((new ReflectionClass($c))->getMethods() as $m) {
        $attrs = array_map(fn($a) => $a->getName() . ($a->isRepeated() ? '*' : '') . '@' . $a->getTarget(), $m->getAttributes());
        printf("%s::%s declared by %s attrs=[%s]\n", $c, $m->getName(), $m->getDeclaringClass()->getName(), implode(',', $attrs));
    }
}
$a = (new ReflectionMethod(OverrideChild::class, 'greet'))->getAttributes()[0];
var_dump($a->newInstance(), $a->getArguments());
