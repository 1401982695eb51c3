<?php
interface Speaker { const GREETING = 'says'; public function speak(): string; }
abstract class Animal implements Speaker {
    protected static int $created = 0;
    public function __construct(protected string $name) { static::$created++; }
    abstract protected function sound(): string;
    public function speak(): string { return "{$this->name} " . self::GREETING . ' ' . $this->sound(); }
    public static function created(): int { return static::$created; }
    public function kind(): string { return 'animal'; }
}
