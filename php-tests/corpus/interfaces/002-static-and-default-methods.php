<?php
interface Factory { public static function create(array $args = []): static; public function build(): string; }
abstract class AbstractFactory implements Factory { public static function create(array $args = []): static { return new static(...$args); } }
class Widget extends AbstractFactory { public function __construct(private string $n = 'widget') {} public function build(): string { return "built {$this->n}"; } }
echo Widget::create()->build(), ' ', Widget::create(['gear'])->build(), "\n";
function make(string $cls): Factory { return $cls::create(); }
echo make(Widget::class)->build(), "\n";
interface Comparable { public function compareTo(self $o): int; }
class Version implements Comparable { public function __construct(public string $v) {} public function compareTo(Comparable $o): int { return version_compare($this->v, $o->v); } }
$vs = [new Version('1.10'), new Version('1.2'), new Version('1.9.1')];
usort($vs, fn($a, $b) => $a->compareTo($b));
echo implode(' < ', array_map(fn($v) => $v->v, $vs)), "\n";
$anon = new class implements Countable, Stringable { public function count(): int { return 42; } public function __toString(): string { return 'anon'; } };
echo count($anon), " $anon\n";
echo implode(',', (new ReflectionClass('Factory'))->getMethods() ? array_map(fn($m) => $m->name . ($m->isStatic() ? '(static)' : ''), (new ReflectionClass('Factory'))->getMethods()) : []), "\n";
