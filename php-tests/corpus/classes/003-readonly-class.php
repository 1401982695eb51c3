<?php
readonly class Coord {
    public function __construct(public float $lat, public float $lng) {}
    public function withLat(float $lat): static { return new static($lat, $this->lng); }
}
readonly class Coord3 extends Coord { public function __construct(float $lat, float $lng, public float $alt = 0.0) { parent::__construct($lat, $lng); } }
$c = new Coord(1.5, 2.5);
echo json_encode($c), ' ', json_encode($c->withLat(9)), "\n";
try { $c->lat = 0; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $c->dyn = 1; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$c3 = new Coord3(1, 2, 3);
echo json_encode($c3), "\n";
$rc = new ReflectionClass(Coord::class);
var_dump($rc->isReadOnly(), $rc->getProperty('lat')->isReadOnly(), (new ReflectionClass(Coord3::class))->isReadOnly());
echo $rc->getModifiers() & ReflectionClass::IS_READONLY ? "modifier set\n" : "modifier missing\n";
