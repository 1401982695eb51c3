<?php
// Property hooks (8.4): get/set hooks on backed and virtual properties, a set
// hook with its own parameter name, short (=>) hooks, hooks on promoted
// constructor properties, an abstract get hook implemented by a child, a final
// set hook, interfaces declaring hooked properties; parent in another file.
require __DIR__ . '/inc/hooks_base.php';
class Square extends Shape implements Writable {
    public float $area { get => $this->side ** 2 * $this->scale; }
    public int $size { set { $this->side = $value; } }
    public function __construct(public float $side = 1.0, int $scale = 1) { parent::__construct($scale); }
}
$s = new Square(3);
echo $s->name, "\n";
$s->name = 'Big SQUARE';
echo $s->name, ' ', $s->slug, "\n";
$s->slug = 'tiny-square';
echo $s->name, ' ', $s->slug, "\n";
echo $s->area, "\n";
$s->size = 4;
echo $s->area, ' ', $s->side, "\n";
$s->sides = 4;
echo $s->sides, ' ', $s->scale, "\n";
$s->scale = -5;
echo $s->scale, ' ', (new Square(2, 0))->scale, ' ', (new Square(2, 3))->area, "\n";
echo implode("\n", $s->log), "\n";
var_dump($s);
var_dump(get_object_vars($s));
echo json_encode($s), "\n";
var_export((array) $s); echo "\n";
foreach ($s as $k => $v) { echo "iter $k=", json_encode($v), "\n"; }
// a hooked property with a by-reference get: the engine requires &get for
// indirect modification to work without a notice
class Bag {
    private array $items = [];
    public array $all { &get { return $this->items; } }
    public array $copy { get => $this->items; }
}
$b = new Bag;
$b->all[] = 'one';
$ref = &$b->all; $ref[] = 'two'; unset($ref);
echo json_encode($b->all), ' ', json_encode($b->copy), "\n";
try { $b->copy[] = 'three'; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
echo json_encode($b->copy), "\n";
try { $s->sides = -1; } catch (ValueError $e) { echo get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
// isset/unset with hooks
var_dump(isset($s->slug), isset($s->area), isset($s->name));
try { unset($s->name); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), ' @', $e->getLine(), "\n"; }
