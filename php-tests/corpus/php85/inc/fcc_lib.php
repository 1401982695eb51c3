<?php
namespace Fcc;
function shout(string $s): string { return strtoupper($s) . '!'; }
#[\Attribute]
final class Transform {
    public function __construct(public \Closure $fn) {}
}
class Formatter {
    const TRIM = trim(...);
    const SHOUT = shout(...);
    const STATIC_METHOD = self::wrap(...);
    public static \Closure $default = \strrev(...);
    public static function wrap(string $s): string { return "[$s]"; }
    public static function format(string $s, \Closure $f = self::wrap(...)): string { return $f($s); }
    #[Transform(\str_rot13(...))]
    public string $secret = 'hello';
}
