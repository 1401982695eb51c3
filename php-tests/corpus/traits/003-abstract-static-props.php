<?php
trait Counts {
    private static int $count = 0;
    public static $shared = [];
    public int $instanceProp = 5;
    public static function inc(): int { return ++self::$count; }
    public static function getCount(): int { return static::$count; }
    abstract public function label(): string;
    abstract public static function kind(): string;
    public function describe(): string { self::$shared[] = static::kind(); return $this->label() . '/' . static::kind(); }
}
class Apple { use Counts; public function label(): string { return 'apple'; } public static function kind(): string { return 'fruit'; } }
class Carrot { use Counts; public function label(): string { return 'carrot'; } public static function kind(): string { return 'veg'; } }
Apple::inc(); Apple::inc(); Carrot::inc();
echo Apple::getCount(), ' ', Carrot::getCount(), "\n";
echo (new Apple)->describe(), ' ', (new Carrot)->describe(), "\n";
echo json_encode(Apple::$shared), json_encode(Carrot::$shared), "\n";
echo (new Apple)->instanceProp, "\n";
class ApplePie extends Apple { public static function kind(): string { return 'dessert'; } }
ApplePie::inc();
echo Apple::getCount(), ' ', ApplePie::getCount(), ' ', (new ApplePie)->describe(), "\n";
echo Counts::inc(), " (deprecated direct trait call)\n";
