<?php
// Readonly amendments (8.3): readonly properties re-initialised in __clone
// (deep clone), readonly anonymous classes, and the errors that remain.
require __DIR__ . '/inc/readonly_base.php';
final readonly class Memo extends Document {
    public function __clone() {
        parent::__clone();
        $this->title = $this->title . ' (copy)';
    }
}
class TwiceInClone {
    public function __construct(public readonly int $v = 1) {}
    public function __clone() { $this->v = 2; $this->v = 3; }
}
class CloneViaHelper {
    public function __construct(public readonly array $list = [1]) {}
    public function __clone() { $this->reset(); }
    private function reset() { $this->list = []; }
}
$d = new Document('spec', new Stamp(1), ['draft']);
$c = clone $d;
$cc = clone $c;
var_dump($d, $c, $cc->stamp->n, $cc->tags);
$m = clone new Memo('note', new Stamp(10));
var_dump($m, Memo::untitled() instanceof Memo);
$anon = new readonly class(5) extends Stamp {
    public function __construct(int $n, public int $extra = 7) { parent::__construct($n); }
    public function __clone() { $this->extra = $this->extra * 2; }
};
$anon2 = clone $anon;
echo $anon->n, ' ', $anon->extra, ' ', $anon2->n, ' ', $anon2->extra, "\n";
$plainAnon = new class(3) extends Plain { public function __clone() { $this->n = -$this->n; } };
echo $plainAnon->n, ' ', (clone $plainAnon)->n, "\n";
$rc = new ReflectionClass($anon);
var_dump($rc->isReadOnly(), $rc->isAnonymous(), $rc->isFinal(), (new ReflectionProperty($anon, 'extra'))->isReadOnly());
var_dump((new ReflectionClass(Document::class))->isReadOnly(), (new ReflectionClass(Memo::class))->isReadOnly());
$tests = [
    'write outside clone' => function () use ($c) { $c->title = 'x'; },
    'twice in clone' => fn() => clone new TwiceInClone,
    'helper called from clone' => fn() => clone new CloneViaHelper,
    'anon write' => function () use ($anon) { $anon->extra = 1; },
    'anon dynamic' => function () use ($anon) { $anon->dyn = 1; },
    'plain anon write' => function () use ($plainAnon) { $plainAnon->n = 1; },
    'anon untyped' => fn() => eval('return new readonly class { public $untyped; };'),
];
foreach ($tests as $name => $t) {
    try { $r = $t(); echo "$name: ok ", is_object($r) ? json_encode(get_object_vars($r)) : '', "\n"; }
    catch (Error $e) { echo $name, ': ', get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
}
