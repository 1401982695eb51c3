<?php
interface I { const IC = 'i'; public function im(); }
abstract class Base implements I { protected $baseProp = 'b'; private $basePriv; public static $st = 1; const BC = 'b'; public function im() {} abstract protected function ab(): void; private function bp() {} }
final class Sub extends Base {
    public int $typed = 5; public readonly string $ro; protected ?array $nullable = null; private static $ps;
    const SC = self::BC . 's'; private const PC = 1;
    public function __construct() {} protected function ab(): void {} public static function sm(int $a, string ...$rest): ?string { return null; } final public function fm() {}
}
$rc = new ReflectionClass('Sub');
echo 'name=', $rc->getName(), ' short=', $rc->getShortName(), ' final=', var_export($rc->isFinal(), true), ' abstract=', var_export($rc->isAbstract(), true), ' instantiable=', var_export($rc->isInstantiable(), true), ' parent=', $rc->getParentClass()->name, "\n";
foreach ($rc->getMethods() as $m) echo 'M ', $m->class, '::', $m->name, ' [', implode(' ', Reflection::getModifierNames($m->getModifiers())), '] params=', $m->getNumberOfParameters(), '/', $m->getNumberOfRequiredParameters(), "\n";
foreach ($rc->getProperties() as $p) echo 'P ', $p->class, '::$', $p->name, ' [', implode(' ', Reflection::getModifierNames($p->getModifiers())), '] type=', $p->getType() ?? '-', ' default=', $p->hasDefaultValue() ? json_encode($p->getDefaultValue()) : 'none', "\n";
echo 'C ', json_encode($rc->getConstants()), "\n";
echo 'C public ', json_encode($rc->getConstants(ReflectionClassConstant::IS_PUBLIC)), "\n";
echo 'static ', json_encode($rc->getStaticProperties()), "\n";
echo 'defaults ', json_encode($rc->getDefaultProperties()), "\n";
echo 'interfaces ', json_encode($rc->getInterfaceNames()), ' hasMethod(bp)=', var_export($rc->hasMethod('bp'), true), ' hasProperty(basePriv)=', var_export($rc->hasProperty('basePriv'), true), "\n";
$o = $rc->newInstanceWithoutConstructor(); echo get_class($o), "\n";
$m = new ReflectionMethod('Base', 'bp'); $m->setAccessible(true); var_dump($m->invoke(new Sub));
$p = new ReflectionProperty('Base', 'baseProp'); echo $p->getValue(new Sub), "\n";
echo json_encode(array_map(fn($m) => $m->name, $rc->getMethods(ReflectionMethod::IS_STATIC))), "\n";
