<?php
declare(strict_types=1);
namespace Strict\Ns;
function f(float $x): float { return $x; }
var_dump(f(1));          // int -> float widening is allowed in strict mode
try { f('1.0'); } catch (\TypeError $e) { echo preg_replace('/, called in .*/', '', $e->getMessage()), "\n"; }
class C { public function m(?string $s): string { return $s ?? 'null'; } }
$c = new C;
try { echo $c->m(5); } catch (\TypeError $e) { echo preg_replace('/, called in .*/', '', $e->getMessage()), "\n"; }
echo $c->m(null), "\n";
try { echo str_repeat('x', '2'); } catch (\TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(array_map(fn(int $i) => $i + 1, [1]));
