<?php
interface Versioned { const int|string VERSION = 1; }
class TypedParent implements Versioned {
    const int COUNT = 3;
    const ?string NAME = 'parent';
    public static function show(): string { return static::class . ':' . static::COUNT . ':' . var_export(static::NAME, true) . ':' . static::VERSION; }
}
