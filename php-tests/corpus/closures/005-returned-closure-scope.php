<?php
class Repo {
    private array $rows = ['a' => 1, 'b' => 2];
    private const PREFIX = 'repo:';
    private static int $queries = 0;
    public function finder(): Closure {
        return function (string $k) {
            self::$queries++;
            return self::PREFIX . ($this->rows[$k] ?? 'none') . ' (q=' . self::$queries . ')';
        };
    }
    public function sorter(): Closure { return fn($a, $b) => $this->rows[$a] <=> $this->rows[$b]; }
    public static function factory(): Closure { return static fn() => new static(); }
    private function hidden() { return 'hidden method'; }
    public function hiddenCaller(): Closure { return fn() => $this->hidden(); }
}
class SubRepo extends Repo {}
$f = (new Repo)->finder();
echo $f('a'), "\n", $f('z'), "\n";
$keys = ['b', 'a'];
usort($keys, (new Repo)->sorter());
echo implode(',', $keys), "\n";
echo get_class(SubRepo::factory()()), "\n";
echo (new SubRepo)->hiddenCaller()(), "\n";
function makeCounter(int $start): array {
    $n = $start;
    return ['inc' => function () use (&$n) { return ++$n; }, 'get' => function () use (&$n) { return $n; }];
}
$c = makeCounter(10);
$c['inc'](); $c['inc']();
echo $c['get'](), "\n";
$c2 = makeCounter(0);
echo $c2['inc'](), ' ', $c['get'](), "\n";
