<?php
// Attributes on global constants (8.5): `#[Attr] const X = ...;` in an
// included namespaced file and here, read with ReflectionConstant::getAttributes(),
// filtering, newInstance(), #[\Deprecated] on a constant (the deprecation names the
// reader's line), and the error when an attribute does not allow the target.
require __DIR__ . '/inc/const_attrs.php';
use Cfg\Meta;
#[Attribute(Attribute::TARGET_CLASS)]
final class ClassOnly {}
#[Meta('local', [1, 2]), ClassOnly]
const LOCAL = 'local';
#[\Deprecated]
const LOCAL_OLD = LOCAL . '-old';
#[Meta('k')] const FIRST = 1;
const SECOND = 2, THIRD = 3;
echo \Cfg\TIMEOUT, ' ', LOCAL, ' ', \Cfg\PLAIN, "\n";
echo \Cfg\OLD_TIMEOUT, "\n";
echo LOCAL_OLD, ' ', constant('LOCAL_OLD'), "\n";
foreach (['Cfg\TIMEOUT', 'Cfg\OLD_TIMEOUT', 'Cfg\PLAIN', 'LOCAL', 'LOCAL_OLD', 'FIRST', 'SECOND'] as $name) {
    $rc = new ReflectionConstant($name);
    echo $name, ' ns=', json_encode($rc->getNamespaceName()), ' deprecated=', json_encode($rc->isDeprecated()), ' value=', json_encode($rc->getValue()), "\n";
    foreach ($rc->getAttributes() as $a) {
        echo '  ', $a->getName(), ' args=', json_encode($a->getArguments()), ' target=', $a->getTarget(), ' repeated=', json_encode($a->isRepeated()), "\n";
        try { $o = $a->newInstance(); echo '    instance ', get_class($o), ' ', json_encode(get_object_vars($o)), "\n"; }
        catch (Error $e) { echo '    ', get_class($e), ': ', $e->getMessage(), "\n"; }
    }
}
echo count((new ReflectionConstant('Cfg\TIMEOUT'))->getAttributes(Meta::class)), ' ', count((new ReflectionConstant('LOCAL'))->getAttributes(ClassOnly::class)), ' ',
    count((new ReflectionConstant('LOCAL'))->getAttributes('stdClass', ReflectionAttribute::IS_INSTANCEOF)), "\n";
var_dump(Attribute::TARGET_CONSTANT, Attribute::TARGET_ALL);
echo (string) new ReflectionConstant('Cfg\TIMEOUT');
