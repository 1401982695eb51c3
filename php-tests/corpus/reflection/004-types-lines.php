<?php
interface A {} interface B {}
class T {
    public function a(int $x): string { return ''; }
    public function b(?int $x): ?self { return null; }
    public function c(int|string|null $x): static|false { return false; }
    public function d((A&B)|null $x): A&B { throw new Exception; }
    public function e(mixed $x): mixed { return 1; }
    public function f(iterable $x = []): iterable { return []; }
    public function g(callable $c): void {}
    public function h(self $s): never { exit; }
    public function
        multiLine(
            $a,
            $b
        ) {
        return 1;
    }
}
$rc = new ReflectionClass('T');
foreach ($rc->getMethods() as $m) {
    $params = array_map(fn($p) => ($p->getType() ? get_class($p->getType()) . ':' . $p->getType() : 'untyped'), $m->getParameters());
    $rt = $m->getReturnType();
    echo $m->name, ' lines ', $m->getStartLine(), '-', $m->getEndLine(), ' params ', implode(',', $params), ' returns ', $rt ? get_class($rt) . ':' . $rt : '-', $rt instanceof ReflectionNamedType ? ' builtin=' . var_export($rt->isBuiltin(), true) : '', "\n";
}
echo 'class lines ', $rc->getStartLine(), '-', $rc->getEndLine(), "\n";
$fn = fn(int $x): int => $x;
$rf = new ReflectionFunction($fn);
echo 'arrow lines ', $rf->getStartLine(), '-', $rf->getEndLine(), "\n";
