<?php
// Lazy objects (8.4): ghosts and proxies whose initializers are closures
// defined in an included (cached) file and here; initialisation triggers,
// skipLazyInitialization/setRawValueWithoutLazyInitialization, reset, flags,
// var_dump of uninitialised objects, and initializer errors.
require __DIR__ . '/inc/lazy_lib.php';
$rc = new ReflectionClass(Config::class);
$ghost = $rc->newLazyGhost(make_ghost_initializer('ghost.ini'));
echo "ghost created, lazy=", json_encode($rc->isUninitializedLazyObject($ghost)), "\n";
var_dump($ghost);
echo get_class($ghost), ' ', json_encode($ghost instanceof Config), "\n";
echo $ghost->get('a'), "\n";
echo "lazy after use=", json_encode($rc->isUninitializedLazyObject($ghost)), "\n";
var_dump($ghost);

$proxy = $rc->newLazyProxy(make_proxy_factory('proxy.ini'));
echo "proxy created\n";
$rc->getProperty('loaded')->setRawValueWithoutLazyInitialization($proxy, ['pre']);
echo json_encode($rc->isUninitializedLazyObject($proxy)), "\n";
echo $proxy->version, ' ', $proxy->get('b'), "\n";
echo json_encode($proxy->loaded), ' ', get_class($proxy), ' ', json_encode($rc->isUninitializedLazyObject($proxy)), "\n";
$real = $rc->initializeLazyObject($proxy);
echo get_class($real), ' ', json_encode($real === $proxy), ' ', json_encode($real->loaded), "\n";

// initializers declared here, for a child class from the included file
$crc = new ReflectionClass(ConfigChild::class);
$calls = 0;
$g2 = $crc->newLazyGhost(function (ConfigChild $o) use (&$calls) { $calls++; $o->__construct('local', 9); }, ReflectionClass::SKIP_INITIALIZATION_ON_SERIALIZE);
$crc->getProperty('extra')->skipLazyInitialization($g2);
echo $g2->extra, ' calls=', $calls, "\n";
echo serialize($g2), ' calls=', $calls, "\n";
echo json_encode(get_object_vars($g2)), ' calls=', $calls, "\n";
var_dump($g2 == new ConfigChild('local', 9));
$crc->resetAsLazyGhost($g2, fn(ConfigChild $o) => $o->__construct('reset', 1));
echo json_encode($crc->isUninitializedLazyObject($g2)), ' ', $g2->get('c'), "\n";
$eager = new Config('eager', 5);
$crc2 = new ReflectionClass(Config::class);
$crc2->resetAsLazyProxy($eager, fn() => new Config('swapped', 6));
echo $eager->get('d'), "\n";
$clone = clone $rc->newLazyGhost(make_ghost_initializer('cloned'));
echo "cloned ghost: ", $clone->source, "\n";

$tests = [
    'initializer throws' => function () use ($rc) {
        $o = $rc->newLazyGhost(function () { throw new RuntimeException('cannot load'); });
        try { return $o->source; } finally { echo '  still lazy=', json_encode((new ReflectionClass($o))->isUninitializedLazyObject($o)), "\n"; }
    },
    'ghost initializer returns value' => function () use ($rc) { $o = $rc->newLazyGhost(fn($o) => 42); return $o->source; },
    'proxy returns wrong type' => function () use ($crc) { $o = $crc->newLazyProxy(fn() => new Config('wrong')); return $o->source; },
    'proxy returns lazy' => function () use ($rc) { $o = $rc->newLazyProxy(fn() => $rc->newLazyGhost(fn() => null)); return $o->source; },
    'internal class' => fn() => (new ReflectionClass(ArrayObject::class))->newLazyGhost(fn() => null),
    'bad flags' => fn() => $rc->newLazyGhost(fn() => null, 99),
];
foreach ($tests as $name => $t) {
    try { $r = $t(); echo "$name: ok ", json_encode($r), "\n"; }
    catch (Throwable $e) { echo $name, ': ', get_class($e), ': ', $e->getMessage(), ' @', basename($e->getFile()), ':', $e->getLine(), "\n"; }
}
