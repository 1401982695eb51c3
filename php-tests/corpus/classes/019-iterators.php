<?php
class NumberList implements Iterator, Countable, ArrayAccess {
    private int $pos = 0;
    public function __construct(private array $items) {}
    public function current(): mixed { echo "[current]"; return $this->items[$this->pos]; }
    public function key(): mixed { echo "[key]"; return $this->pos; }
    public function next(): void { echo "[next]"; $this->pos++; }
    public function rewind(): void { echo "[rewind]"; $this->pos = 0; }
    public function valid(): bool { echo "[valid]"; return isset($this->items[$this->pos]); }
    public function count(): int { return count($this->items); }
    public function offsetExists(mixed $o): bool { echo "[exists $o]"; return isset($this->items[$o]); }
    public function offsetGet(mixed $o): mixed { echo "[get $o]"; return $this->items[$o] ?? null; }
    public function offsetSet(mixed $o, mixed $v): void { echo '[set ' . var_export($o, true) . ']'; if ($o === null) $this->items[] = $v; else $this->items[$o] = $v; }
    public function offsetUnset(mixed $o): void { echo "[unset $o]"; unset($this->items[$o]); }
}
$l = new NumberList([10, 20]);
foreach ($l as $k => $v) echo " $k=>$v\n";
echo "\ncount=", count($l), "\n";
echo $l[1], "\n";
$l[] = 30; $l[5] = 50; echo "\n";
var_dump(isset($l[0]), isset($l[9]), empty($l[0]));
unset($l[5]); echo "\n";
echo $l[2] ?? 'none', "\n";
class Team implements IteratorAggregate { private $members = ['ann' => 'lead', 'bob' => 'dev']; public function getIterator(): Iterator { return new ArrayIterator($this->members); } }
foreach (new Team as $n => $r) echo "$n:$r ";
echo "\n", json_encode(iterator_to_array(new Team)), ' ', iterator_count(new Team), "\n";
class GenAgg implements IteratorAggregate { public function getIterator(): Generator { yield 'g1'; yield 'g2'; } }
echo implode(',', iterator_to_array(new GenAgg)), "\n";
$it = new LimitIterator(new InfiniteIterator(new ArrayIterator([1, 2, 3])), 2, 5);
echo implode(',', iterator_to_array($it, false)), "\n";
$filtered = new CallbackFilterIterator(new ArrayIterator(range(1, 10)), fn($v) => $v % 3 === 0);
echo implode(',', iterator_to_array($filtered, false)), "\n";
