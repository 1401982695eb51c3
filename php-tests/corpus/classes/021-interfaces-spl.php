<?php
class Matrix implements ArrayAccess, Countable, IteratorAggregate, JsonSerializable, Stringable {
    private array $cells = [];
    public function offsetExists($o): bool { return isset($this->cells[$this->k($o)]); }
    public function offsetGet($o): mixed { return $this->cells[$this->k($o)] ?? 0; }
    public function offsetSet($o, $v): void { $this->cells[$this->k($o)] = $v; }
    public function offsetUnset($o): void { unset($this->cells[$this->k($o)]); }
    private function k($o): string { return is_array($o) ? implode(',', $o) : (string) $o; }
    public function count(): int { return count($this->cells); }
    public function getIterator(): Traversable { ksort($this->cells); return new ArrayIterator($this->cells); }
    public function jsonSerialize(): mixed { return ['cells' => $this->cells, 'n' => count($this)]; }
    public function __toString(): string { return 'Matrix[' . count($this) . ']'; }
}
$m = new Matrix;
$m[[0, 0]] = 1; $m[[1, 2]] = 5; $m['2,2'] = 9;
echo $m[[1, 2]], ' ', $m[[9, 9]], ' ', count($m), ' ', $m, "\n";
echo json_encode($m), "\n";
foreach ($m as $k => $v) echo "$k=$v ";
echo "\n";
unset($m[[0, 0]]); var_dump(isset($m[[0, 0]]), isset($m['1,2']));
$ao = new ArrayObject(['b' => 2, 'a' => 1]);
$ao['c'] = 3; $ao->ksort();
echo json_encode($ao->getArrayCopy()), ' ', count($ao), "\n";
$stack = new SplStack; $stack->push(1); $stack->push(2); echo $stack->pop(), $stack->top(), "\n";
$q = new SplQueue; $q->enqueue('a'); $q->enqueue('b'); echo $q->dequeue(), count($q), "\n";
$h = new SplMinHeap; foreach ([5, 1, 3] as $v) $h->insert($v); echo $h->extract(), $h->top(), "\n";
$pq = new SplPriorityQueue; $pq->insert('lo', 1); $pq->insert('hi', 10); echo $pq->extract(), "\n";
$fa = new SplFixedArray(3); $fa[0] = 'x'; echo $fa->getSize(), $fa[0], var_export($fa[1], true), "\n";
$os = new SplObjectStorage; $o1 = new stdClass; $os[$o1] = 'data1'; $os->attach(new stdClass); echo count($os), $os[$o1], "\n";
