<?php
namespace Cards;
interface HasColor { public function color(): string; }
enum Suit: string implements HasColor {
    case Hearts = 'H'; case Spades = 'S';
    const Wild = self::Spades;
    public function color(): string { return match ($this) { self::Hearts => 'Red', self::Spades => 'Black' }; }
    public static function fromChar(string $c): self { return self::from(strtoupper($c)); }
}
