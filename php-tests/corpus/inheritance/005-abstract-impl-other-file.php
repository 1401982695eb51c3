<?php
require __DIR__ . '/inc/shapes.php';
class Circle extends Shape {
    public function __construct(private float $r) {}
    public function area(): float { return M_PI * $this->r ** 2; }
    public static function make(float ...$d): static { return new static($d[0]); }
}
class Rect extends Shape {
    public function __construct(private float $w, private float $h) {}
    public function area(): float { return $this->w * $this->h; }
    public static function make(float ...$d): static { return new static(...$d); }
}
class CircleFactory implements Factory { public function create(): Circle { return Circle::make(2); } }
echo Circle::make(1), ' ', Rect::make(2, 3), ' ', (new CircleFactory)->create(), "\n";
$shapes = [Rect::make(1, 1), Circle::make(0.1)];
echo implode(' ', $shapes), "\n";
try { $x = new class extends Shape { public function area(): float { return 0; } public static function make(float ...$d): static { return new static; } }; echo strstr((string) $x, '@', true), ' ', substr((string) $x, strrpos((string) $x, '(')), "\n"; } catch (Error $e) { echo $e->getMessage(); }
