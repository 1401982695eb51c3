<?php
class A {
    public function inst() { return isset($this) ? 'has this' : 'no this'; }
    public static function stat() { return 'static'; }
    public function callsStaticViaThis() { return $this->stat() . ' via $this'; }
}
echo A::stat(), ' ', (new A)->stat(), ' ', (new A)->callsStaticViaThis(), "\n";
try { echo A::inst(), "\n"; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { echo call_user_func('A::inst'), "\n"; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { echo call_user_func(['A', 'inst']), "\n"; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(is_callable('A::inst'), is_callable([new A, 'inst']));
class B extends A { public function test() { return parent::inst() . ' / ' . A::inst(); } }
echo (new B)->test(), "\n";
// 8.2 deprecation of partially supported callables (runtime)
class Cb { public function run() { return call_user_func('self::helper') . ' ' . call_user_func([static::class, 'parent::stat']); } public static function helper() { return 'helper'; } }
class CbChild extends Cb {}
try { echo (new Cb)->run(), "\n"; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
