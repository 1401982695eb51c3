<?php
class Point {
    public function __construct(public int $x = 0, protected int $y = 0, private ?string $label = null, public readonly array $meta = []) {}
    public function describe(): string { return "({$this->x},{$this->y}) " . ($this->label ?? 'unlabelled') . ' ' . json_encode($this->meta); }
}
$p = new Point(1, 2, 'p', ['k' => 'v']);
echo $p->describe(), "\n";
echo (new Point(y: 5))->describe(), "\n";
var_dump($p);
class MixedCtor {
    public string $extra;
    public function __construct(public int $a, string $extra, public int $b = 2) { $this->extra = strtoupper($extra); }
}
var_dump(new MixedCtor(1, 'e'));
$r = new ReflectionMethod('Point', '__construct');
foreach ($r->getParameters() as $param) echo $param->getName(), ' promoted=', var_export($param->isPromoted(), true), "\n";
$props = array_map(fn($p) => $p->getName() . ($p->isPromoted() ? '*' : ''), (new ReflectionClass('MixedCtor'))->getProperties());
echo implode(',', $props), "\n";
class Child extends Point { public function __construct(public string $extraProp = 'child') { parent::__construct(9, 9); } }
echo (new Child)->describe(), ' ', (new Child)->extraProp, "\n";
