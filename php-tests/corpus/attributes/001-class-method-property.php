<?php
#[Attribute(Attribute::TARGET_ALL | Attribute::IS_REPEATABLE)]
class Meta { public function __construct(public string $name = '', public array $opts = []) {} }
#[Attribute(Attribute::TARGET_METHOD)]
class Route { public function __construct(public string $path, public array $methods = ['GET'], public ?string $name = null) {} }
const PREFIX = '/api';
#[Meta('entity', ['table' => 'users', 'nested' => ['a' => [1, 2]]])]
#[Meta(name: 'second')]
class UserController {
    #[Meta('const')] const VERSION = 2;
    #[Meta('prop', opts: ['x' => PREFIX . '/x'])] public string $id = '';
    #[Route(PREFIX . '/users', methods: ['GET', 'HEAD'], name: 'users.list')]
    public function list() {}
    #[Route(path: PREFIX . '/users/{id}')] #[Meta]
    public function show(#[Meta('param')] int $id) {}
}
function dump(string $where, array $attrs) {
    foreach ($attrs as $a) echo $where, ': ', $a->getName(), ' args=', json_encode($a->getArguments()), ' target=', $a->getTarget(), ' repeated=', var_export($a->isRepeated(), true), "\n";
}
$rc = new ReflectionClass(UserController::class);
dump('class', $rc->getAttributes());
dump('const', $rc->getReflectionConstant('VERSION')->getAttributes());
dump('prop', $rc->getProperty('id')->getAttributes());
foreach ($rc->getMethods() as $m) dump('method ' . $m->name, $m->getAttributes());
dump('param', $rc->getMethod('show')->getParameters()[0]->getAttributes());
foreach ($rc->getMethods() as $m) foreach ($m->getAttributes(Route::class) as $a) { $r = $a->newInstance(); echo $r->path, ' ', implode('|', $r->methods), ' ', $r->name ?? '-', "\n"; }
echo count($rc->getAttributes(Meta::class)), ' ', count($rc->getAttributes(Route::class)), ' ', count($rc->getAttributes('meta')), "\n";
