<?php
// Protected members declared in a parent in another file, reached from
// child methods, siblings and outside: the access checks follow the
// property's declaring class (PHP 8.4: its prototype), also for classes
// served linked from the cache on later requests.
// Classes compiled at run time first fill the request's compiler arena, where
// a previous request's linked classes lived.
$pad = '';
for ($i = 0; $i < 300; $i++) {
    $pad .= "class Pad$i { protected int \$a$i = $i; private array \$b = []; public ?string \$c = null; }\n";
}
eval($pad);
require __DIR__ . '/inc/bag_base.php';
require __DIR__ . '/inc/bag_child.php';
$e = (new EmptyBag)->fill();
var_dump($e->get(), $e->secret());
$l = (new LeafBag)->fill();
var_dump($l->get(), $l->poke($e), $l->poke(new MidBag));
try { var_dump($e->attrMap); } catch (Error $x) { echo get_class($x), ': ', $x->getMessage(), ' @', $x->getLine(), "\n"; }
try { $e->attrMap = []; } catch (Error $x) { echo get_class($x), ': ', $x->getMessage(), ' @', $x->getLine(), "\n"; }
$r = new ReflectionProperty('LeafBag', 'attrMap');
echo $r->getDeclaringClass()->getName(), ' ', $r->isProtected() ? 'protected' : '?', "\n";
foreach ([new EmptyBag, new LeafBag] as $b) { echo get_class($b), ' ', json_encode((array) $b), "\n"; }
echo json_encode([$e, $l]), "\n";
