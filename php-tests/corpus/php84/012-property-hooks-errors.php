<?php
// Runtime errors of hooked properties (with line numbers), then a child in an
// included file overriding a final set hook: a fatal error at inheritance.
require __DIR__ . '/inc/hooks_base.php';
class Circle extends Shape {
    public float $area { get => 3.0 * $this->r ** 2; }
    public int $writeOnly { set { $this->r = $value; } }
    public function __construct(public int $r = 1) { parent::__construct(); }
}
$c = new Circle(2);
$tests = [
    'write get-only virtual' => function () use ($c) { $c->area = 1.0; },
    'read set-only virtual' => fn() => $c->writeOnly,
    'set hook type' => function () use ($c) { $c->name = []; },
    'set hook coercion' => function () use ($c) { $c->name = 42; return $c->name; },
    'reference to hooked' => function () use ($c) { $r = &$c->name; },
    'array append to virtual' => function () use ($c) { $c->slug[] = 'x'; },
    'increment get-only' => function () use ($c) { $c->area++; },
    'unset virtual' => function () use ($c) { unset($c->slug); },
    'foreach by ref' => function () use ($c) { foreach ($c as $k => &$v) {} },
    'abstract instantiate' => fn() => new ReflectionClass(Shape::class) ? new Shape : null,
    'hook throwing' => function () use ($c) { $c->sides = -3; },
    'static read of hook' => fn() => Circle::$area,
    'hooked property read via closure' => fn() => (fn() => $this->area)->call($c),
];
foreach ($tests as $name => $t) {
    try { $r = $t(); echo "$name: ok ", json_encode($r), "\n"; }
    catch (Throwable $e) { echo $name, ': ', get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
}
require __DIR__ . '/inc/hooks_final_override.php';
echo "not reached\n";
