<?php
// Property hooks across inheritance: parent and child in different files, a
// child redeclaring a hooked property with hooks that call
// parent::$prop::get()/set(), a child adding hooks to a plain property, and a
// grandchild here overriding only the get hook.
require __DIR__ . '/inc/hooks_parent.php';
require __DIR__ . '/inc/hooks_child.php';
final class Kelvin extends Fahrenheit {
    public float $celsius {
        get { $this->trace[] = 'K.get'; return parent::$celsius::get(); }
    }
    public float $kelvin { get => $this->celsius + 273.15; }
}
$t = new Temperature;
$t->celsius = 21.46;
echo $t->dump(), "\n";
$f = new Fahrenheit;
$f->fahrenheit = 212;
$f->unit = 'f';
echo $f->fahrenheit, ' ', $f->unit, "\n", $f->dump(), "\n";
$k = new Kelvin;
$k->celsius = 10;
echo $k->kelvin, "\n", $k->dump(), "\n";
foreach ([Temperature::class, Fahrenheit::class, Kelvin::class] as $c) {
    $rp = new ReflectionProperty($c, 'celsius');
    $hooks = [];
    foreach ($rp->getHooks() as $kind => $h) { $hooks[] = $kind . '=' . $h->getDeclaringClass()->getName() . '::' . $h->getName() . '@' . $h->getStartLine(); }
    echo "$c::celsius declared by ", $rp->getDeclaringClass()->getName(), ' hooks: ', implode(', ', $hooks), "\n";
}
