<?php
abstract class Shape {
    abstract public function area(): float;
    abstract protected function name(): string;
    public function describe(): string { return sprintf('%s with area %.2f', $this->name(), $this->area()); }
    public static function compare(Shape $a, Shape $b): int { return $a->area() <=> $b->area(); }
}
class Circle extends Shape { public function __construct(private float $r) {} public function area(): float { return M_PI * $this->r ** 2; } protected function name(): string { return 'circle'; } }
class Rect extends Shape { public function __construct(private float $w, private float $h) {} public function area(): float { return $this->w * $this->h; } public function name(): string { return 'rect'; } }
$shapes = [new Circle(1), new Rect(2, 3), new Circle(0.5), new Rect(1, 1)];
usort($shapes, [Shape::class, 'compare']);
foreach ($shapes as $s) echo $s->describe(), "\n";
try { new Shape(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
abstract class Partial extends Shape { public function area(): float { return 0.0; } }
class Full extends Partial { protected function name(): string { return 'full'; } }
echo (new Full)->describe(), "\n";
$rc = new ReflectionClass('Partial');
var_dump($rc->isAbstract(), (new ReflectionMethod('Shape', 'area'))->isAbstract(), (new ReflectionMethod('Partial', 'area'))->isAbstract());
echo implode(',', array_map(fn($m) => $m->name, array_filter((new ReflectionClass('Shape'))->getMethods(), fn($m) => $m->isAbstract()))), "\n";
