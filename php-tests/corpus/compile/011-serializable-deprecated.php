<?php
echo "script starts\n";
class Old implements Serializable {
    public $v = 1;
    public function serialize() { return (string) $this->v; }
    public function unserialize($d) { $this->v = (int) $d; }
}
class Both implements Serializable {
    public function serialize() { return ''; } public function unserialize($d) {}
    public function __serialize(): array { return ['x' => 1]; } public function __unserialize(array $a): void {}
}
$s = serialize(new Old); echo $s, ' ', unserialize($s)->v, ' ', serialize(new Both), "\n";
