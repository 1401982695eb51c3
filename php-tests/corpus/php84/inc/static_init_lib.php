<?php
function next_id(string $why): int { static $n = 0; echo "  next_id($why)\n"; return ++$n; }
function counter(): int {
    static $start = next_id('counter init');         // 8.3: any expression
    static $calls = 0;
    return $start * 100 + ++$calls;
}
class StaticInit {
    public static function make(): array {
        static $cache = [self::class => next_id('method init'), 'len' => strlen(static::class)];
        $cache['hits'] = ($cache['hits'] ?? 0) + 1;
        return $cache;
    }
}
