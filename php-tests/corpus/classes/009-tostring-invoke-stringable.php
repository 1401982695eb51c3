<?php
class Name { public function __construct(private string $n) {} public function __toString(): string { return "Name({$this->n})"; } }
class Mult { public function __construct(private int $f) {} public function __invoke(int $x): int { return $x * $this->f; } }
$n = new Name('ann');
echo $n, ' ', "interp: $n", ' ', strlen($n), ' ', str_repeat($n, 2), ' ', $n . '!', "\n";
var_dump($n instanceof Stringable, (string) $n, in_array('Name(ann)', [$n]), $n == 'Name(ann)');
echo implode(',', class_implements($n)), "\n";
$triple = new Mult(3);
echo $triple(5), ' ', implode(',', array_map($triple, [1, 2, 3])), ' ', is_callable($triple) ? 'callable' : '', "\n";
function takesString(string $s) { return "got $s"; }
echo takesString($n), "\n";
function takesStringable(Stringable $s) { return 'stringable ' . $s; }
echo takesStringable($n), "\n";
try { echo (string) new Mult(1); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class Thrower { public function __toString(): string { throw new RuntimeException('no string for you'); } }
try { echo new Thrower; } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
$arr = [new Name('b'), new Name('a')];
sort($arr); echo implode(' ', $arr), "\n";
echo (new ReflectionClass('Name'))->implementsInterface('Stringable') ? "implicit Stringable\n" : "no\n";
