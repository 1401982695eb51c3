<?php
// Parent declared in the same file before the child: both are bound at compile
// time, so the child can be used above its declaration.
$k = new Kitten('tom');
echo $k->describe(), "\n";
// A parent that implements an interface is not bound at compile time, so its
// child is not hoisted either.
try { echo (new Leaf)->chain(), "\n"; } catch (Error $e) { echo $e->getMessage(), "\n"; }
class Cat { public function __construct(protected string $n = 'cat') {} public function describe(): string { return static::class . ':' . $this->n; } }
class Kitten extends Cat { public function describe(): string { return 'small ' . parent::describe(); } }
interface Node { public function chain(): string; }
abstract class Branch implements Node { public function chain(): string { return 'Branch>' . static::class; } }
class Leaf extends Branch {}
// A child declared *before* its same-file parent is only declared when reached.
try { new Early(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class Early extends Later {}
class Later {}
echo get_class(new Early), ' ', (new Leaf)->chain(), "\n";
