<?php
// clone($obj, [props]) (8.5): clone as a function with property overrides,
// on readonly properties (from inside the class scope), after __clone ran, on a
// child class from another file, through set hooks, as a callable; and the
// scope/readonly/type errors with line numbers.
require __DIR__ . '/inc/clone_lib.php';
class Debug extends Settings {
    public function __construct(public bool $verbose = false) { parent::__construct('debug', 9); }
    public function cloneLevel(int $l): static { return clone($this, ['level' => $l, 'verbose' => true]); }
}
$p = new Point(1, 2);
$q = $p->withX(10);
var_dump($p, $q, clone($p) == $p, clone $p);
$s = new Settings;
$t = clone($s, ['mode' => 'b', 'hooked' => 5]);
echo $t->mode, ' ', $t->hooked, ' ', json_encode($t->log), ' ', json_encode($s->log), "\n";
$u = $s->with(['level' => 3, 'ver' => 2]);
echo $u->level(), ' ', $u->ver, "\n";
$d = (new Debug)->cloneLevel(4);
var_dump($d);
$c = clone(...);
echo get_class($c(new Point(label: 'fcc'))), ' ', $c(new Settings, ['mode' => 'fcc'])->mode, "\n";
echo json_encode(array_map(fn($o) => $o->x, array_map(clone(...), [new Point(5), new Point(6)]))), "\n";
$tests = [
    'readonly from global scope' => fn() => clone($p, ['x' => 99]),
    'protected from global' => fn() => clone($s, ['level' => 5]),
    'private(set) from global' => fn() => clone($s, ['ver' => 5]),
    'type error' => fn() => clone(new Settings, ['mode' => []]),
    'unknown property' => fn() => clone(new Settings, ['nope' => 1]),
    'readonly class dynamic' => fn() => (new Point)->withX(1) |> (fn($o) => clone($o, ['z' => 1])),
    'non-string key' => fn() => clone(new Settings, [0 => 'x']),
    'not an object' => fn() => clone('str'),
    'bad second arg' => fn() => clone(new Settings, 'mode'),
];
foreach ($tests as $name => $t) {
    try { $r = $t(); echo $name, ': ok ', json_encode($r), "\n"; }
    catch (Throwable $e) { echo $name, ': ', get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
}
