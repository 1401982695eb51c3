<?php
// 8.5 property additions: #[\Override] on properties (redeclared and hooked
// ones) with the parent in another file, final constructor-promoted
// properties, asymmetric visibility on static properties; Reflection and errors.
require __DIR__ . '/inc/props85_base.php';
class SubRegistry extends Registry {
    #[\Override] public string $title = 'sub';
    #[\Override] public int $size { get => 2; }
    public static function addName(string $n): void { static::$names[] = $n; }
    public static function bump(): void { static::$count++; }
}
new Registry('a'); new SubRegistry('b');
SubRegistry::addName('added');
echo Registry::$count, ' ', json_encode(Registry::$names), ' ', (new SubRegistry)->title, ' ', (new SubRegistry)->size, "\n";
Registry::reset();
echo Registry::$count, "\n";
$tests = [
    'static private(set) from global' => function () { Registry::$count = 5; },
    'static protected(set) from global' => function () { Registry::$names[] = 'x'; },
    'static private(set) from child' => fn() => SubRegistry::bump(),
    'final promoted write' => function () { $r = new Registry('f'); $r->id = 'changed'; return $r->id; },
];
foreach ($tests as $name => $t) {
    try { $r = $t(); echo $name, ': ok ', json_encode($r), "\n"; }
    catch (Error $e) { echo $name, ': ', get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
}
foreach ([[Registry::class, 'count'], [Registry::class, 'names'], [Registry::class, 'id'], [SubRegistry::class, 'title'], [SubRegistry::class, 'size']] as [$c, $p]) {
    $rp = new ReflectionProperty($c, $p);
    printf("%s::\$%s static=%s final=%s privateSet=%s protectedSet=%s attrs=%s | %s", $c, $p, json_encode($rp->isStatic()), json_encode($rp->isFinal()),
        json_encode($rp->isPrivateSet()), json_encode($rp->isProtectedSet()), json_encode(array_map(fn($a) => $a->getName(), $rp->getAttributes())), $rp);
}
require __DIR__ . '/inc/props85_bad_override.php';
echo "not reached\n";
