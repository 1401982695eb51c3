<?php
interface Greets { public function greet(): string; }
abstract class Named { public function __construct(protected string $name) {} }
$anon = new class('world') extends Named implements Greets {
    public static $count = 0;
    public function greet(): string { self::$count++; return "hello {$this->name}"; }
};
echo $anon->greet(), ' ', $anon::$count, "\n";
var_dump($anon instanceof Greets, $anon instanceof Named, str_starts_with(get_class($anon), 'Named@anonymous'), (new ReflectionClass($anon))->isAnonymous());
function make($v) { return new class($v) { public function __construct(public $v) {} }; }
$x = make(1); $y = make(2);
var_dump(get_class($x) === get_class($y), $x->v + $y->v);
$outer = new class {
    public function inner() {
        return new class($this) {
            public function __construct(private object $parent) {}
            public function parentClassIsAnon() { return (new ReflectionClass($this->parent))->isAnonymous(); }
            public function deeper() { return new class { public $level = 3; }; }
        };
    }
};
$in = $outer->inner();
var_dump($in->parentClassIsAnon(), $in->deeper()->level);
$list = [];
for ($i = 0; $i < 3; $i++) $list[] = new class($i) { public function __construct(public int $i) {} public function get() { return $this->i * 10; } };
echo implode(',', array_map(fn($o) => $o->get(), $list)), ' same class: ', var_export(count(array_unique(array_map('get_class', $list))) === 1, true), "\n";
$withTrait = new class { use T; };
trait T { public function t() { return 'trait in anon ' . (new ReflectionClass(self::class))->isAnonymous(); } }
echo $withTrait->t(), "\n";
$withConst = new class { const C = 'anon-const'; public function c() { return static::C . '/' . self::C; } };
echo $withConst->c(), ' ', $withConst::C, "\n";
echo json_encode(new class { public $a = 1; protected $b = 2; }), "\n";
