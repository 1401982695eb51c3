<?php
class Pt { public function __construct(public int $x = 1, protected int $y = 2, private int $z = 3) {} private function secret($a) { return "secret $a {$this->z}"; } }
$o = new Pt(10, 20, 30);
$ro = new ReflectionObject($o);
foreach ($ro->getProperties() as $p) { $p->setAccessible(true); echo $p->name, '=', $p->getValue($o), ' '; }
echo "\n";
$m = new ReflectionMethod(Pt::class, 'secret');
echo $m->invoke($o, 'arg'), "\n";
$closure = $m->getClosure($o); echo $closure('via closure'), "\n";
$ctor = (new ReflectionClass(Pt::class))->getConstructor();
echo $ctor->name, ' ', $ctor->getNumberOfParameters(), "\n";
$inst = (new ReflectionClass(Pt::class))->newInstanceArgs(['x' => 7, 'z' => 9]);
echo json_encode((array) $inst === [], true), ' ', (new ReflectionProperty(Pt::class, 'z'))->getValue($inst), "\n";
echo (new ReflectionClass('ArrayObject'))->isInternal() ? "internal class\n" : '';
echo (new ReflectionClass('Pt'))->isUserDefined() ? "user class\n" : '';
echo json_encode((new ReflectionExtension('json'))->getName()), ' ', count((new ReflectionClass('Pt'))->getMethods()) , "\n";
echo (new ReflectionClass('Pt'))->getFileName() === __FILE__ ? "file matches\n" : "file differs\n";
