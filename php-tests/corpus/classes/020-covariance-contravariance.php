<?php
interface Animal { public function speak(): string; }
class Dog implements Animal { public function speak(): string { return 'woof'; } }
class Food {} class Meat extends Food {}
interface Shelter { public function adopt(string $name): Animal; public function feed(Meat $f): iterable; }
class DogShelter implements Shelter {
    public function adopt(string $name): Dog { return new Dog; }
    public function feed(Food $f): array { return [get_class($f)]; }
}
$s = new DogShelter;
echo get_class($s->adopt('rex')), ' ', $s->adopt('rex')->speak(), ' ', json_encode($s->feed(new Meat)), "\n";
abstract class Factory { abstract public function make(): object; public function makeMany(int $n): iterable { return array_map(fn() => $this->make(), range(1, $n)); } }
class StdFactory extends Factory { public function make(): stdClass { return new stdClass; } public function makeMany(int $n, string $extra = 'opt'): array { return parent::makeMany($n); } }
echo count((new StdFactory)->makeMany(3)), "\n";
class P { public function m(int $x): int|string { return $x; } public function n(?int $x = null): ?static { return null; } }
class C extends P { public function m(int|string|null $x = 0): int { return (int) $x; } public function n(?int $x = null, ...$more): static { return $this; } }
echo (new C)->m('7'), ' ', get_class((new C)->n()), "\n";
echo (new ReflectionMethod('DogShelter', 'adopt'))->getReturnType(), ' ', (new ReflectionMethod('C', 'm'))->getParameters()[0]->getType(), "\n";
