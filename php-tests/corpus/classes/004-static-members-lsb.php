<?php
class Model {
    protected static array $registry = [];
    public static int $instances = 0;
    protected static string $table = 'models';
    public static function create(...$a): static { static::$instances++; $o = new static(...$a); static::$registry[static::class][] = $o; return $o; }
    public static function table(): string { return static::$table; }
    public static function selfTable(): string { return self::$table; }
    public static function count(): int { return count(static::$registry[static::class] ?? []); }
    public static function who(): string { return static::class . ' via ' . get_called_class() . ' self=' . self::class; }
    public function callStaticViaInstance() { return static::table(); }
    public static function forward() { return parent_helper(); }
}
function parent_helper() { return 'fn'; }
class User extends Model { protected static string $table = 'users'; }
class Admin extends User { public static int $instances = 0; public static function who(): string { return 'Admin override; parent: ' . parent::who(); } }
User::create(); User::create(); Admin::create(); Model::create();
echo User::count(), Admin::count(), Model::count(), "\n";
echo Model::$instances, ' ', User::$instances, ' ', Admin::$instances, "\n";
echo User::table(), ' ', Admin::table(), ' ', Admin::selfTable(), "\n";
echo User::who(), "\n", Admin::who(), "\n";
echo (new Admin)->callStaticViaInstance(), "\n";
$cls = 'User'; echo $cls::table(), ' ', $cls::$instances, "\n";
class A { public static function create() { return static::make(); } public static function make() { return 'A::make'; } public static function viaSelf() { return self::make(); } public static function fwd() { return forward_static_call([static::class, 'make']); } }
class B extends A { public static function make() { return 'B::make'; } public static function test() { return parent::create() . ' | ' . A::create() . ' | ' . self::viaSelf() . ' | ' . static::fwd(); } }
echo B::test(), "\n";
User::$instances = 100;
echo Model::$instances, "\n";
$ref = &Model::$instances; $ref = 7; echo User::$instances, "\n";
