<?php
interface HasId { const PREFIX = 'id-'; public function id(): string; }
interface Timestamped extends HasId { public function stamp(): int; }
trait IdTrait {
    private static int $next = 1;
    protected int $myId;
    public function id(): string { $this->myId ??= self::$next++; return self::PREFIX . $this->myId . '@' . self::class; }
}
trait StampTrait { public function stamp(): int { return 1700000000; } abstract public function id(): string; }
