<?php
class Conn {
    private $password = 'secret';
    public $host = 'db';
    public function __debugInfo() { return ['host' => $this->host, 'password' => '***']; }
}
var_dump(new Conn);
print_r(new Conn); echo "\n";
class Session {
    public function __construct(public string $id = '', private array $data = [], private $resourceLike = null) {}
    public function __serialize(): array { return ['id' => $this->id, 'd' => $this->data]; }
    public function __unserialize(array $a): void { $this->id = $a['id'] . '-restored'; $this->data = $a['d']; }
    public function get() { return $this->data; }
}
$s = serialize(new Session('abc', ['k' => 'v']));
echo $s, "\n";
$u = unserialize($s);
echo $u->id, ' ', json_encode($u->get()), "\n";
class Legacy { public $a = 1; protected $b = 2; private $c = 3; public function __sleep() { return ['a', 'b']; } public function __wakeup() { $this->c = 'woken'; } public function c() { return $this->c; } }
$ls = serialize(new Legacy);
echo str_replace("\0", '\0', $ls), "\n";
echo unserialize($ls)->c(), "\n";
echo serialize([1, 1.5, true, null, 'str', ['nested' => [1]]]), "\n";
var_dump(unserialize('O:8:"stdClass":1:{s:1:"x";i:5;}'));
var_dump(unserialize(serialize(new ArrayObject([1, 2]))) == new ArrayObject([1, 2]));
var_dump(@unserialize('garbage'));
var_export(new Conn); echo "\n";
var_export((object) ['a' => 1]); echo "\n";
