<?php
#[\Deprecated]
function old_plain(): string { return 'old_plain'; }
#[\Deprecated('use new_api() instead', since: '2.0')]
function old_api(int $x = 1): int { return $x * 2; }
class LegacyBase {
    #[\Deprecated(message: 'constant is going away')]
    const OLD = 'old-const';
    #[\Deprecated(since: '1.5')]
    public function oldMethod(): string { return static::class . '::oldMethod'; }
    #[\Deprecated('static helper')]
    public static function oldStatic(): string { return 'oldStatic'; }
    public function fresh(): string { return $this->oldMethod() . '+fresh'; }
}
enum LegacyEnum {
    case Current;
    #[\Deprecated('use Current')]
    case Old;
}
