<?php
trait Hello {
    public $greeting = 'hello';
    public function hi(): string { return $this->greeting . ' from ' . __CLASS__ . ' / ' . self::class . ' / ' . static::class . ' / trait ' . __TRAIT__ . ' / ' . __FUNCTION__ . ' / ' . __METHOD__; }
    public static function make(): static { return new static; }
    public function selfInstance(): self { return new self; }
}
class A { use Hello; }
class B extends A {}
class C { use Hello; public $greeting = 'hello'; }
echo (new A)->hi(), "\n", (new B)->hi(), "\n", (new C)->hi(), "\n";
echo get_class(B::make()), ' ', get_class((new B)->selfInstance()), "\n";
var_dump(trait_exists('Hello'), class_exists('Hello'), class_uses(new B), class_uses(new C));
try { new Hello; } catch (Error $e) { echo $e->getMessage(), "\n"; }
