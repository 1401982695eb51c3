<?php
class Logger {
    public static int $made = 0;
    public function __construct(public string $prefix = 'log') { self::$made++; }
    public function log(string $m): string { return "[{$this->prefix}] $m"; }
}
class Point { public function __construct(public int $x = 0, public int $y = 0) {} }
function logIt(string $m, Logger $l = new Logger('default')): string { return $l->log($m); }
echo logIt('one'), "\n";
echo logIt('two', new Logger('custom')), "\n";
echo "made: ", Logger::$made, "\n";
echo logIt('three'), "\n";
echo "made: ", Logger::$made, "\n";
class Service {
    public function __construct(private Logger $logger = new Logger(prefix: 'svc'), public readonly Point $origin = new Point(y: 5)) {}
    public function run(): string { return $this->logger->log("origin {$this->origin->x},{$this->origin->y}"); }
}
echo (new Service)->run(), "\n";
echo (new Service(origin: new Point(7, 8)))->run(), "\n";
function withStatic() {
    static $p = new Point(1, 2);
    $p->x++;
    return $p->x;
}
echo withStatic(), withStatic(), withStatic(), "\n";
const DEFAULT_POINT = new Point(3, 4);
echo DEFAULT_POINT->x + DEFAULT_POINT->y, "\n";
$rf = new ReflectionFunction('logIt');
echo $rf->getParameters()[1]->isDefaultValueAvailable() ? 'has default' : 'none', "\n";
$dv = $rf->getParameters()[1]->getDefaultValue();
echo get_class($dv), ' ', $dv->prefix, "\n";
