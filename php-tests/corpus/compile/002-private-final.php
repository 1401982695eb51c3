<?php
echo "script starts\n";
class Base {
    final private function secret() { return 'secret'; }
    private final static function alsoSecret() { return 'also'; }
    final private function __construct() {}   // constructors are exempt
    public static function make() { return new static; }
    public function call() { return $this->secret() . ' ' . self::alsoSecret(); }
}
class Sub extends Base { private function secret() { return 'sub secret'; } }
echo Base::make()->call(), ' ', get_class(Sub::make()), "\n";
