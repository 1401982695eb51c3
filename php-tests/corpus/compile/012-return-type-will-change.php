<?php
echo "script starts\n";
class Coll implements IteratorAggregate, Countable, ArrayAccess {
    public function getIterator() { return new ArrayIterator([1, 2]); }
    public function count() { return 2; }
    #[\ReturnTypeWillChange]
    public function offsetGet($o) { return $o; }
    public function offsetExists($o): bool { return true; }
    public function offsetSet($o, $v): void {}
    public function offsetUnset($o): void {}
}
$c = new Coll;
echo count($c), ' ', implode(',', iterator_to_array($c)), ' ', $c['k'], "\n";
class J implements JsonSerializable { public function jsonSerialize() { return ['j' => 1]; } }
echo json_encode(new J), "\n";
