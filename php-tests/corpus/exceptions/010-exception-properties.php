<?php
class MyEx extends Exception {
    public function __construct(string $m, private string $extra = 'extra') { parent::__construct("My: $m", 99); }
    public function getExtra(): string { return $this->extra; }
    public function __toString(): string { return __CLASS__ . "[{$this->code}]: {$this->message} ({$this->extra})"; }
}
try { throw new MyEx('hello', 'data'); } catch (MyEx $e) { echo $e, ' | ', $e->getExtra(), ' | ', $e->getCode(), ' | ', $e->getLine(), "\n"; }
$e = new Exception();
var_dump($e->getMessage(), $e->getCode(), $e->getPrevious());
final class Immutable extends Exception { protected $message = 'default message prop'; protected $code = 123; }
$i = new Immutable; echo $i->getMessage(), ' ', $i->getCode(), "\n";
echo json_encode(array_map(fn($c) => get_parent_class($c), ['Exception' => 'ErrorException', 'Error' => 'TypeError', 'A' => 'ArgumentCountError', 'V' => 'ValueError', 'U' => 'UnhandledMatchError', 'D' => 'DivisionByZeroError', 'J' => 'JsonException'])), "\n";
try { json_decode('{bad', flags: JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo get_class($e), ': ', $e->getMessage(), ' code=', $e->getCode(), "\n"; }
