<?php
declare(strict_types=1);
namespace App\Models;

interface HasArea { const UNIT = 'cm'; public function area(): float; }
trait Greets { public static int $greeted = 0; public function hi(): string { static::$greeted++; return "hi from " . static::class; } abstract public function name(): string; }
trait Loud { public function hi(): string { return "HI!"; } public function shout() { return strtoupper($this->name()); } }
final class Person { use Greets, Loud { Greets::hi insteadof Loud; Loud::hi as protected loudHi; shout as public yell; }
  public function __construct(public readonly string $first, private ?int $age = null, public int|string $id = 0) {}
  public function name(): string { return $this->first; }
  public function both(): string { return $this->hi() . '/' . $this->loudHi(); } }
enum Status: int implements \JsonSerializable { case Active = 1; case Off = 0;
  const DEFAULT = self::Active;
  public function label(): string { return match($this) { self::Active => 'on', self::Off => 'off' }; }
  public static function fromLabel(string $l): self { foreach (self::cases() as $c) if ($c->label() === $l) return $c; throw new \ValueError($l); }
  public function jsonSerialize(): mixed { return $this->label(); } }
class Shape implements HasArea { public function __construct(protected float $w = 2.0, protected float $h = 3.0) {} public function area(): float { return $this->w * $this->h; } }
class Square extends Shape { public function __construct(float $s = 4.0) { parent::__construct($s, $s); } }
class Conf { const A = 1 << 3; const B = self::A * 2 . 'x'; const ARR = ['k' => [self::A, Status::Active]]; public static $s = [1, 2, self::A]; }
function make(Shape $s = new Square(), int ...$rest): float { return $s->area() + array_sum($rest); }
function gen() { $x = yield 1; yield from [2, 3]; return $x; }
$p = new Person('ann', 3, 'id7');
echo $p->both(), ' ', $p->yell(), ' ', Person::$greeted, "\n";
echo Status::from(1)->label(), ' ', json_encode([Status::Off, Status::DEFAULT]), ' ', Status::fromLabel('off')->name, "\n";
echo make(), ' ', make(new Shape(1, 1), 1, 2), ' ', HasArea::UNIT, "\n";
var_dump(Conf::B, Conf::ARR, Conf::$s);
$g = gen(); foreach ($g as $k => $v) { echo "$k=$v "; } echo "\n";
$fn = strlen(...); $arrow = fn($x) => $x * Conf::A; $static = static function() { return __FUNCTION__; };
echo $fn('abcd'), ' ', $arrow(2), ' ', $static(), "\n";
$anon = new class(5) extends Shape { public function __construct(int $n) { parent::__construct($n, 1); } };
echo $anon->area(), ' ', (new \ReflectionClass($anon))->isAnonymous() ? 'anon' : '', "\n";
$r = new \ReflectionFunction('App\Models\make'); echo $r->getParameters()[0]->getDefaultValueConstantName() ?? 'none', "\n";
echo (new \ReflectionMethod(Person::class, '__construct'))->getNumberOfParameters(), "\n";
try { $p->first = 'x'; } catch (\Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
for ($i = 0; $i < 3; $i++) { echo include __DIR__ . '/loop_inc.php'; }
echo "\n", $p?->name(), ' ', null?->foo(), "\n";
