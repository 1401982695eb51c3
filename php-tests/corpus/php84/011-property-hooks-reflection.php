<?php
// Reflection of property hooks: getHooks(), getHook(), hasHooks(),
// isVirtual(), isAbstract()/isFinal() of properties and hooks, hook
// parameters, getSettableType(), raw value access bypassing hooks, the
// property's string form; for a class from an included file and one here.
require __DIR__ . '/inc/hooks_base.php';
abstract class Polygon extends Shape {
    final public string $kind = 'poly' { get => strtoupper($this->kind); }
    public string|int $code { set(string|int|float $c) { $this->code = (string) $c; } }
    abstract public int $corners { get; set; }
}
function describe(string $class, string $prop): void {
    $p = new ReflectionProperty($class, $prop);
    printf("%s::\$%s virtual=%s hasHooks=%s abstract=%s final=%s type=%s settable=%s default=%s mods=%s\n",
        $class, $prop, json_encode($p->isVirtual()), json_encode($p->hasHooks()), json_encode($p->isAbstract()),
        json_encode($p->isFinal()), $p->getType() ?? '-', $p->getSettableType() ?? '-',
        $p->hasDefaultValue() ? json_encode($p->getDefaultValue()) : '-', implode(' ', Reflection::getModifierNames($p->getModifiers())));
    foreach (PropertyHookType::cases() as $kind) {
        $h = $p->getHook($kind);
        if ($h === null) { echo "  {$kind->name}: none (hasHook=", json_encode($p->hasHook($kind)), ")\n"; continue; }
        $params = array_map(fn($x) => $x->getType() . ' $' . $x->getName(), $h->getParameters());
        printf("  %s: %s(%s): %s abstract=%s final=%s lines=%d-%d byRef=%s\n", $kind->value, $h->getName(), implode(', ', $params),
            $h->getReturnType() ?? '-', json_encode($h->isAbstract()), json_encode($h->isFinal()), $h->getStartLine(), $h->getEndLine(),
            json_encode($h->returnsReference()));
    }
}
foreach (['name', 'slug', 'area', 'sides', 'scale', 'log'] as $prop) describe(Shape::class, $prop);
foreach (['kind', 'code', 'corners', 'area'] as $prop) describe(Polygon::class, $prop);
describe(Named::class, 'name');
describe(Named::class, 'slug');
describe(Writable::class, 'size');
$rc = new ReflectionClass(Polygon::class);
echo implode(',', array_map(fn($p) => $p->getName(), $rc->getProperties())), "\n";
echo new ReflectionProperty(Shape::class, 'slug');
echo new ReflectionProperty(Polygon::class, 'corners');
final class Hexagon extends Polygon {
    public float $area { get => 6.0; }
    public int $corners = 6 { get => $this->corners; set => $value; }
}
$h = new Hexagon;
$rp = new ReflectionProperty(Hexagon::class, 'kind');
$rp->setRawValue($h, 'raw');
echo $rp->getRawValue($h), ' ', $h->kind, "\n";
$rn = new ReflectionProperty(Hexagon::class, 'name');
$rn->setRawValue($h, 'NoHook');
echo $rn->getRawValue($h), ' ', $h->name, ' ', json_encode($h->log), "\n";
$get = $rn->getHook(PropertyHookType::Get);
echo $get->invoke($h), ' ', $get->getDeclaringClass()->getName(), ' ', json_encode($get->isStatic()), "\n";
$h->code = 12.5;
var_dump($h->code, $h->corners);
try { (new ReflectionProperty(Shape::class, 'slug'))->getRawValue($h); }
catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
