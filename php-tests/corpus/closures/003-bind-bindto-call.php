<?php
class Secret { private $value = 'hidden'; private static $sv = 'static hidden'; public function __construct($v = null) { if ($v) $this->value = $v; } }
class Other { private $value = 'other'; }
$peek = function () { return $this->value; };
$b = Closure::bind($peek, new Secret, Secret::class);
echo $b(), "\n";
echo $peek->bindTo(new Secret('bound-to'), Secret::class)(), "\n";
echo $peek->call(new Secret('via call')), "\n";
echo $peek->call(new Other), "\n";
$staticPeek = static function () { return self::$sv; };
echo Closure::bind($staticPeek, null, Secret::class)(), "\n";
$scopeOnly = function () { return static::class; };
echo Closure::bind($scopeOnly, new Other, 'Secret')(), "\n";
$adder = function ($n) { $this->value .= $n; return $this->value; };
$s = new Secret;
$boundAdder = $adder->bindTo($s, $s);
$boundAdder('+1'); echo $boundAdder('+2'), "\n";
$noScope = $peek->bindTo(new Secret);
try { echo $noScope(), "\n"; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$fromCallable = Closure::fromCallable([new ArrayObject([1, 2, 3]), 'count']);
echo $fromCallable(), "\n";
$unbindable = Closure::bind(fn() => 1, null, null);
echo $unbindable(), "\n";
$wrap = function () { return get_class($this); };
foreach ([new Secret, new Other, new ArrayObject] as $o) echo Closure::bind($wrap, $o, null)(), ' ';
echo "\n";
$gen = function () { yield $this->value; yield 'done'; };
foreach ($gen->call(new Secret('gen-bound')) as $v) echo $v, ' ';
echo "\n";
