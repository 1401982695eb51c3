<?php
class Registry {
    public static private(set) int $count = 0;
    public static protected(set) array $names = [];
    public string $title = 'base';
    public int $size { get => 1; }
    public function __construct(final public string $id = 'r') { static::$count++; static::$names[] = $id; }
    public static function reset(): void { self::$count = 0; }
}
