<?php
class Collection implements IteratorAggregate {
    public function __construct(private array $items) {}
    public function getIterator(): Generator { foreach ($this->items as $k => $v) yield $k => $v; }
    public function lazyMap(callable $f): Generator { foreach ($this as $k => $v) yield $k => $f($v); }
    public static function range(int $n): static { return new static(range(1, $n)); }
    public function chunks(int $size): Generator { $chunk = []; foreach ($this->items as $v) { $chunk[] = $v; if (count($chunk) === $size) { yield $chunk; $chunk = []; } } if ($chunk) yield $chunk; }
    public function &refs(): Generator { foreach ($this->items as $k => &$v) yield $k => $v; }
    public function dump() { return json_encode($this->items); }
}
$c = new Collection(['a' => 1, 'b' => 2]);
foreach ($c as $k => $v) echo "$k=$v ";
echo "\n", json_encode(iterator_to_array($c->lazyMap(fn($v) => $v * 100))), "\n";
echo json_encode(iterator_to_array(Collection::range(7)->chunks(3), false)), "\n";
$r = Collection::range(3);
foreach ($r->refs() as &$v) $v *= -1;
unset($v);
echo $r->dump(), "\n";
abstract class Base { abstract protected function source(): iterable; public function all(): Generator { yield from $this->source(); yield static::class; } }
class Impl extends Base { protected function source(): iterable { yield 'x'; yield 'y'; } }
echo implode(',', iterator_to_array((new Impl)->all(), false)), "\n";
$gen = (new Impl)->all();
echo get_class($gen), ' ', $gen instanceof Traversable ? 'traversable' : '', ' ', $gen instanceof Iterator ? 'iterator' : '', "\n";
$rg = new ReflectionGenerator($gen);
echo $rg->getFunction()->getName(), ' ', get_class($rg->getThis()), "\n";
