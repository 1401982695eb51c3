<?php
#[Attribute(Attribute::TARGET_ALL | Attribute::IS_REPEATABLE)]
class Validator {
    public function __construct(public Closure $check, public string $label = '') {}
}
const DOUBLER = static function (int $x): int { return $x * 2; };
class Rules {
    const UPPER = static function (string $s): string { return strtoupper($s); };
    const PIPELINE = [static function ($v) { return $v + 1; }, static function ($v) { return $v * 10; }];
    public static Closure $fallback = static function (): string { return 'fallback from ' . self::class; };
    #[Validator(static function (mixed $v): bool { return is_int($v) && $v > 0; }, 'positive')]
    public int $count = 1;
    public static function apply(mixed $v, Closure $f = static function ($x) { return "default($x)"; }): string { return (string) $f($v); }
}
