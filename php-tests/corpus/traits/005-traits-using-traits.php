<?php
trait A { public function a() { return 'a'; } public function who() { return 'A::who in ' . self::class; } }
trait B { public function b() { return 'b'; } }
trait AB { use A, B { A::who as protected whoA; } public function ab() { return $this->a() . $this->b() . '|' . $this->whoA(); } }
trait Wrapper { use AB; public function who() { return 'Wrapper::who'; } }
class Final_ { use Wrapper; }
$f = new Final_;
echo $f->ab(), ' ', $f->who(), "\n";
echo json_encode(class_uses($f)), ' ', json_encode(class_uses('AB')), "\n";
class Base { public function hello() { return 'Base::hello'; } }
trait Overrider { public function hello() { return 'Trait::hello > ' . parent::hello(); } }
class Sub extends Base { use Overrider; }
class Sub2 extends Base { use Overrider; public function hello() { return 'Class::hello wins'; } }
echo (new Sub)->hello(), "\n", (new Sub2)->hello(), "\n";
trait WithCtor { public function __construct(public string $v = 'trait-ctor') {} }
class UsesCtor { use WithCtor; }
echo (new UsesCtor)->v, ' ', (new UsesCtor('given'))->v, "\n";
