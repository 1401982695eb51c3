<?php
interface A { public function a(): string; }
interface B { public function b(): string; }
class AB implements A, B { public function a(): string { return 'a'; } public function b(): string { return 'b'; } }
class OnlyA implements A { public function a(): string { return 'only-a'; } }
function nullable(?int $x): ?string { return $x === null ? null : "int:$x"; }
function union(int|string|null $v): int|float|string { return is_int($v) ? $v * 1.5 : (string) $v; }
function inter(A&B $o): string { return $o->a() . $o->b(); }
function dnf((A&B)|null $o): string { return $o === null ? 'null' : inter($o); }
function dnf2((A&B)|OnlyA|int $o): string { return is_int($o) ? "int $o" : $o->a(); }
function falseType(): string|false { return false; }
function nullType(): null { return null; }
function trueType(bool $b): true|int { return $b ? true : 0; }
function mixedT(mixed $m): mixed { return $m; }
function iterableT(iterable $i): array { return is_array($i) ? $i : iterator_to_array($i); }
var_dump(nullable(null), nullable(3), union(2), union('s'), union(null), inter(new AB), dnf(null), dnf(new AB));
var_dump(dnf2(new OnlyA), dnf2(new AB), dnf2(7), falseType(), nullType(), trueType(true), trueType(false), mixedT([1]));
var_dump(iterableT(new ArrayIterator([1, 2])));
foreach ([
    fn() => inter(new OnlyA),
    fn() => dnf(new OnlyA),
    fn() => dnf2('str'),
    fn() => union([]),
    fn() => nullable('x'),
] as $t) {
    try { $t(); } catch (TypeError $e) { echo preg_replace('/, called in .*/', '', $e->getMessage()), "\n"; }
}
foreach (['nullable', 'union', 'inter', 'dnf', 'dnf2', 'falseType', 'nullType', 'trueType', 'mixedT', 'iterableT'] as $f) {
    $r = new ReflectionFunction($f);
    echo $f, ': ', implode(', ', array_map(fn($p) => (string) $p->getType(), $r->getParameters())), ' -> ', $r->getReturnType(), "\n";
}
