<?php
final class Money {
    public function __construct(public readonly int $amount, public readonly string $currency) {}
    public function add(Money $o): static { return new static($this->amount + $o->amount, $this->currency); }
}
class Lazy { public readonly array $data; public function init() { $this->data = [1, 2]; } public function again() { $this->data[] = 3; } }
$m = new Money(100, 'EUR');
echo $m->add(new Money(50, 'EUR'))->amount, ' ', $m->currency, "\n";
$tests = [
    'modify' => fn() => $m->amount = 5,
    'increment' => fn() => $m->amount++,
    'unset' => function () use ($m) { unset($m->amount); },
    'reference' => function () use ($m) { $r = &$m->amount; },
    'array append' => function () { $l = new Lazy; $l->init(); $l->again(); },
    'init outside scope' => function () { $l = new Lazy; $l->data = []; },
    'read uninit' => function () { $l = new Lazy; return $l->data; },
    'init twice' => function () { $l = new Lazy; $l->init(); $l->init(); },
];
foreach ($tests as $name => $t) {
    try { $t(); echo "$name: no error\n"; } catch (Error $e) { echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n"; }
}
$c = clone $m;
echo $c->amount, "\n";
$l = new Lazy; $l->init(); echo json_encode($l->data), "\n";
var_dump((new ReflectionProperty(Money::class, 'amount'))->isReadOnly());
var_dump(isset($m->amount), isset((new Lazy)->data));
