<?php
require __DIR__ . '/inc/animal.php';
class Dog extends Animal { protected function sound(): string { return 'woof'; } }
final class Puppy extends Dog { protected function sound(): string { return 'yip (' . parent::sound() . ')'; } public function kind(): string { return 'young ' . parent::kind(); } }
$d = new Dog('rex');
$p = new Puppy('bit');
echo $d->speak(), "\n", $p->speak(), "\n", $p->kind(), "\n";
echo Animal::created(), ' ', Dog::GREETING, ' ', Puppy::GREETING, "\n";
var_dump($p instanceof Speaker, $p instanceof Animal, get_parent_class($p), class_parents($p));
echo (new ReflectionClass('Dog'))->getStartLine(), ' ', basename((new ReflectionClass('Animal'))->getFileName()), ' ', basename((new ReflectionClass('Dog'))->getFileName()), "\n";
