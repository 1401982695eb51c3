<?php
require __DIR__ . '/inc/chain_b.php';
class ChainC extends ChainB {
    const LEVEL = 'C';
    public function levels(): array { return [...parent::levels(), self::LEVEL, static::LEVEL]; }
}
class ChainD extends ChainC { const LEVEL = 'D'; }
echo json_encode((new ChainC)->levels()), ' ', json_encode((new ChainD)->levels()), ' ', (new ChainD)->who(), "\n";
echo json_encode(class_parents('ChainD')), "\n";
class MainParent {
    public array $log = [];
    public function __construct(string $who) { $this->log[] = "MainParent ctor by $who"; }
    public function describe(): string { return 'MainParent::describe'; }
}
require __DIR__ . '/inc/child_of_main.php';
class GrandChild extends ChildInInclude {
    public function __construct() { parent::__construct(static::class); $this->log[] = 'GrandChild ctor'; }
}
$g = new GrandChild;
echo implode(' | ', $g->log), "\n", $g->describe(), "\n";
echo basename((new ReflectionClass('ChildInInclude'))->getFileName()), ' ', basename((new ReflectionClass('ChainA'))->getFileName()), "\n";
